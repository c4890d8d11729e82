#pragma once
// Streams the events a StoreQuery selects to an output stream in one of the
// export formats; shared by `query` (stdout) and `export` (a file).

#include <iosfwd>
#include <optional>
#include <string>

#include "store/store.h"

namespace timeline {

enum class OutputFormat { kTable, kJson, kCsv, kIcs };

struct OutputOptions {
  OutputFormat format = OutputFormat::kTable;
  bool bom = true;                       // CSV: UTF-8 byte order mark for Excel
  std::string calendar_name = "timeline";
  size_t width = 100;                    // table: terminal columns
  bool include_removed = false;          // iCalendar: removed events, cancelled
};

struct OutputCounts {
  size_t written = 0;
  size_t undated_skipped = 0;  // iCalendar has no place for undated events
  size_t cancelled = 0;        // removed events written as STATUS:CANCELLED
};

// The format named by `word` (table, json, csv, ics); nullopt otherwise.
std::optional<OutputFormat> ParseOutputFormat(const std::string& word);

OutputCounts WriteEvents(const Store& store, StoreQuery query, const OutputOptions& options,
                         std::ostream& out);

}  // namespace timeline
