#include "cli/output.h"

#include <chrono>
#include <cstdlib>
#include <ostream>

#include "export/csv_writer.h"
#include "export/ical_writer.h"
#include "export/json_writer.h"
#include "export/table_writer.h"
#include "registry/registry.h"
#include "util/error.h"
#include "util/progress.h"

namespace timeline {
namespace {

// DTSTAMP: now, unless SOURCE_DATE_EPOCH fixes it (reproducible output, the
// reproducible-builds convention; the tests use it for golden files).
date::sys_seconds ExportTime() {
  if (const char* epoch = std::getenv("SOURCE_DATE_EPOCH"); epoch && *epoch) {
    return date::sys_seconds(std::chrono::seconds(std::strtoll(epoch, nullptr, 10)));
  }
  return std::chrono::time_point_cast<std::chrono::seconds>(std::chrono::system_clock::now());
}

// Runs the query, handing each record to `write` as it is read, with a
// progress bar on a terminal.
template <typename Write>
size_t Stream(const Store& store, const StoreQuery& query, Write write) {
  Progress progress("exporting", 0, "events");
  size_t written = 0;
  store.Find(query, [&](const EventRecord& record) {
    write(record);
    progress.Update(++written);
  });
  return written;
}

}  // namespace

std::string_view ToString(OutputFormat format) {
  switch (format) {
    case OutputFormat::kTable: return "table";
    case OutputFormat::kJson: return "json";
    case OutputFormat::kCsv: return "csv";
    case OutputFormat::kIcs: return "ics";
    case OutputFormat::kHtml: return "html";
  }
  return "?";
}

OutputCounts WriteEvents(const Store& store, StoreQuery query, const OutputOptions& options,
                         std::ostream& out) {
  OutputCounts counts;
  switch (options.format) {
    case OutputFormat::kTable: {
      TableWriter writer(out, TableOptions{options.width});
      counts.written = Stream(store, query, [&](const EventRecord& r) { writer.Write(r); });
      writer.Finish();
      break;
    }
    case OutputFormat::kCsv: {
      CsvWriter writer(out, CsvOptions{options.bom, options.sources, &Registry::Builtin(), options.names});
      counts.written = Stream(store, query, [&](const EventRecord& r) { writer.Write(r); });
      writer.Finish();
      break;
    }
    case OutputFormat::kIcs: {
      IcalOptions ical;
      ical.calendar_name = options.calendar_name;
      ical.now = ExportTime();
      ical.sources = options.sources;
      ical.registry = &Registry::Builtin();
      ical.language = options.names;
      IcalWriter writer(out, ical);
      counts.written = Stream(store, query, [&](const EventRecord& r) { writer.Write(r); });
      counts.undated_skipped = writer.skipped();
      counts.written -= counts.undated_skipped;
      // Every tombstone, whatever the filters: a calendar that never had the
      // event ignores its cancellation.
      if (options.include_removed) {
        store.FindRemoved([&](const EventRecord& r) { counts.cancelled += writer.Write(r); });
      }
      writer.Finish();
      break;
    }
    case OutputFormat::kJson: {
      // Documents need their article's events together; they hold reports
      // (a load merges them again: the rule is deterministic, and people's
      // decisions travel in the documents).
      query.group_by_article = true;
      query.reports = true;
      JsonWriter writer(out, options.sources);
      counts.written = Stream(store, query, [&](const EventRecord& r) { writer.Write(r); });
      writer.Finish();
      break;
    }
    case OutputFormat::kHtml:  // a page, not rows: export and view write it (cli/html_output.h)
      throw Error("internal error: the timeline page is not written as rows");
  }
  return counts;
}

}  // namespace timeline
