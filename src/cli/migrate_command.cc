// timeline migrate: bring a database to this binary's schema. The commands
// that only read never migrate (a query must leave the file as it was), so an
// older file needs this (or any load) once.

#include <iostream>

#include "cli/common.h"

namespace timeline {
namespace {

void RunMigrate(const GlobalOptions& global) {
  std::unique_ptr<Store> store = OpenStore(global, Store::Mode::kExisting);
  int before = store->version_at_open();
  int after = store->user_version();
  std::cout << global.DatabasePath() << ": schema version " << after;
  if (before == after) {
    std::cout << " (already current)\n";
  } else {
    std::cout << " (was " << before << ")\n";
  }
}

}  // namespace

void AddMigrateCommand(CLI::App& app, GlobalOptions& global) {
  CLI::App* command = app.add_subcommand(
      "migrate", "upgrade the database to this timeline's schema (an empty file gets its tables)");
  command->callback([&global] { RunMigrate(global); });
}

}  // namespace timeline
