// Temporary: the extract subcommand's module is being written.
#include "cli/commands.h"

namespace timeline {
void AddExtractCommand(CLI::App&, GlobalOptions&) {}
}  // namespace timeline
