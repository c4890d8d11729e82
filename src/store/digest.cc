#include "store/digest.h"

#include <algorithm>
#include <cstdint>
#include <cstring>

#include "facts/fact_json.h"
#include "model/date_span.h"
#include "store/store.h"
#include "util/hash.h"

namespace timeline {
namespace {

// Digests, format 2: FNV-1a 64 over the fields themselves, each prefixed by
// its length (so "ab","c" and "a","bc" differ), marked "2:". Format 1 hashed
// each event's and each document's JSON text: half of a JSON Lines load's
// reading thread went to building and printing that JSON (perf). Rows
// written before keep format 1; they are compared with format 1, computed
// only then (MatchesStored), so unchanged facts stay unchanged across the
// upgrade.
constexpr std::string_view kDigestFormat = "2:";

class FieldDigest {
 public:
  void Text(std::string_view text) {
    Number(static_cast<uint64_t>(text.size()));
    hasher_.Add(text);
  }
  void Number(uint64_t value) {
    char bytes[sizeof value];
    std::memcpy(bytes, &value, sizeof value);
    hasher_.Add(std::string_view(bytes, sizeof bytes));
  }
  void Real(double value) {
    uint64_t bits;
    std::memcpy(&bits, &value, sizeof bits);
    Number(bits);
  }
  void Day(const std::optional<date::sys_days>& day) {
    Number(day ? 1 : 0);
    if (day) Number(static_cast<uint64_t>(ToDayNumber(*day)));
  }
  std::string Hex() const { return std::string(kDigestFormat) + hasher_.Hex(); }

 private:
  Fnv1a64Hasher hasher_;
};

// Every field of an event, in order (a field added to Event belongs here;
// the store test changes each field and expects a new digest), but for
// people's decisions (merged_with, split_from): a relation between reports,
// stored beside them (Store::Batch), which changes no event's revision.
std::string EventDigest(const Event& event) {
  FieldDigest d;
  d.Text(event.id);
  d.Text(ToString(event.type));
  d.Text(event.title);
  d.Day(event.date.start);
  d.Day(event.date.end);
  d.Text(ToString(event.date.precision));
  d.Text(event.date.text);
  d.Number(event.actors.size());
  for (const ActorRef& actor : event.actors) {
    d.Text(actor.id);
    d.Text(actor.name);
    d.Text(actor.country);
    d.Text(ToString(actor.role));
  }
  d.Number(event.place ? 1 : 0);
  if (event.place) {
    d.Text(event.place->name);
    d.Text(event.place->country);
  }
  d.Text(ToString(event.factuality));
  d.Number(event.quantities.size());
  for (const Quantity& q : event.quantities) {
    d.Real(q.value);
    d.Text(q.unit);
    d.Text(q.text);
  }
  d.Text(event.evidence.text);
  d.Number(event.evidence.start);
  d.Number(event.evidence.end);
  d.Number(event.confidence ? 1 : 0);
  if (event.confidence) d.Real(*event.confidence);
  return d.Hex();
}

// The article's fields, its events' digests and its text.
std::string FactsDigest(const FactDocument& facts, const std::vector<std::string>& event_digests,
                        std::string_view article_bytes) {
  FieldDigest d;
  d.Text(facts.article.id);
  d.Text(facts.article.title);
  d.Day(facts.article.published);
  d.Text(facts.article.language);
  d.Text(facts.article.path);
  d.Number(event_digests.size());
  for (const std::string& digest : event_digests) d.Text(digest);
  d.Text(article_bytes);
  // Only when there is one, so that the digests stored before URLs were
  // known still match the same facts.
  if (!facts.article.source_url.empty()) {
    d.Text("source_url");
    d.Text(facts.article.source_url);
  }
  return d.Hex();
}

}  // namespace

void DigestsOf(const FactDocument& facts, std::string_view article_bytes, std::string* facts_digest,
               std::vector<std::string>* event_digests) {
  event_digests->clear();
  for (const Event& event : facts.events) event_digests->push_back(EventDigest(event));
  *facts_digest = FactsDigest(facts, *event_digests, article_bytes);
}

namespace {

bool HasDecisions(const Event& event) { return !event.merged_with.empty() || !event.split_from.empty(); }

// The event's content: its decisions (merged_with, split_from) are stored
// beside it, not digested, so that adding one changes no revision.
Event WithoutDecisions(Event event) {
  event.merged_with.clear();
  event.split_from.clear();
  return event;
}

}  // namespace

std::string FactsDigestFormat1(const FactDocument& facts, std::string_view article_bytes) {
  if (std::any_of(facts.events.begin(), facts.events.end(), HasDecisions)) {
    FactDocument content = facts;
    for (Event& event : content.events) event = WithoutDecisions(std::move(event));
    return FactsDigestFormat1(content, article_bytes);
  }
  return Fnv1a64Hex(DocumentToJson(facts).dump()) + "-" + Fnv1a64Hex(article_bytes);
}

std::string EventDigestFormat1(const Event& event) {
  if (HasDecisions(event)) return EventDigestFormat1(WithoutDecisions(event));
  return Fnv1a64Hex(EventToJson(event).dump());
}

bool IsCurrentDigest(const std::string& stored) {
  return stored.compare(0, kDigestFormat.size(), kDigestFormat) == 0;
}

void ComputeDigests(StoredDocument* document) {
  DigestsOf(document->facts, document->article_bytes, &document->facts_digest,
            &document->event_digests);
}

}  // namespace timeline
