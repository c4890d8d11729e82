// timeline query: events by actor, date range, type, text and place.

#include <cstdio>
#include <iostream>

#include "cli/common.h"
#include "cli/output.h"
#include "export/table_writer.h"

namespace timeline {
namespace {

struct QueryOptions {
  Filter filter;
  OutputFormat format = OutputFormat::kTable;
  Language lang = Language::kEnglish;
  bool no_bom = false;
  CsvDialect csv_dialect = CsvDialect::kDefault;
  bool explain = false;
  CalendarOptionValues calendar;
};

void RunQuery(const QueryOptions& opts, const GlobalOptions& global) {
  CheckDateRange(opts.filter);
  std::unique_ptr<Store> store = OpenStore(global, Store::Mode::kReadOnly);
  StoreQuery query = ResolveFilter(opts.filter, *store);
  if (opts.explain) {
    for (const std::string& line : store->Explain(query)) std::cout << line << "\n";
    return;
  }
  OutputOptions output;
  output.format = opts.format;
  output.bom = !opts.no_bom;
  output.csv_dialect = opts.csv_dialect;
  output.width = TerminalWidth(stdout);
  output.sources = SourceFolders::For(global.DatabasePath(), "");
  output.names = opts.lang;
  ApplyCalendarOptions(opts.calendar, opts.filter, output);
  OutputCounts counts = WriteEvents(*store, query, output, std::cout);
  std::cerr << CalendarNotes(counts, output);
  if (counts.written == 0 && output.format == OutputFormat::kTable) {
    std::cerr << "timeline: no events match";
    if (opts.filter.factuality.empty()) std::cerr << " (only asserted events; --factuality any for all)";
    std::cerr << "\n";
  }
}

}  // namespace

void AddQueryCommand(CLI::App& app, GlobalOptions& global) {
  auto opts = std::make_shared<QueryOptions>();
  CLI::App* command = app.add_subcommand("query", "events by actor, date, type, text or place, in time order");
  AddFilterOptions(command, opts->filter);
  AddFormatOption(command, opts->format,
                  {OutputFormat::kTable, OutputFormat::kJson, OutputFormat::kCsv, OutputFormat::kIcs},
                  "table (default), json, csv or ics");
  command->add_flag("--no-bom", opts->no_bom, "CSV without the UTF-8 byte order mark");
  AddCsvDialectOption(command, opts->csv_dialect);
  AddNamesLanguageOption(command, opts->lang);
  AddCalendarOptions(command, opts->calendar);
  command->add_flag("--explain", opts->explain, "print SQLite's query plan instead of events");
  command->callback([opts, &global] { RunQuery(*opts, global); });
}

}  // namespace timeline
