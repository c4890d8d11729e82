// timeline export: the same filters as query, written whole to a file (or
// stdout) as CSV, iCalendar or JSON.

#include <filesystem>
#include <iostream>

#include "cli/common.h"
#include "cli/output.h"
#include "util/atomic_file.h"
#include "util/error.h"

namespace timeline {
namespace {

struct ExportOptions {
  Filter filter;
  std::string format;
  std::string output;
  bool no_bom = false;
  std::string calendar_name = "timeline";
  bool include_removed = false;
};

void RunExport(const ExportOptions& opts, const GlobalOptions& global) {
  std::string format = opts.format;
  if (format.empty()) {
    // Without --format, the output file's extension says it; else CSV.
    std::string ext = std::filesystem::path(opts.output).extension().string();
    format = ext == ".ics" ? "ics" : ext == ".json" ? "json" : "csv";
  }
  OutputOptions output;
  output.format = *ParseOutputFormat(format);
  output.bom = !opts.no_bom;
  output.calendar_name = opts.calendar_name;
  output.include_removed = opts.include_removed;
  if (opts.include_removed && output.format != OutputFormat::kIcs) {
    throw InputError("--include-removed: only an iCalendar export (--format ics) can cancel "
                     "removed events; this one is " + format);
  }
  std::unique_ptr<Store> store = OpenStore(global, Store::Mode::kReadOnly);
  StoreQuery query = ResolveFilter(opts.filter, *store);
  OutputCounts counts;
  if (opts.output.empty() || opts.output == "-") {
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
  if (!opts.output.empty() && opts.output != "-") std::cerr << " to " << opts.output;
  std::cerr << "\n";
  if (counts.undated_skipped > 0) {
    std::cerr << "timeline: " << counts.undated_skipped
              << " events without a date left out of the calendar\n";
  }
}

}  // namespace

void AddExportCommand(CLI::App& app, GlobalOptions& global) {
  auto opts = std::make_shared<ExportOptions>();
  CLI::App* command = app.add_subcommand("export", "write events as CSV, iCalendar or JSON");
  AddFilterOptions(command, opts->filter);
  command->add_option("-f,--format", opts->format,
                      "csv, ics or json (default: from the -o extension, else csv)")
      ->check(CLI::IsMember({"csv", "ics", "json"}));
  command->add_option("-o,--output", opts->output, "output file (default: standard output)");
  command->add_flag("--no-bom", opts->no_bom, "CSV without the UTF-8 byte order mark");
  command->add_option("--calendar-name", opts->calendar_name, "iCalendar X-WR-CALNAME");
  command->add_flag("--include-removed", opts->include_removed,
                    "iCalendar: add every removed event as STATUS:CANCELLED, so subscribed "
                    "calendars drop it");
  command->callback([opts, &global] { RunExport(*opts, global); });
}

}  // namespace timeline
