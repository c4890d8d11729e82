#pragma once
// One file per subcommand (CLI11 examples/subcom_in_files): each AddXCommand
// registers its options on `app` and a callback that runs it. Callbacks throw
// timeline::InputError for bad input (exit 1), timeline::Error for
// environment failures (exit 1), CLI::ValidationError for bad option values
// or options that contradict each other (exit 2); anything else is a bug
// (exit 3). main() turns them into messages and exit codes (cli/failure.h).
// Nothing else here calls exit().

#include <CLI/CLI.hpp>

#include <string>

namespace timeline {

// Options every subcommand shares. The database path is resolved as:
// --db PATH, else $TIMELINE_DB, else ./timeline.db.
struct GlobalOptions {
  std::string db_path;
  std::string DatabasePath() const;
};

void AddLoadCommand(CLI::App& app, GlobalOptions& global);
void AddQueryCommand(CLI::App& app, GlobalOptions& global);
void AddExportCommand(CLI::App& app, GlobalOptions& global);
void AddActorsCommand(CLI::App& app, GlobalOptions& global);
void AddShowCommand(CLI::App& app, GlobalOptions& global);
void AddStatsCommand(CLI::App& app, GlobalOptions& global);
void AddCheckCommand(CLI::App& app, GlobalOptions& global);
void AddMigrateCommand(CLI::App& app, GlobalOptions& global);
// optimize: build the read snapshot (optimize_command.cc).
void AddOptimizeCommand(CLI::App& app, GlobalOptions& global);
void AddRemoveCommand(CLI::App& app, GlobalOptions& global);
// merge and split (merge_command.cc).
void AddMergeCommands(CLI::App& app, GlobalOptions& global);
void AddExtractCommand(CLI::App& app, GlobalOptions& global);
void AddDatesCommand(CLI::App& app, GlobalOptions& global);
void AddHelpCommand(CLI::App& app);
void AddCompletionCommand(CLI::App& app);

}  // namespace timeline
