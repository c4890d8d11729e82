#include "query/filter.h"

#include <algorithm>
#include <set>

#include "codes/event_codes.h"
#include "model/date_span.h"
#include "registry/registry.h"
#include "util/error.h"
#include "util/text.h"

namespace timeline {
namespace {

// The known names closest to `name`: the registry's, as written there; else
// the names actors of fact files were given (stored folded).
std::vector<std::string> ClosestNames(const Store& store, const std::string& name) {
  std::vector<std::string> out = Registry::Builtin().Suggest(name, 3);
  if (!out.empty()) return out;
  std::string folded = FoldForMatch(name);
  size_t limit = std::max<size_t>(2, folded.size() / 3);
  std::vector<std::pair<size_t, std::string>> ranked;
  std::set<std::string> seen;
  for (const auto& [alias, display] : store.AllNames()) {
    size_t distance = EditDistance(folded, alias, limit);
    if (distance <= limit && seen.insert(display).second) ranked.emplace_back(distance, display);
  }
  std::sort(ranked.begin(), ranked.end());
  for (size_t i = 0; i < ranked.size() && i < 3; ++i) out.push_back(ranked[i].second);
  return out;
}

std::string Quoted(const std::vector<std::string>& names) {
  std::string out;
  for (size_t i = 0; i < names.size(); ++i) {
    out += (i ? (i + 1 == names.size() ? " or " : ", ") : "") + ("\"" + names[i] + "\"");
  }
  return out;
}

// The actors a name stands for (`roots`, usually one) and, unless exact,
// their members too (`keys`).
struct ResolvedActor {
  std::vector<int64_t> keys, roots;
};

ResolvedActor ResolveActor(const std::string& name, bool exact, const Store& store) {
  std::string folded = FoldForMatch(name);
  if (folded.empty()) throw InputError("--actor: the name is empty; give an actor's name or id");
  std::vector<int64_t> keys = store.FindActors(folded);
  if (keys.empty()) {
    std::vector<std::string> close = ClosestNames(store, name);
    throw InputError("--actor \"" + name + "\": no actor by that name" +
                     (close.empty() ? "; `timeline actors` lists them" : "; did you mean " + Quoted(close) + "?"));
  }
  std::set<int64_t> all;
  for (int64_t key : keys) {
    if (exact) {
      all.insert(key);
    } else {
      for (int64_t member : store.ActorWithMembers(key)) all.insert(member);
    }
  }
  return {{all.begin(), all.end()}, exact ? std::vector<int64_t>{} : keys};
}

date::sys_days ParseBound(const std::string& option, const std::string& value, bool start) {
  std::string error;
  std::optional<DateSpan> span = ParseQueryDate(Trim(value), &error);
  if (!span) throw InputError(option + " \"" + value + "\": " + error);
  return start ? *span->start : *span->end;
}

// The factualities the store must match; empty when any will do.
std::vector<Factuality> FactualitiesOf(const Filter& filter) {
  if (filter.factuality.empty()) return {Factuality::kAsserted};
  std::set<Factuality> named;
  for (const std::optional<Factuality>& f : filter.factuality) {
    if (!f) return {};
    named.insert(*f);
  }
  if (named.size() == 3) return {};  // all of them: no filter to apply
  return {named.begin(), named.end()};
}

}  // namespace

bool NamesFactuality(const Filter& filter, Factuality factuality) {
  for (const std::optional<Factuality>& f : filter.factuality) {
    if (f == factuality) return true;
  }
  return false;
}

std::string FtsQueryOf(std::string_view text) {
  std::string query;
  for (const std::string& raw : Split(text, ' ')) {
    std::string_view word = Trim(raw);
    if (word.empty()) continue;
    bool prefix = word.size() > 1 && word.back() == '*';
    if (prefix) word.remove_suffix(1);
    std::string term = "\"";
    for (char c : word) {
      if (c == '"') term += '"';  // FTS5 doubles quotes inside a string
      term += c;
    }
    term += "\"";
    if (prefix) term += "*";
    query += (query.empty() ? "" : " ") + term;
  }
  return query;
}

StoreQuery ResolveFilter(const Filter& filter, const Store& store) {
  StoreQuery query;
  for (const std::string& name : filter.actors) {
    ResolvedActor actor = ResolveActor(name, filter.exact, store);
    query.actor_sets.push_back(std::move(actor.keys));
    query.actor_roots.push_back(std::move(actor.roots));
  }
  query.role = filter.role;
  if (!filter.from.empty()) query.from_day = ToDayNumber(ParseBound("--from", filter.from, true));
  if (!filter.to.empty()) query.to_day = ToDayNumber(ParseBound("--to", filter.to, false));
  if (query.from_day && query.to_day && *query.from_day > *query.to_day) {
    throw InputError("--from " + filter.from + " is after --to " + filter.to);
  }
  query.within = filter.within;
  std::set<std::string> types;
  for (const std::string& word : filter.types) {
    if (auto type = ParseEventType(word)) {
      types.insert(std::string(ToString(*type)));
    } else if (auto category = ParseCategory(word)) {
      for (EventType t : AllEventTypes()) {
        if (CategoryOf(t) == *category) types.insert(std::string(ToString(t)));
      }
    } else if (auto carriers = EventCodeTable::Builtin().TypesOfPlover(word); !carriers.empty()) {
      // Every type whose events can carry that PLOVER type (docs/exports.md, Codes).
      for (EventType t : carriers) types.insert(std::string(ToString(t)));
    } else {
      std::string categories;
      for (Category c : AllCategories()) categories += (categories.empty() ? "" : ", ") + std::string(ToString(c));
      std::string plover;
      for (const std::string& name : EventCodeTable::Builtin().PloverTypes()) {
        if (!EventCodeTable::Builtin().TypesOfPlover(name).empty()) plover += (plover.empty() ? "" : ", ") + name;
      }
      throw InputError("--type \"" + word + "\": not a type, category or PLOVER type; types: " +
                       std::string(EventTypeWords()) + "; categories: " + categories + "; PLOVER types: " + plover);
    }
  }
  query.types.assign(types.begin(), types.end());
  if (!filter.text.empty()) {
    query.fts_match = FtsQueryOf(filter.text);
    if (query.fts_match.empty()) throw InputError("--text: give at least one word");
  }
  if (!filter.place.empty()) {
    query.place_folded = FoldForMatch(filter.place);
    if (query.place_folded.empty()) throw InputError("--place: the name is empty");
    // A country name also matches events placed anywhere in that country.
    for (int64_t key : store.FindActors(query.place_folded)) {
      for (const ActorSummary& actor : store.Actors({key})) {
        if (actor.kind == "state") query.place_countries.push_back(actor.id);
      }
    }
  }
  query.factualities = FactualitiesOf(filter);
  if (filter.limit) {
    if (*filter.limit < 1) {
      throw InputError("--limit " + std::to_string(*filter.limit) + ": must be 1 or more");
    }
    query.limit = *filter.limit;
  }
  if (filter.offset) {
    if (*filter.offset < 0) {
      throw InputError("--offset " + std::to_string(*filter.offset) + ": must be 0 or more");
    }
    if (*filter.offset > 0) query.offset = *filter.offset;
  }
  query.reports = filter.reports;
  query.min_sources = filter.min_sources;
  return query;
}

}  // namespace timeline
