// timeline actors [NAME]: the actor registry, aliases and event counts.

#include <algorithm>
#include <filesystem>
#include <iostream>

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

void PrintActor(const ActorSummary& actor, bool with_aliases) {
  std::cout << actor.id << "\t" << actor.kind << "\t" << actor.name;
  if (!actor.country.empty() && actor.country != actor.id) std::cout << "\tcountry " << actor.country;
  if (!actor.parent.empty()) std::cout << "\tparent " << actor.parent;
  std::cout << "\t" << actor.events << (actor.events == 1 ? " event" : " events") << "\n";
  if (with_aliases && !actor.aliases.empty()) {
    std::cout << "  aliases: ";
    for (size_t i = 0; i < actor.aliases.size(); ++i) std::cout << (i ? ", " : "") << actor.aliases[i];
    std::cout << "\n";
  }
}

void RunActors(const ActorsOptions& opts, const GlobalOptions& global) {
  // Without a database yet, list the registry alone rather than create a file.
  std::unique_ptr<Store> store =
      std::filesystem::exists(global.DatabasePath())
          ? OpenStore(global, Store::Mode::kReadOnly)
          : std::make_unique<Store>(":memory:", Store::Mode::kCreate, Registry::Builtin());
  if (opts.name.empty()) {
    for (const ActorSummary& actor : store->Actors({})) {
      if (!opts.used || actor.events > 0) PrintActor(actor, false);
    }
    return;
  }
  // The same resolution as --actor, so what `actors X` shows is what `query
  // --actor X` searches: the actor and its members.
  Filter filter;
  filter.actors = {opts.name};
  StoreQuery query = ResolveFilter(filter, *store);
  std::vector<int64_t> direct = store->FindActors(FoldForMatch(opts.name));
  std::vector<ActorSummary> actors = store->Actors(query.actor_sets[0]);
  for (const ActorSummary& actor : actors) {
    bool is_direct = std::find(direct.begin(), direct.end(), actor.key) != direct.end();
    if (is_direct) PrintActor(actor, true);
  }
  bool header = false;
  for (const ActorSummary& actor : actors) {
    if (std::find(direct.begin(), direct.end(), actor.key) != direct.end()) continue;
    if (!header) std::cout << "members (included in --actor unless --exact):\n";
    header = true;
    std::cout << "  ";
    PrintActor(actor, false);
  }
}

}  // namespace

void AddActorsCommand(CLI::App& app, GlobalOptions& global) {
  auto opts = std::make_shared<ActorsOptions>();
  CLI::App* command = app.add_subcommand("actors", "list known actors, or show one with its aliases");
  command->add_option("name", opts->name, "an actor's name in any language, or its id");
  command->add_flag("--used", opts->used, "only actors that take part in some event");
  command->callback([opts, &global] { RunActors(*opts, global); });
}

}  // namespace timeline
