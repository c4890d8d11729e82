// timeline optimize: build the read snapshot (docs/design.md, "The read
// snapshot"), the copy of what queries and exports print, in their order,
// that answers them near SQLite's own speed until the next write of any kind
// (load, remove, merge, split, a registry change). Queries never build it.

#include <chrono>
#include <iostream>

#include "cli/common.h"

namespace timeline {
namespace {

void RunOptimize(const GlobalOptions& global) {
  std::unique_ptr<Store> store = OpenStore(global, Store::Mode::kExisting);
  auto start = std::chrono::steady_clock::now();
  SnapshotCounts counts = store->BuildReadSnapshot();
  double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  std::cout << global.DatabasePath() << ": read snapshot built: " << counts.events << " timeline events ("
            << counts.reports << " reports), " << counts.actor_rows << " actor rows, in "
            << static_cast<int64_t>(seconds * 10 + 0.5) / 10.0
            << " s; queries and exports read it until the next load, remove, merge or split\n";
}

}  // namespace

void AddOptimizeCommand(CLI::App& app, GlobalOptions& global) {
  CLI::App* command = app.add_subcommand(
      "optimize",
      "build the read snapshot that queries and exports use until the next write (after loading)");
  command->callback([&global] { RunOptimize(global); });
}

}  // namespace timeline
