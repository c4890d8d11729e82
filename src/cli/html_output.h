#pragma once
// The timeline page from the command line: `timeline export --format html`
// and `timeline view` (docs/manual.md). Kept apart from cli/output.cc
// because the page is written whole with its script, not row by row in a
// format of its own.

#include <CLI/CLI.hpp>

#include <string>

#include "cli/commands.h"
#include "query/filter.h"

namespace timeline {

// Writes the page of the events `filter` selects to `path` (whole or not at
// all), or to standard output when `path` is empty or "-"; reports the count
// on standard error like the other exports. Returns the number of events.
size_t ExportHtml(const Filter& filter, const std::string& path, const GlobalOptions& global);

// `timeline view [filters]`: the page in a new temporary file, whose path it
// prints. Registered by AddExportCommand, beside the export it shares.
void AddViewCommand(CLI::App& app, GlobalOptions& global);

}  // namespace timeline
