// timeline query: events by actor, date range, type, text and place.

#include <unistd.h>

#include <cstdlib>
#include <iostream>
#include <optional>

#include "cli/common.h"
#include "cli/output.h"
#include "util/terminal.h"

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
  bool no_pager = false;
};

// The table's last line when --count cut it: where the next page starts.
std::string NextPageNote(const Filter& filter, size_t shown) {
  long long first = filter.offset.value_or(0) + 1;
  long long last = first + static_cast<long long>(shown) - 1;
  return "events " + std::to_string(first) + "\xE2\x80\x93" + std::to_string(last) +
         "; the next ones: --offset " + std::to_string(last) + "\n";
}

void RunQuery(const QueryOptions& opts, const GlobalOptions& global) {
  CheckDateRange(opts.filter);
  std::unique_ptr<Store> store = OpenStore(global, Store::Mode::kReadOnly);
  StoreQuery query = ResolveFilter(opts.filter, *store);
  if (opts.explain) {
    for (const std::string& line : store->Explain(query)) std::cout << line << "\n";
    return;
  }
  bool terminal = ::isatty(STDOUT_FILENO) == 1;
  OutputOptions output;
  output.format = opts.format;
  output.bom = !opts.no_bom;
  output.csv_dialect = opts.csv_dialect;
  output.width = OutputColumns(STDOUT_FILENO);
  if (opts.filter.limit) output.table_rows = static_cast<size_t>(*opts.filter.limit);
  // On a terminal the rows themselves show progress (or the pager is up).
  output.progress = !terminal;
  output.sources = SourceFolders::For(global.DatabasePath(), "");
  output.names = opts.lang;
  ApplyCalendarOptions(opts.calendar, opts.filter, output);
  // A pager only for a person at a terminal, and only once the output is
  // longer than the screen (util/terminal.h).
  std::optional<Pager> pager;
  if (terminal && !opts.no_pager) {
    if (std::optional<std::string> command = PagerCommand(std::getenv("PAGER"))) {
      pager.emplace(STDOUT_FILENO, *command, ScreenRows(STDOUT_FILENO), output.width.value_or(80));
    }
  }
  std::ostream& out = pager ? pager->stream() : std::cout;
  OutputCounts counts = WriteEvents(*store, query, output, out);
  if (counts.more) out << NextPageNote(opts.filter, counts.written);
  if (pager) pager->Finish();
  std::cerr << CalendarNotes(counts, output);
  if (counts.written == 0 && output.format == OutputFormat::kTable) {
    std::cerr << "timeline: no events match";
    if (query.offset) std::cerr << " after the first " << *query.offset << " (--offset)";
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
  command->add_flag("--no-pager", opts->no_pager, "on a terminal, print long output directly instead of through $PAGER");
  command->callback([opts, &global] { RunQuery(*opts, global); });
}

}  // namespace timeline
