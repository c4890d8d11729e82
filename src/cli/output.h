#pragma once
// Streams the events a StoreQuery selects to an output stream in one of the
// export formats; shared by `query` (stdout) and `export` (a file).

#include <iosfwd>
#include <optional>
#include <string>
#include <string_view>

#include "export/csv_writer.h"
#include "export/ical_writer.h"
#include "export/source_paths.h"
#include "store/store.h"

namespace timeline {

// kHtml: the timeline page (export and view only; cli/html_output.h writes it).
enum class OutputFormat { kTable, kJson, kCsv, kIcs, kHtml };

struct OutputOptions {
  OutputFormat format = OutputFormat::kTable;
  bool bom = true;                       // CSV: UTF-8 byte order mark for Excel
  CsvDialect csv_dialect = CsvDialect::kDefault;  // CSV: `,` or `;` between fields
  std::string calendar_name = "timeline";
  std::optional<size_t> width;           // table: display columns; none: nothing cut (table_writer.h)
  std::optional<size_t> table_rows;      // table: at most this many rows (OutputCounts::more)
  bool progress = true;                  // a progress bar on a terminal's stderr (util/progress.h)
  SourceFolders sources;                 // where exported article paths count from
  Language names = Language::kEnglish;   // table, CSV and iCalendar: actor names in this language
  bool include_removed = false;          // iCalendar: removed events, cancelled
  LongEvents long_events = LongEvents::kStart;  // iCalendar: events longer than
  int long_event_days = 7;                      //   this many days
  bool negated = false;                  // iCalendar: negated events, cancelled
};

struct OutputCounts {
  size_t written = 0;
  size_t undated_skipped = 0;  // iCalendar has no place for undated events
  size_t cancelled = 0;        // removed events written as STATUS:CANCELLED
  size_t long_skipped = 0;     // iCalendar, LongEvents::kSkip
  size_t long_shortened = 0;   // iCalendar, LongEvents::kStart
  size_t negated_skipped = 0;  // iCalendar without OutputOptions::negated
  bool more = false;           // table: events came past table_rows
};

// The format's name: table, json, csv, ics.
std::string_view ToString(OutputFormat format);

OutputCounts WriteEvents(const Store& store, StoreQuery query, const OutputOptions& options,
                         std::ostream& out);

// The lines a calendar's counts call for ("4 events without a date left out
// of the calendar"), each "timeline: ..." and a newline; empty for none.
std::string CalendarNotes(const OutputCounts& counts, const OutputOptions& options);

}  // namespace timeline
