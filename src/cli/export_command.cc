// timeline export: the same filters as query, written whole to a file (or
// stdout) as CSV, iCalendar, JSON or the timeline page (HTML).

#include <filesystem>
#include <iostream>

#include "cli/common.h"
#include "cli/html_output.h"
#include "cli/output.h"
#include "util/atomic_file.h"
#include "util/error.h"

namespace timeline {
namespace {

const std::vector<OutputFormat> kExportFormats = {OutputFormat::kCsv, OutputFormat::kIcs, OutputFormat::kJson,
                                                  OutputFormat::kHtml};

struct ExportOptions {
  Filter filter;
  OutputFormat format = OutputFormat::kCsv;
  CLI::Option* format_option = nullptr;  // given or not
  std::string output;
  bool no_bom = false;
  CsvDialect csv_dialect = CsvDialect::kDefault;
  std::string calendar_name = "timeline";
  Language lang = Language::kEnglish;
  bool include_removed = false;
  CalendarOptionValues calendar;
};

void RunExport(const ExportOptions& opts, const GlobalOptions& global) {
  CheckDateRange(opts.filter);
  bool to_file = !opts.output.empty() && opts.output != "-";
  OutputOptions output;
  output.format = opts.format;
  // Without --format, the output file's extension says it; standard output
  // gets CSV.
  if (opts.format_option->count() == 0 && to_file) output.format = FormatFromExtension(opts.output, kExportFormats);
  ApplyCalendarOptions(opts.calendar, opts.filter, output);
  if (output.format == OutputFormat::kHtml) {  // the page is no row format (cli/html_output.h)
    ExportHtml(opts.filter, opts.output, global);
    return;
  }
  output.bom = !opts.no_bom;
  output.csv_dialect = opts.csv_dialect;
  output.calendar_name = opts.calendar_name;
  output.sources = SourceFolders::For(global.DatabasePath(), to_file ? opts.output : "");
  output.names = opts.lang;
  output.include_removed = opts.include_removed;
  if (opts.include_removed && output.format != OutputFormat::kIcs) {
    throw InputError("--include-removed: only an iCalendar export (--format ics) can cancel "
                     "removed events; this one is " + std::string(ToString(output.format)));
  }
  // A JSON export is the one that loads back, and a document loaded back is
  // its article's whole set of events: without every factuality, loading it
  // into the database it came from would drop the negated and possible ones.
  Filter filter = opts.filter;
  if (output.format == OutputFormat::kJson && filter.factuality.empty()) filter.factuality = {std::nullopt};
  std::unique_ptr<Store> store = OpenStore(global, Store::Mode::kReadOnly);
  StoreQuery query = ResolveFilter(filter, *store);
  OutputCounts counts;
  if (!to_file) {
    counts = WriteEvents(*store, query, output, std::cout);
    std::cout.flush();
  } else {
    AtomicFile file(opts.output);  // the file appears whole, or not at all
    counts = WriteEvents(*store, query, output, file.stream());
    file.Commit();
  }
  std::cerr << "timeline: exported " << counts.written << " events";
  if (opts.include_removed) {
    std::cerr << " and cancelled " << counts.cancelled
              << (counts.cancelled == 1 ? " removed event" : " removed events");
  }
  if (to_file) std::cerr << " to " << opts.output;
  std::cerr << "\n";
  std::cerr << CalendarNotes(counts, output);
}

}  // namespace

void AddExportCommand(CLI::App& app, GlobalOptions& global) {
  auto opts = std::make_shared<ExportOptions>();
  CLI::App* command = app.add_subcommand("export", "write events as CSV, iCalendar, JSON or a timeline page");
  AddFilterOptions(command, opts->filter);
  opts->format_option = AddFormatOption(command, opts->format, kExportFormats,
                                        "csv, ics, json or html (default: from the -o extension, else csv)");
  command->add_option("-o,--output", opts->output, "output file (default: standard output)");
  command->add_flag("--no-bom", opts->no_bom, "CSV without the UTF-8 byte order mark");
  AddCsvDialectOption(command, opts->csv_dialect);
  AddNamesLanguageOption(command, opts->lang);
  command->add_option("--calendar-name", opts->calendar_name, "iCalendar X-WR-CALNAME");
  AddCalendarOptions(command, opts->calendar);
  command->add_flag("--include-removed", opts->include_removed,
                    "iCalendar: add every removed event as STATUS:CANCELLED, so subscribed "
                    "calendars drop it");
  command->callback([opts, &global] { RunExport(*opts, global); });
  AddViewCommand(app, global);
}

}  // namespace timeline
