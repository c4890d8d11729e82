#pragma once
// The records of a timeline: plain types, no I/O, no SQL (SPEC.md §5).

#include <optional>
#include <string>
#include <vector>

#include "model/date_span.h"
#include "model/types.h"

namespace timeline {

struct ActorRef {
  std::string id;       // registry id ("PRK", "KOR-NIS") or a local id ("corvaxa")
  std::string name;     // display name
  std::string country;  // state the actor acts for; empty for states and bodies
  ActorRole role = ActorRole::kParticipant;
};

struct Place {
  std::string name;
  std::string country;  // state id or empty
};

struct Quantity {
  double value = 0;
  std::string unit;  // ISO 4217 code for money ("KRW"), else a word ("tankers")
  std::string text;  // the source words, "1,5 triliun won"
};

// Byte offsets into the article file, end exclusive: text == file[start:end].
struct Evidence {
  std::string text;
  size_t start = 0;
  size_t end = 0;
};

struct Event {
  std::string id;  // stable across re-loads: calendars update, not duplicate
  EventType type = EventType::kStatement;
  std::string title;
  DateSpan date;
  std::vector<ActorRef> actors;
  std::optional<Place> place;
  Factuality factuality = Factuality::kAsserted;
  std::vector<Quantity> quantities;
  Evidence evidence;
  std::optional<double> confidence;
  // People's decisions about this report (`timeline merge`, `timeline
  // split`; merge_decisions), by the ids of the other reports (an export
  // writes them sorted): a fact file's optional `merged_with` and
  // `split_from`. Not the event's content (no digest, no revision): a
  // relation between reports, stored by a load beside them and never
  // removed by a later one.
  std::vector<std::string> merged_with;
  std::vector<std::string> split_from;
  // Filled by extraction when asked (timeline extract --explain): what
  // decided the type, date, actors, roles and factuality. Never stored.
  std::vector<std::string> why;
};

struct ArticleInfo {
  std::string id;  // sha256 prefix of the article's bytes (16 hex digits)
  std::string title;
  std::optional<date::sys_days> published;
  std::string language;  // "id", "en", ...
  std::string path;      // the article file, as the fact file names it
  // Where the article was published ("https://..."): the fact file's
  // `source_url`, else its header's (article/article.h); empty when unknown.
  // With a URL, the URL is the article's identity in the store.
  std::string source_url;
};

// One fact file document: an article and the events taken from it.
struct FactDocument {
  ArticleInfo article;
  std::vector<Event> events;
  // Filled by extraction when asked (--explain): each trigger word that gave
  // no event, and why. Never stored or written to fact files.
  std::vector<std::string> dropped;
};

// An event as the store returns it, with the article it came from.
struct EventRecord {
  Event event;
  ArticleInfo source;
  // How often a re-load changed the event (iCalendar SEQUENCE), and when it
  // last did (UTC), so calendar apps update it in place.
  int revision = 0;
  std::optional<date::sys_seconds> modified;
  // A removed event's tombstone (Store::FindRemoved): calendars cancel it.
  bool removed = false;
  // A timeline event told by several reports (docs/design.md, "Merging
  // reports"): every article that tells it, earliest published first, and
  // the reports' ids. Empty for a report alone, whose one source is
  // `source`. `source` and the evidence are those of the report whose date
  // and title the event shows.
  std::vector<ArticleInfo> sources;
  std::vector<std::string> report_ids;
  // Reports of the same event disagree (dates that cross, a different
  // factuality): shown with `timeline show`.
  bool disputed = false;
  size_t source_count() const { return sources.empty() ? 1 : sources.size(); }
};

}  // namespace timeline
