// timeline merge ID ID... and timeline split ID: people correct the
// machine's merging of reports; the store keeps the decision for every
// later load (store/decisions.cc).

#include <iostream>

#include "cli/common.h"

namespace timeline {
namespace {

struct MergeOptions {
  std::vector<std::string> ids;
};

void RunMerge(const MergeOptions& opts, const GlobalOptions& global) {
  std::unique_ptr<Store> store = OpenStore(global, Store::Mode::kExisting);
  std::string merged = store->Merge(opts.ids);
  std::cout << "merged into event " << merged << "\n";
}

void RunSplit(const std::string& id, const GlobalOptions& global) {
  std::unique_ptr<Store> store = OpenStore(global, Store::Mode::kExisting);
  std::vector<std::string> reports = store->Split(id);
  std::cout << "split " << id << " into " << reports.size() << " events:";
  for (const std::string& report : reports) std::cout << " " << report;
  std::cout << "\n";
}

}  // namespace

void AddMergeCommands(CLI::App& app, GlobalOptions& global) {
  auto merge = std::make_shared<MergeOptions>();
  CLI::App* command = app.add_subcommand(
      "merge", "make events one event (reports of the same event the rule kept apart); later loads keep it");
  command->add_option("ids", merge->ids, "two or more event ids (the ID column of `timeline query`)")
      ->required()
      ->expected(2, -1);
  command->callback([merge, &global] { RunMerge(*merge, global); });

  auto split = std::make_shared<std::string>();
  CLI::App* split_command = app.add_subcommand(
      "split", "split an event into its reports (each its own event); later loads never merge them again");
  split_command->add_option("id", *split, "event id, or the id of one of its reports")->required();
  split_command->callback([split, &global] { RunSplit(*split, global); });
}

}  // namespace timeline
