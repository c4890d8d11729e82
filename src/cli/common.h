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
#include "export/csv_writer.h"
#include "model/date_span.h"
#include "model/types.h"
#include "query/filter.h"
#include "store/store.h"

namespace timeline {

// Opens the database named by `global`: kReadOnly for commands that only read.
std::unique_ptr<Store> OpenStore(const GlobalOptions& global, Store::Mode mode,
                                 Store::Threads threads = Store::Threads::kOneThread);

// Registers --actor, --exact, --role, --from, --to, --within, --type, --text,
// --place, --factuality, --limit (alias --count), --offset, --min-sources and
// --reports on `command`, filling `filter`. Every value is checked as it is
// parsed, except what needs the database (actor names) and what needs two
// options (CheckDateRange).
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

// --lang en|id: the language of actor names in the table, CSV and iCalendar.
// --csv-dialect default|excel-id: the CSV's field separator (csv_writer.h).
void AddCsvDialectOption(CLI::App* command, CsvDialect& target);
void AddNamesLanguageOption(CLI::App* command, Language& target);

// --long-events skip|start|keep and --long-event-days N: what an iCalendar
// output does with events spanning more than N days (export/ical_writer.h).
struct CalendarOptionValues {
  LongEvents long_events = LongEvents::kStart;
  int long_event_days = 7;
  CLI::Option* long_events_option = nullptr;  // given or not
  CLI::Option* days_option = nullptr;
};
void AddCalendarOptions(CLI::App* command, CalendarOptionValues& values);

// Copies the calendar choices into `output`: --long-events, --long-event-days,
// and negated events only when --factuality names them. A usage error
// (CLI::ValidationError, exit 2) when either calendar option was given for
// output that is no calendar.
void ApplyCalendarOptions(const CalendarOptionValues& values, const Filter& filter, OutputOptions& output);

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
