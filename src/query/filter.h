#pragma once
// What the user asks (`timeline query` and `export` options, as typed) ->
// a StoreQuery: actor names resolved through the registry and the store's
// aliases (with members rolled up), dates parsed at their precision, types and
// categories expanded, free text turned into a safe FTS5 query. `query/`
// says what; `store/` says how.

#include <optional>
#include <string>
#include <vector>

#include "store/store.h"

namespace timeline {

struct Filter {
  std::vector<std::string> actors;  // names in any language; all must take part
  bool exact = false;               // no roll-up of members (agencies, people)
  std::optional<ActorRole> role;    // none: any role
  std::string from, to;             // YYYY | YYYY-MM | YYYY-MM-DD | YYYY-Www | ""
  bool within = false;              // contained in [from, to] instead of overlapping it
  std::vector<std::string> types;   // type ids or category names
  std::string text;                 // full-text words
  std::string place;                // place name or country
  // The factualities asked for, as named (--factuality asserted,possible;
  // nullopt is "any"). Empty: asserted only, as SPEC §4 says queries answer.
  std::vector<std::optional<Factuality>> factuality;
  std::optional<long long> limit;   // -n, --limit, --count: at most this many events
  std::optional<long long> offset;  // --offset: after skipping this many (a page)
  bool reports = false;             // each article's report, not timeline events
  long long min_sources = 1;        // timeline events told by at least this many articles
};

// Throws timeline::InputError naming the option and value, and saying what
// would be right (closest actor names, accepted date forms, known types).
StoreQuery ResolveFilter(const Filter& filter, const Store& store);

// Whether `filter` names `factuality` itself (not only through "any"): a
// calendar writes negated events only when asked for them by name.
bool NamesFactuality(const Filter& filter, Factuality factuality);

// Free text -> FTS5 query: each word becomes a quoted term (a trailing * keeps
// prefix search), so no user text is read as FTS5 syntax. Empty when no word.
std::string FtsQueryOf(std::string_view text);

}  // namespace timeline
