// Temporary: subcommands whose modules are being written. Removed as each lands.
#include "cli/commands.h"

namespace timeline {
void AddQueryCommand(CLI::App&, GlobalOptions&) {}
void AddExportCommand(CLI::App&, GlobalOptions&) {}
void AddExtractCommand(CLI::App&, GlobalOptions&) {}
}  // namespace timeline
