#include "cli/output.h"

#include <chrono>
#include <cstdint>
#include <cstdlib>
#include <optional>
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

struct OutputGone {};

// Runs the query, handing each record to `write` as it is read, with a
// progress bar on a terminal. Stops reading once `out` has gone bad: a pager
// the user quit (util/terminal.h) wants no more rows.
template <typename Write>
size_t Stream(const Store& store, const StoreQuery& query, bool with_progress, const std::ostream& out,
              Write write) {
  std::optional<Progress> progress;
  if (with_progress) progress.emplace("exporting", 0, "events");
  size_t written = 0;
  try {
    store.Find(query, [&](const EventRecord& record) {
      if (out.bad()) throw OutputGone{};
      write(record);
      ++written;
      if (progress) progress->Update(written);
    });
  } catch (const OutputGone&) {
  }
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

std::string CalendarNotes(const OutputCounts& counts, const OutputOptions& options) {
  auto events = [](size_t n) { return std::to_string(n) + (n == 1 ? " event" : " events"); };
  std::string longer = " longer than " + std::to_string(options.long_event_days) + " days";
  std::string out;
  if (counts.undated_skipped > 0) {
    out += "timeline: " + events(counts.undated_skipped) + " without a date left out of the calendar\n";
  }
  if (counts.long_skipped > 0) {
    out += "timeline: " + events(counts.long_skipped) + longer +
           " left out of the calendar (--long-events skip; start puts them on their first day)\n";
  }
  if (counts.long_shortened > 0) {
    out += "timeline: " + events(counts.long_shortened) + longer +
           " put on their first day (--long-events keep spans them whole)\n";
  }
  if (counts.negated_skipped > 0) {
    out += "timeline: " + events(counts.negated_skipped) +
           " that did not happen (negated) left out of the calendar; name them to add them as "
           "cancelled: --factuality asserted,possible,negated\n";
  }
  return out;
}

OutputCounts WriteEvents(const Store& store, StoreQuery query, const OutputOptions& options,
                         std::ostream& out) {
  OutputCounts counts;
  // Only JSON documents carry quantities; the other formats print none, so
  // their rows are read without (a look-up per row less).
  query.with_quantities = options.format == OutputFormat::kJson;
  switch (options.format) {
    case OutputFormat::kTable: {
      TableOptions table;
      table.width = options.width;
      table.registry = &Registry::Builtin();
      table.language = options.names;
      table.rows = options.table_rows;
      // One record more than the rows shown tells whether there are more.
      if (options.table_rows && *options.table_rows < static_cast<size_t>(INT64_MAX)) {
        query.limit = static_cast<int64_t>(*options.table_rows) + 1;
      }
      TableWriter writer(out, table);
      Stream(store, query, options.progress, out, [&](const EventRecord& r) { writer.Write(r); });
      writer.Finish();
      counts.written = writer.rows();
      counts.more = writer.more();
      break;
    }
    case OutputFormat::kCsv: {
      CsvWriter writer(out, CsvOptions{options.bom, options.sources, &Registry::Builtin(), options.names, options.csv_dialect});
      counts.written = Stream(store, query, options.progress, out, [&](const EventRecord& r) { writer.Write(r); });
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
      ical.long_events = options.long_events;
      ical.long_event_days = options.long_event_days;
      ical.negated = options.negated;
      IcalWriter writer(out, ical);
      counts.written = Stream(store, query, options.progress, out, [&](const EventRecord& r) { writer.Write(r); });
      counts.undated_skipped = writer.skipped();
      counts.long_skipped = writer.skipped_long();
      counts.negated_skipped = writer.skipped_negated();
      counts.long_shortened = writer.shortened();
      counts.written -= counts.undated_skipped + counts.long_skipped + counts.negated_skipped;
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
      query.decisions = true;
      JsonWriter writer(out, options.sources);
      counts.written = Stream(store, query, options.progress, out, [&](const EventRecord& r) { writer.Write(r); });
      writer.Finish();
      break;
    }
    case OutputFormat::kHtml:  // a page, not rows: export and view write it (cli/html_output.h)
      throw Error("internal error: the timeline page is not written as rows");
  }
  return counts;
}

}  // namespace timeline
