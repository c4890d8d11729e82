// How a question's words are looked up: the plan chosen from how many events
// they match (store/text_plan.h), and the same answer whichever plan runs.

#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "model/date_span.h"
#include "registry/registry.h"
#include "store/query_sql.h"
#include "store/store.h"
#include "store/text_plan.h"
#include "util/hash.h"

using namespace timeline;

namespace {

std::vector<std::string> Tokens(const std::string& fts_match) {
  std::vector<std::string> out;
  for (const IndexTerm& t : IndexTermsOf(fts_match)) out.push_back(t.token + (t.prefix ? "*" : ""));
  return out;
}

bool PlanHas(const Store& store, const StoreQuery& q, const std::string& part) {
  for (const std::string& line : store.Explain(q)) {
    if (line.find(part) != std::string::npos) return true;
  }
  return false;
}

std::vector<std::string> Ids(const Store& store, const StoreQuery& q) {
  std::vector<std::string> ids;
  store.Find(q, [&](const EventRecord& r) { ids.push_back(r.event.id); });
  return ids;
}

}  // namespace

TEST_CASE("A full-text query's terms are the index's own tokens", "[store][text]") {
  CHECK(Tokens("\"korea\"") == std::vector<std::string>{"korea"});
  // Folded as unicode61 with remove_diacritics folds them; a phrase splits.
  CHECK(Tokens("\"Korea Utara\" \"Çakra\"") == std::vector<std::string>{"korea", "utara", "cakra"});
  // Only the last token of a prefix phrase is a prefix.
  CHECK(Tokens("\"uji coba\"*") == std::vector<std::string>{"uji", "coba*"});
  // A doubled quote is a quote inside the string, not its end.
  CHECK(Tokens("\"a\"\"b\" \"c\"") == std::vector<std::string>{"a", "b", "c"});
  CHECK(Tokens("\"-\"").empty());
}

TEST_CASE("Frequent words are probed per candidate only in a limited answer", "[store][text]") {
  const int64_t events = 1'000'000;
  // A word in most events: "first 100" finds its hundred after ~130 events,
  // while a list would hold 800,000 events in each of nine arms.
  CHECK(ChooseTextPlan(800'000, events, 100, 9) == TextPlan::kProbe);
  // A rare word: its list is short, and probing would read most of the year.
  CHECK(ChooseTextPlan(200, events, 100, 9) == TextPlan::kList);
  CHECK(ChooseTextPlan(0, events, 100, 9) == TextPlan::kList);
  // Unlimited, every candidate of the dates would be probed.
  CHECK(ChooseTextPlan(800'000, events, std::nullopt, 9) == TextPlan::kList);
  // The crossing point moves with the number of arms that build a list.
  CHECK(ChooseTextPlan(12'000, events, 100, 9) == TextPlan::kProbe);
  CHECK(ChooseTextPlan(12'000, events, 100, 1) == TextPlan::kList);
}

TEST_CASE("The query compiler writes the plan it is given", "[store][text]") {
  StoreQuery q;
  q.fts_match = "\"korea\"";
  q.limit = 10;
  std::vector<std::pair<int, int64_t>> classes = {{0, 0}, {1, 6}};
  std::string list = BuildQuery(q, classes, TextPlan::kList).text;
  std::string probe = BuildQuery(q, classes, TextPlan::kProbe).text;
  CHECK(list.find("e.id IN (SELECT rowid FROM events_fts WHERE events_fts MATCH :fts)") != std::string::npos);
  CHECK(probe.find("MATCH :fts AND rowid = e.id") != std::string::npos);
  CHECK(probe.find("e.id IN (SELECT rowid") == std::string::npos);
  CHECK(ArmCount(q, classes.size()) == 2);
}

TEST_CASE("The store probes for a frequent word, lists a rare one, and answers alike", "[store][text]") {
  Store store(":memory:", Store::Mode::kCreate, Registry::Builtin());
  // 400 events over 400 days: "harbour" in every title, "lighthouse" in two.
  StoredDocument doc;
  std::string sentence = "The fleet sailed.";
  doc.article_bytes = "Header\n\n" + sentence + "\n";
  doc.facts.article.id = ArticleIdOf(doc.article_bytes);
  doc.facts.article.title = "Header";
  doc.facts.article.path = "/tmp/harbour.txt";
  date::sys_days first = *ParseIsoDay("2020-01-01");
  for (int i = 0; i < 400; ++i) {
    Event e;
    e.id = "h-" + std::to_string(i);
    e.type = EventType::kDrill;
    e.title = std::string("harbour drill ") + (i == 7 || i == 300 ? "lighthouse" : "pier");
    e.date = DaySpan(first + date::days(i));
    e.actors = {{"PRK", "North Korea", "", ActorRole::kInitiator}};
    e.evidence.text = sentence;
    e.evidence.start = doc.article_bytes.find(sentence);
    e.evidence.end = e.evidence.start + sentence.size();
    doc.facts.events.push_back(e);
  }
  {
    Store::Batch batch(store);
    batch.Add(doc);
    batch.Commit();
  }
  StoreQuery frequent;
  frequent.fts_match = "\"harbour\"";
  frequent.limit = 5;
  // FTS5's plan "0:=M": MATCH with rowid equality, one seek per candidate.
  CHECK(PlanHas(store, frequent, ":=M"));
  CHECK_FALSE(PlanHas(store, frequent, "LIST SUBQUERY"));
  StoreQuery rare = frequent;
  rare.fts_match = "\"lighthouse\"";
  CHECK(PlanHas(store, rare, "LIST SUBQUERY"));
  CHECK_FALSE(PlanHas(store, rare, ":=M"));
  StoreQuery all = frequent;
  all.limit.reset();
  CHECK(PlanHas(store, all, "LIST SUBQUERY"));  // unlimited: the list

  // Probed or listed, the answer is the same: the first five in time order.
  std::vector<std::string> everything = Ids(store, all);
  REQUIRE(everything.size() == 400);
  CHECK(Ids(store, frequent) == std::vector<std::string>(everything.begin(), everything.begin() + 5));
  CHECK(Ids(store, rare) == std::vector<std::string>{"h-7", "h-300"});
  // A word the index has never seen matches nothing, by either plan.
  StoreQuery unknown = frequent;
  unknown.fts_match = "\"submarine\"";
  CHECK(Ids(store, unknown).empty());
  // A prefix sums its terms' documents: as frequent as the word.
  StoreQuery prefix = frequent;
  prefix.fts_match = "\"harb\"*";
  CHECK(PlanHas(store, prefix, ":=M"));
  CHECK(Ids(store, prefix) == Ids(store, frequent));
}
