#pragma once
// Pieces the subcommands share: opening the database, the query filter
// options (query and export take the same ones), output destinations.

#include <CLI/CLI.hpp>

#include <memory>
#include <string>

#include "cli/commands.h"
#include "query/filter.h"
#include "store/store.h"

namespace timeline {

// Opens the database named by `global`: kReadOnly for commands that only read.
std::unique_ptr<Store> OpenStore(const GlobalOptions& global, Store::Mode mode,
                                 Store::Threads threads = Store::Threads::kOneThread);

// Registers --actor, --exact, --role, --from, --to, --within, --type, --text,
// --place, --factuality and --limit on `command`, filling `filter`.
void AddFilterOptions(CLI::App* command, Filter& filter);

// Registers --published (a fallback publication date, YYYY-MM-DD) and
// --language (id or en) for the commands that read raw articles.
void AddArticleOptions(CLI::App* command, std::string* published, std::string* language);

// A CLI11 validator for YYYY, YYYY-MM, YYYY-MM-DD and YYYY-Www dates.
CLI::Validator QueryDateValidator();

}  // namespace timeline
