// timeline check: is the database sound? SQLite's own checks plus ours.

#include <iostream>

#include "cli/common.h"
#include "util/error.h"

namespace timeline {
namespace {

void RunCheck(const GlobalOptions& global) {
  std::unique_ptr<Store> store = OpenStore(global, Store::Mode::kReadOnly);
  std::vector<std::string> problems = store->Check();
  if (problems.empty()) {
    std::cout << global.DatabasePath() << ": ok\n";
    return;
  }
  std::string message = global.DatabasePath() + ": " + std::to_string(problems.size()) +
                        (problems.size() == 1 ? " problem" : " problems");
  for (const std::string& problem : problems) message += "\n  " + problem;
  throw Error(message);
}

}  // namespace

void AddCheckCommand(CLI::App& app, GlobalOptions& global) {
  CLI::App* command = app.add_subcommand(
      "check", "check the database: SQLite integrity, foreign keys and timeline's invariants");
  command->callback([&global] { RunCheck(global); });
}

}  // namespace timeline
