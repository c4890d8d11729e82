#pragma once
// Pieces the subcommands share: opening the database, the query filter
// options (query and export take the same ones), the options of commands that
// read raw articles, the --format option.

#include <CLI/CLI.hpp>

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "cli/commands.h"
#include "cli/output.h"
#include "model/date_span.h"
#include "model/types.h"
#include "query/filter.h"
#include "store/store.h"

namespace timeline {

// Opens the database named by `global`: kReadOnly for commands that only read.
std::unique_ptr<Store> OpenStore(const GlobalOptions& global, Store::Mode mode,
                                 Store::Threads threads = Store::Threads::kOneThread);

// Registers --actor, --exact, --role, --from, --to, --within, --type, --text,
// --place, --factuality, --limit, --min-sources and --reports on `command`, filling `filter`. Every
// value is checked as it is parsed, except what needs the database (actor
// names) and what needs two options (CheckDateRange).
void AddFilterOptions(CLI::App* command, Filter& filter);

// A usage error (CLI::ValidationError, exit 2) when --from starts after --to
// ends; call before opening the database.
void CheckDateRange(const Filter& filter);

// --published (a fallback publication date, YYYY-MM-DD) and --language (id
// or en), for the commands that read raw articles.
struct ArticleOptionValues {
  std::optional<date::sys_days> published;
  std::optional<Language> language;  // none: detected
};
void AddArticleOptions(CLI::App* command, ArticleOptionValues& values);

// --lang en|id: the language of actor names in CSV and iCalendar output.
void AddNamesLanguageOption(CLI::App* command, Language& target);

// -f, --format: one of `formats`, by name.
CLI::Option* AddFormatOption(CLI::App* command, OutputFormat& target, const std::vector<OutputFormat>& formats,
                             const std::string& help);

// The format `-o PATH` asks for by its extension when no --format was given:
// .csv, .ics, .json as `formats` allow, written in lower case. Any other
// extension, or none, is a usage error (CLI::ValidationError) rather than a
// guess: a wrong guess writes a file no program reads as its name says.
OutputFormat FormatFromExtension(const std::string& path, const std::vector<OutputFormat>& formats);

// A CLI11 validator for YYYY, YYYY-MM, YYYY-MM-DD and YYYY-Www dates.
CLI::Validator QueryDateValidator();

}  // namespace timeline
