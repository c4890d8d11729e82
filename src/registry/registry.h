#pragma once
// The actor registry (SPEC.md §2): states by ISO alpha-3, intergovernmental
// bodies, agencies, groups and people, each with display names and aliases in
// several languages. The knowledge is data (data/actors.json, embedded at
// build time); this module only loads and searches it.

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "model/types.h"

namespace timeline {

enum class ActorKind { kState, kBody, kAgency, kGroup, kPerson, kOther };

struct ActorInfo {
  std::string id;                    // "PRK", "UN", "KOR-NIS", "kim-gunn"
  ActorKind kind = ActorKind::kOther;
  std::string name;                  // English display name
  std::string name_id;               // Indonesian display name (may equal name)
  std::vector<std::string> aliases;  // every other name, any language, as the data writes
                                     // them, then the dotted forms of its acronyms
                                     // ("I.A.E.A."), added by Parse
  std::vector<std::string> dotted_aliases;  // those Parse added (also in aliases)
  std::vector<std::string> metonyms; // capital cities etc.: the actor only when they act
  // Regions, provinces and cities inside the state ("Balochistan",
  // "Rakhine", "Kharkiv"): where something happened, never who acted.
  std::vector<std::string> places;
  // Short aliases that are also common words in some language ("AS" is the
  // USA in Indonesian, "as" is English): running text matches them only with
  // exactly this case. Queries still match them in any case.
  std::vector<std::string> exact_aliases;
  std::string country;               // state it acts for; empty for states and bodies
  std::string parent;                // body it belongs to; may be empty
};

class Registry {
 public:
  // The registry compiled into the binary (data/actors.json).
  static const Registry& Builtin();
  // Parses a registry document; throws timeline::InputError naming `origin`
  // and the entry on a malformed one (duplicate id or alias owned by two
  // actors, unknown country or parent).
  static Registry Parse(std::string_view json, std::string_view origin);

  Registry();
  ~Registry();
  Registry(Registry&&) noexcept;
  Registry& operator=(Registry&&) noexcept;

  const std::vector<ActorInfo>& actors() const;
  // By exact id; nullptr when unknown.
  const ActorInfo* Find(std::string_view id) const;
  // By id, display name, alias or metonym, without regard to case or
  // diacritics (FoldForMatch); nullptr when nothing matches.
  const ActorInfo* Resolve(std::string_view name) const;
  // Up to `limit` known names closest to `name` (edit distance on folded
  // text), best first, for "did you mean" messages.
  std::vector<std::string> Suggest(std::string_view name, size_t limit = 3) const;
  // The state `id` acts for: itself for a state, else its country, else the
  // country of its parent chain; empty for bodies such as "UN".
  std::string CountryOf(std::string_view id) const;
  // The actors a query for `id` includes (SPEC.md §2): every actor whose
  // country or parent chain leads to it ("PRK": its agencies, forces and
  // people; "UN": its organs; "CHN": CHN-PLA and CHN-PLA's own parts), in
  // the registry's order; not `id` itself.
  std::vector<const ActorInfo*> Members(std::string_view id) const;
  // The display name in `language`: name_id in Indonesian when the data
  // gives one, else name (English).
  static const std::string& DisplayName(const ActorInfo& actor, Language language);
  // A digest of the registry's content; the store re-syncs its actor tables
  // when it changes.
  const std::string& digest() const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

std::string_view ToString(ActorKind kind);

}  // namespace timeline
