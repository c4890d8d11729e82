// timeline actors [NAME]: the actor registry, aliases and event counts.

#include <algorithm>
#include <filesystem>
#include <iostream>
#include <map>
#include <set>

#include "cli/common.h"
#include "query/filter.h"
#include "registry/registry.h"
#include "util/text.h"

namespace timeline {
namespace {

struct ActorsOptions {
  std::string name;
  bool used = false;
};

std::string Events(int64_t events) { return std::to_string(events) + (events == 1 ? " event" : " events"); }

// One line per actor: id, kind, name(s), country, parent, event count,
// tab-separated. `names` is the name column ("Korean People's Army / Tentara
// Rakyat Korea" for a member).
void PrintLine(const ActorSummary& actor, const std::string& names) {
  std::cout << actor.id << "\t" << actor.kind << "\t" << names;
  if (!actor.country.empty() && actor.country != actor.id) std::cout << "\tcountry " << actor.country;
  if (!actor.parent.empty()) std::cout << "\tparent " << actor.parent;
  std::cout << "\t" << Events(actor.events) << "\n";
}

// "English / Indonesian", or the one name when they are the same.
std::string BothNames(const ActorInfo& info) {
  const std::string& id = Registry::DisplayName(info, Language::kIndonesian);
  return id == info.name ? info.name : info.name + " / " + id;
}

// A list of names as written, "; " between them (names may hold commas:
// "Korea, Democratic People's Republic of").
void PrintNames(const std::string& label, const std::vector<std::string>& names, const std::string& note) {
  if (names.empty()) return;
  std::cout << "  " << label << ": ";
  for (size_t i = 0; i < names.size(); ++i) std::cout << (i ? "; " : "") << names[i];
  if (!note.empty()) std::cout << "  (" << note << ")";
  std::cout << "\n";
}

// The actor named, as the registry writes it: its display names in both
// languages, its aliases, exact aliases and metonyms as written (not
// folded), then the dotted forms the registry adds.
void PrintRegistryActor(const ActorSummary& actor, const ActorInfo& info) {
  PrintLine(actor, info.name);
  std::cout << "  names: " << info.name << " (en); " << Registry::DisplayName(info, Language::kIndonesian)
            << " (id)\n";
  std::vector<std::string> aliases;
  for (const std::string& alias : info.aliases) {
    bool dotted = std::find(info.dotted_aliases.begin(), info.dotted_aliases.end(), alias) !=
                  info.dotted_aliases.end();
    if (!dotted && alias != info.name && alias != info.name_id) aliases.push_back(alias);
  }
  PrintNames("aliases", aliases, "");
  PrintNames("exact aliases", info.exact_aliases, "in running text only written so");
  PrintNames("metonyms", info.metonyms, "the actor when they act, a place after di/in/at");
  PrintNames("places", info.places, "where, never who");
  PrintNames("dotted", info.dotted_aliases, "added for its acronyms");
}

// An actor a fact file defined: its name as the file wrote it.
void PrintLocalActor(const ActorSummary& actor) {
  PrintLine(actor, actor.name);
  std::cout << "  names: " << actor.name << " (from a fact file)\n";
}

// Every actor a query for `actor` includes, registry and fact files' own,
// whether or not it takes part in an event yet: the registry's members in
// its order, then the fact files' actors whose country or parent is the
// actor or one of those.
std::vector<const ActorSummary*> MembersOf(const ActorSummary& actor, const Registry& registry,
                                           const std::map<std::string, ActorSummary>& by_code) {
  std::vector<const ActorSummary*> members;
  std::set<std::string> codes = {actor.id};
  for (const ActorInfo* member : registry.Members(actor.id)) {
    auto it = by_code.find(member->id);
    if (it == by_code.end()) continue;
    members.push_back(&it->second);
    codes.insert(member->id);
  }
  for (bool grew = true; grew;) {
    grew = false;
    for (const auto& [code, summary] : by_code) {
      if (summary.source != "local" || codes.count(code)) continue;
      if (codes.count(summary.country) || codes.count(summary.parent)) {
        members.push_back(&summary);
        codes.insert(code);
        grew = true;
      }
    }
  }
  return members;
}

void RunActors(const ActorsOptions& opts, const GlobalOptions& global) {
  // Without a database yet, list the registry alone rather than create a file.
  std::unique_ptr<Store> store =
      std::filesystem::exists(global.DatabasePath())
          ? OpenStore(global, Store::Mode::kReadOnly)
          : std::make_unique<Store>(":memory:", Store::Mode::kCreate, Registry::Builtin());
  std::vector<ActorSummary> all = store->Actors({});
  if (opts.name.empty()) {
    for (const ActorSummary& actor : all) {
      if (!opts.used || actor.events > 0) PrintLine(actor, actor.name);
    }
    return;
  }
  // The same resolution as --actor (an unknown name fails with suggestions).
  Filter filter;
  filter.actors = {opts.name};
  ResolveFilter(filter, *store);
  const Registry& registry = Registry::Builtin();
  std::map<std::string, ActorSummary> by_code;
  for (ActorSummary& actor : all) by_code.emplace(actor.id, std::move(actor));
  std::vector<int64_t> direct = store->FindActors(FoldForMatch(opts.name));
  bool first = true;
  for (const auto& [code, actor] : by_code) {
    if (std::find(direct.begin(), direct.end(), actor.key) == direct.end()) continue;
    if (!first) std::cout << "\n";
    first = false;
    const ActorInfo* info = actor.source == "registry" ? registry.Find(code) : nullptr;
    if (info) {
      PrintRegistryActor(actor, *info);
    } else {
      PrintLocalActor(actor);
    }
    std::vector<const ActorSummary*> members = MembersOf(actor, registry, by_code);
    if (members.empty()) continue;
    std::cout << "members (" << members.size() << ", included in --actor unless --exact):\n";
    for (const ActorSummary* member : members) {
      const ActorInfo* member_info = member->source == "registry" ? registry.Find(member->id) : nullptr;
      std::cout << "  ";
      PrintLine(*member, member_info ? BothNames(*member_info) : member->name);
    }
  }
}

}  // namespace

void AddActorsCommand(CLI::App& app, GlobalOptions& global) {
  auto opts = std::make_shared<ActorsOptions>();
  CLI::App* command = app.add_subcommand(
      "actors", "list known actors, or show one with its names, aliases and members");
  command->add_option("name", opts->name, "an actor's name in any language, or its id");
  command->add_flag("--used", opts->used, "only actors that take part in some event");
  command->callback([opts, &global] { RunActors(*opts, global); });
}

}  // namespace timeline
