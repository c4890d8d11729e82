// timeline: event timelines from news articles. main() only wires the
// subcommands (one file each) and turns failures into messages and exit codes
// (cli/failure.h): 0 success, 1 bad input or data, 2 usage, 3 internal error.

#include <malloc.h>

#include <CLI/CLI.hpp>

#include <iostream>

#include "cli/commands.h"
#include "cli/failure.h"
#include "store/store.h"

namespace {

std::string VersionText() {
  return "timeline " TIMELINE_VERSION " (schema version " + std::to_string(timeline::Store::SchemaVersion()) + ")";
}

}  // namespace

int main(int argc, char** argv) {
  // A load allocates and frees a document's worth of memory per line; glibc's
  // default gives it back to the kernel each time and faults it in again
  // (a fifth of a JSON Lines load, measured with perf). Keep up to 64 MB.
  mallopt(M_TRIM_THRESHOLD, 64 << 20);
  mallopt(M_TOP_PAD, 16 << 20);
  // Exports to standard output write through std::cout only; tied to stdio,
  // every insertion would take stdio's lock and write unbuffered.
  std::ios::sync_with_stdio(false);
  // Named, so that help says "timeline", not the path it was run by.
  CLI::App app{"timeline: event timelines from news articles", "timeline"};
  // A command is required, but checked here rather than by CLI11, which
  // would refuse `timeline --version` and name no mistyped command.
  app.require_subcommand(0, 1);
  app.fallthrough();  // --db may come before or after the subcommand
  app.footer("Exit codes: 0 success, 1 bad input or data, 2 usage, 3 internal error.\n"
             "`timeline help COMMAND` for a command's options; `man timeline` for the manual.");
  app.set_version_flag("--version", VersionText(), "print the version and the database schema version");
  std::vector<std::string> args(argv + 1, argv + argc);
  app.failure_message([args](const CLI::App* a, const CLI::Error& e) { return timeline::UsageMessage(a, e, args); });
  timeline::GlobalOptions global;
  app.add_option("--db", global.db_path, "database file (default: $TIMELINE_DB, else ./timeline.db)");
  timeline::AddLoadCommand(app, global);
  timeline::AddExtractCommand(app, global);
  timeline::AddDatesCommand(app, global);
  timeline::AddQueryCommand(app, global);
  timeline::AddExportCommand(app, global);
  timeline::AddActorsCommand(app, global);
  timeline::AddShowCommand(app, global);
  timeline::AddStatsCommand(app, global);
  timeline::AddCheckCommand(app, global);
  timeline::AddHelpCommand(app);
  timeline::AddCompletionCommand(app);
  timeline::AddMigrateCommand(app, global);
  timeline::AddOptimizeCommand(app, global);
  timeline::AddRemoveCommand(app, global);
  timeline::AddMergeCommands(app, global);
  try {
    app.parse(argc, argv);
    if (app.get_subcommands().empty()) throw CLI::RequiredError("A subcommand");
  } catch (const CLI::ParseError& e) {
    // Help and --version exit 0; every other parse error is a usage error,
    // whatever CLI11's own code for it.
    return app.exit(e) == 0 ? timeline::kExitOk : timeline::kExitUsage;
  } catch (...) {
    return timeline::ReportFailure(std::current_exception(), global.DatabasePath());
  }
  return timeline::kExitOk;
}
