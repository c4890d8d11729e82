// timeline remove ARTICLE|EVENT-ID...: articles with their events, or single
// events, in one transaction; --dry-run says what would go and writes nothing.

#include <iostream>

#include "cli/common.h"

namespace timeline {
namespace {

struct RemoveOptions {
  std::vector<std::string> names;
  bool dry_run = false;
};

void RunRemove(const RemoveOptions& opts, const GlobalOptions& global) {
  std::unique_ptr<Store> store =
      OpenStore(global, opts.dry_run ? Store::Mode::kDryRun : Store::Mode::kExisting);
  Store::Removal removal = store->Remove(opts.names);
  const char* verb = opts.dry_run ? "would remove" : "removed";
  size_t events = removal.events.size();
  for (const Store::RemovedArticle& article : removal.articles) {
    std::cout << verb << " article " << article.id << " (" << article.path << ") with its "
              << article.events << (article.events == 1 ? " event\n" : " events\n");
    events += article.events;
  }
  for (const Store::RemovedEvent& event : removal.events) {
    std::cout << verb << " event " << event.id << " (of " << event.article_path << ")\n";
  }
  std::cout << verb << " " << removal.articles.size()
            << (removal.articles.size() == 1 ? " article and " : " articles and ") << events
            << (events == 1 ? " event" : " events") << " from "
            << global.DatabasePath() << (opts.dry_run ? " (dry run: nothing written)\n" : "\n");
}

}  // namespace

void AddRemoveCommand(CLI::App& app, GlobalOptions& global) {
  auto opts = std::make_shared<RemoveOptions>();
  CLI::App* command = app.add_subcommand(
      "remove", "remove articles (by id or path) with their events, or single events (by id)");
  command->add_option("names", opts->names, "article ids or paths, event ids")->required();
  command->add_flag("--dry-run", opts->dry_run, "say what would be removed, writing nothing");
  command->callback([opts, &global] { RunRemove(*opts, global); });
}

}  // namespace timeline
