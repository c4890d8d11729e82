// timeline: event timelines from news articles. main() only wires the
// subcommands (one file each) and turns failures into messages and exit codes:
// 0 success, 1 bad input or data / environment failure, 2 usage.

#include <malloc.h>

#include <CLI/CLI.hpp>

#include <iostream>

#include "cli/commands.h"
#include "util/error.h"

int main(int argc, char** argv) {
  // A load allocates and frees a document's worth of memory per line; glibc's
  // default gives it back to the kernel each time and faults it in again
  // (a fifth of a JSON Lines load, measured with perf). Keep up to 64 MB.
  mallopt(M_TRIM_THRESHOLD, 64 << 20);
  mallopt(M_TOP_PAD, 16 << 20);
  // Exports to standard output write through std::cout only; tied to stdio,
  // every insertion would take stdio's lock and write unbuffered.
  std::ios::sync_with_stdio(false);
  CLI::App app{"timeline: event timelines from news articles"};
  app.require_subcommand(1);
  app.fallthrough();  // --db may come before or after the subcommand
  timeline::GlobalOptions global;
  app.add_option("--db", global.db_path,
                 "database file (default: $TIMELINE_DB, else ./timeline.db)");
  timeline::AddLoadCommand(app, global);
  timeline::AddExtractCommand(app, global);
  timeline::AddDatesCommand(app, global);
  timeline::AddQueryCommand(app, global);
  timeline::AddExportCommand(app, global);
  timeline::AddActorsCommand(app, global);
  timeline::AddShowCommand(app, global);
  timeline::AddStatsCommand(app, global);
  timeline::AddCheckCommand(app, global);
  timeline::AddMigrateCommand(app, global);
  timeline::AddRemoveCommand(app, global);
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    return app.exit(e) == 0 ? 0 : 2;  // prints usage or help
  } catch (const timeline::InputError& e) {
    std::cerr << "timeline: error: " << e.what() << "\n";
    return 1;
  } catch (const timeline::Error& e) {
    std::cerr << "timeline: error: " << e.what() << "\n";
    return 1;
  } catch (const std::exception& e) {
    std::cerr << "timeline: internal error: " << e.what() << "\n";
    return 3;
  }
  return 0;
}
