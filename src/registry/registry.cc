#include "registry/registry.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <set>
#include <unordered_map>

#include "util/diagnostic.h"
#include "util/embedded.h"
#include "util/error.h"
#include "util/hash.h"
#include "util/text.h"

namespace timeline {

struct Registry::Impl {
  std::vector<ActorInfo> actors;
  std::unordered_map<std::string, size_t> by_id;
  std::unordered_map<std::string, size_t> by_name;  // folded name -> actor index
  std::string digest;
};

namespace {

const std::pair<ActorKind, std::string_view> kKindNames[] = {
    {ActorKind::kState, "state"}, {ActorKind::kBody, "body"},     {ActorKind::kAgency, "agency"},
    {ActorKind::kGroup, "group"}, {ActorKind::kPerson, "person"}, {ActorKind::kOther, "other"},
};

std::vector<std::string> Strings(const nlohmann::json& entry, const char* key, const std::string& where) {
  std::vector<std::string> out;
  auto it = entry.find(key);
  if (it == entry.end()) return out;
  if (!it->is_array()) throw InputError(where + ": " + key + " must be an array of strings");
  for (const auto& value : *it) {
    if (!value.is_string()) throw InputError(where + ": " + key + " must be an array of strings");
    out.push_back(value.get<std::string>());
  }
  return out;
}

std::string String(const nlohmann::json& entry, const char* key, const std::string& where,
                   bool required) {
  auto it = entry.find(key);
  if (it == entry.end() || it->is_null()) {
    if (required) throw InputError(where + ": missing field \"" + key + "\"");
    return "";
  }
  if (!it->is_string()) throw InputError(where + ": " + key + " must be a string");
  return it->get<std::string>();
}

// "IAEA" -> "I.A.E.A.": the dotted form of a name of three to six upper-case
// ASCII letters; empty for any other name. News writes acronyms both ways
// ("U.N.", "I.A.E.A."), and a dotted acronym is never a common word.
std::string DottedAcronym(const std::string& name) {
  if (name.size() < 3 || name.size() > 6) return "";
  std::string dotted;
  for (char c : name) {
    if (c < 'A' || c > 'Z') return "";
    dotted += c;
    dotted += '.';
  }
  return dotted;
}

// Bump when the names Parse derives change, so that stores re-sync their
// alias tables even when data/actors.json did not change.
constexpr std::string_view kDerivedNames = "dotted-acronyms-1";

}  // namespace

std::string_view ToString(ActorKind kind) {
  for (const auto& [k, name] : kKindNames) {
    if (k == kind) return name;
  }
  return "other";
}

Registry::Registry() : impl_(std::make_unique<Impl>()) {}
Registry::~Registry() = default;
Registry::Registry(Registry&&) noexcept = default;
Registry& Registry::operator=(Registry&&) noexcept = default;

const Registry& Registry::Builtin() {
  static const Registry registry = Parse(EmbeddedData("actors.json"), "data/actors.json");
  return registry;
}

Registry Registry::Parse(std::string_view json, std::string_view origin) {
  Registry registry;
  Impl& impl = *registry.impl_;
  std::string source(origin);
  nlohmann::json root;
  try {
    root = nlohmann::json::parse(json);
  } catch (const nlohmann::json::parse_error& e) {
    LineColumn at = LineColumnAt(json, e.byte == 0 ? 0 : e.byte - 1);
    throw InputError(source + ":" + std::to_string(at.line) + ":" + std::to_string(at.column) +
                     ": invalid JSON");
  }
  if (!root.is_array()) throw InputError(source + ": must be an array of actors");
  for (size_t i = 0; i < root.size(); ++i) {
    const nlohmann::json& entry = root[i];
    std::string where = source + ": actors[" + std::to_string(i) + "]";
    if (!entry.is_object()) throw InputError(where + ": must be an object");
    ActorInfo actor;
    actor.id = String(entry, "id", where, true);
    where = source + ": actor " + actor.id;
    // A misspelt key would silently drop what it holds.
    static const std::set<std::string> kKeys = {"id",     "kind",     "name",   "name_id", "aliases",  "exact_aliases",
                                                "metonyms", "places", "country", "parent", "un_member"};
    for (const auto& [key, value] : entry.items()) {
      if (!kKeys.count(key)) throw InputError(where + ": unknown key \"" + key + "\"");
    }
    std::string kind = String(entry, "kind", where, true);
    bool known_kind = false;
    for (const auto& [k, name] : kKindNames) {
      if (name == kind) {
        actor.kind = k;
        known_kind = true;
      }
    }
    if (!known_kind) {
      throw InputError(where + ": unknown kind \"" + kind +
                       "\"; use state, body, agency, group, person or other");
    }
    actor.name = String(entry, "name", where, true);
    actor.name_id = String(entry, "name_id", where, false);
    actor.aliases = Strings(entry, "aliases", where);
    actor.exact_aliases = Strings(entry, "exact_aliases", where);
    actor.metonyms = Strings(entry, "metonyms", where);
    actor.places = Strings(entry, "places", where);
    actor.country = String(entry, "country", where, false);
    actor.parent = String(entry, "parent", where, false);
    if (!impl.by_id.emplace(actor.id, impl.actors.size()).second) {
      throw InputError(where + ": duplicate id");
    }
    impl.actors.push_back(std::move(actor));
  }
  for (size_t i = 0; i < impl.actors.size(); ++i) {
    const ActorInfo& actor = impl.actors[i];
    std::string where = source + ": actor " + actor.id;
    for (const std::string* link : {&actor.country, &actor.parent}) {
      if (!link->empty() && !impl.by_id.count(*link)) {
        throw InputError(where + ": " + (link == &actor.country ? "country" : "parent") + " \"" +
                         *link + "\" is not a known actor id");
      }
    }
    std::set<std::string> names = {FoldForMatch(actor.id), FoldForMatch(actor.name)};
    if (!actor.name_id.empty()) names.insert(FoldForMatch(actor.name_id));
    for (const auto* list : {&actor.aliases, &actor.exact_aliases, &actor.metonyms}) {
      for (const std::string& name : *list) names.insert(FoldForMatch(name));
    }
    for (const std::string& name : names) {
      auto [it, inserted] = impl.by_name.emplace(name, i);
      if (!inserted && it->second != i) {
        throw InputError(where + ": name \"" + name + "\" already belongs to " +
                         impl.actors[it->second].id + "; a name must lead to one actor");
      }
    }
  }
  // Dotted forms of acronyms ("I.A.E.A." for "IAEA"), as aliases of their
  // own so that the extractor and the store see them too; one that another
  // actor's name already holds stays that actor's.
  for (size_t i = 0; i < impl.actors.size(); ++i) {
    ActorInfo& actor = impl.actors[i];
    std::vector<std::string> sources = {actor.id, actor.name, actor.name_id};
    for (const auto* list : {&actor.aliases, &actor.exact_aliases}) {
      sources.insert(sources.end(), list->begin(), list->end());
    }
    for (const std::string& source : sources) {
      std::string dotted = DottedAcronym(source);
      if (!dotted.empty() && impl.by_name.emplace(FoldForMatch(dotted), i).second) {
        actor.aliases.push_back(dotted);
        actor.dotted_aliases.push_back(dotted);
      }
    }
  }
  impl.digest = Fnv1a64Hex(std::string(json) + "\n" + std::string(kDerivedNames));
  return registry;
}

const std::vector<ActorInfo>& Registry::actors() const { return impl_->actors; }

const ActorInfo* Registry::Find(std::string_view id) const {
  auto it = impl_->by_id.find(std::string(id));
  return it == impl_->by_id.end() ? nullptr : &impl_->actors[it->second];
}

const ActorInfo* Registry::Resolve(std::string_view name) const {
  auto it = impl_->by_name.find(FoldForMatch(name));
  return it == impl_->by_name.end() ? nullptr : &impl_->actors[it->second];
}

std::vector<std::string> Registry::Suggest(std::string_view name, size_t limit) const {
  std::string folded = FoldForMatch(name);
  size_t max_distance = std::max<size_t>(2, folded.size() / 3);
  std::vector<std::pair<size_t, std::string>> ranked;
  std::set<std::string> seen;
  for (const ActorInfo& actor : impl_->actors) {
    // Rank by the actor's closest name; show the name that matched.
    size_t best = max_distance + 1;
    std::string shown;
    auto consider = [&](const std::string& candidate) {
      size_t d = EditDistance(folded, FoldForMatch(candidate), max_distance);
      if (d < best) {
        best = d;
        shown = candidate;
      }
    };
    consider(actor.id);
    consider(actor.name);
    if (!actor.name_id.empty()) consider(actor.name_id);
    for (const auto* list : {&actor.aliases, &actor.exact_aliases, &actor.metonyms}) {
      for (const std::string& alias : *list) consider(alias);
    }
    if (best <= max_distance && seen.insert(shown).second) ranked.emplace_back(best, shown);
  }
  std::stable_sort(ranked.begin(), ranked.end(),
                   [](const auto& a, const auto& b) { return a.first < b.first; });
  std::vector<std::string> out;
  for (size_t i = 0; i < ranked.size() && out.size() < limit; ++i) out.push_back(ranked[i].second);
  return out;
}

std::string Registry::CountryOf(std::string_view id) const {
  const ActorInfo* actor = Find(id);
  // Follow country, else parent; the chain is short, and the bound guards
  // against a cycle in hand-edited data.
  for (int hops = 0; actor && hops < 16; ++hops) {
    if (actor->kind == ActorKind::kState) return actor->id;
    if (!actor->country.empty()) return actor->country;
    actor = actor->parent.empty() ? nullptr : Find(actor->parent);
  }
  return "";
}

std::vector<const ActorInfo*> Registry::Members(std::string_view id) const {
  std::vector<const ActorInfo*> members;
  if (!Find(id)) return members;
  for (const ActorInfo& actor : impl_->actors) {
    if (actor.id == id) continue;
    // Up the country and parent links, breadth first; the bound guards
    // against a cycle in hand-edited data, as in CountryOf.
    std::vector<const ActorInfo*> level = {&actor};
    bool member = false;
    for (int hops = 0; hops < 16 && !member && !level.empty(); ++hops) {
      std::vector<const ActorInfo*> up;
      for (const ActorInfo* a : level) {
        for (const std::string* link : {&a->country, &a->parent}) {
          if (link->empty() || *link == a->id) continue;
          if (*link == id) member = true;
          if (const ActorInfo* next = Find(*link)) up.push_back(next);
        }
      }
      level = std::move(up);
    }
    if (member) members.push_back(&actor);
  }
  return members;
}

const std::string& Registry::DisplayName(const ActorInfo& actor, Language language) {
  return language == Language::kIndonesian && !actor.name_id.empty() ? actor.name_id : actor.name;
}

const std::string& Registry::digest() const { return impl_->digest; }

}  // namespace timeline
