// Where a stored article's facts came from (migration 0006).

#include <catch2/catch.hpp>

#include "registry/registry.h"
#include "store/store.h"
#include "util/hash.h"

using namespace timeline;

namespace {

const std::string kArticle = "Header\n\nThe envoys met in Seoul on Friday.\n";

StoredDocument Document(const std::string& title) {
  StoredDocument doc;
  doc.article_bytes = kArticle;
  doc.facts.article.id = ArticleIdOf(kArticle);
  doc.facts.article.title = "Header";
  doc.facts.article.path = "/tmp/p.txt";
  Event e;
  e.id = "p-1";
  e.type = EventType::kMeeting;
  e.title = title;
  e.date = DaySpan(*ParseIsoDay("2026-01-23"));
  e.actors = {{"KOR", "South Korea", "", ActorRole::kParticipant}};
  e.evidence.text = "The envoys met in Seoul on Friday.";
  e.evidence.start = kArticle.find(e.evidence.text);
  e.evidence.end = e.evidence.start + e.evidence.text.size();
  doc.facts.events = {e};
  return doc;
}

void Load(Store& store, const StoredDocument& doc) {
  Store::Batch batch(store);
  batch.Add(doc);
  batch.Commit();
}

}  // namespace

TEST_CASE("Each article records whether its facts were reviewed or extracted, and from what",
          "[store][provenance]") {
  Store store(":memory:", Store::Mode::kCreate, Registry::Builtin());
  CHECK_FALSE(store.FindArticleSource(ArticleIdOf(kArticle)));

  StoredDocument extracted = Document("Extracted title");
  extracted.extracted = true;
  extracted.source_file = "/tmp/p.txt";
  extracted.extractor = "timeline-extract 0.1.0 sha256:0123456789abcdef";
  Load(store, extracted);
  auto source = store.FindArticleSource(ArticleIdOf(kArticle));
  REQUIRE(source);
  CHECK(source->provenance == "extracted");
  CHECK(source->extractor == "timeline-extract 0.1.0 sha256:0123456789abcdef");
  CHECK(source->facts_file.empty());

  StoredDocument reviewed = Document("Reviewed title");
  reviewed.source_file = "/facts/p.json";
  Load(store, reviewed);
  source = store.FindArticleSource(ArticleIdOf(kArticle));
  CHECK(source->provenance == "reviewed");
  CHECK(source->facts_file == "/facts/p.json");
  CHECK(source->extractor.empty());

  // The same facts from another fact file change nothing, provenance included.
  StoredDocument copy = Document("Reviewed title");
  copy.source_file = "/elsewhere/export.json";
  Load(store, copy);
  CHECK(store.FindArticleSource(ArticleIdOf(kArticle))->facts_file == "/facts/p.json");

  // The same facts from a source of the other kind: only the provenance
  // changes (the loader refuses extraction over reviewed facts before this,
  // unless --replace-reviewed).
  StoredDocument again = Document("Reviewed title");
  again.extracted = true;
  again.extractor = "x";
  Load(store, again);
  CHECK(store.FindArticleSource(ArticleIdOf(kArticle))->provenance == "extracted");
  CHECK(store.FindArticleSource(ArticleIdOf(kArticle))->extractor == "x");
  StoredDocument kept = again;
  kept.extracted = false;
  kept.source_file = "/facts/kept.json";
  Load(store, kept);
  CHECK(store.FindArticleSource(ArticleIdOf(kArticle))->provenance == "reviewed");
  CHECK(store.FindArticleSource(ArticleIdOf(kArticle))->facts_file == "/facts/kept.json");
}
