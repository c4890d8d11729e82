#pragma once
// Where an event sits in time order, as the schema stores it: its time key
// (migration 0003) and its span class (0004). The writer computes them for
// each event, the query compiler bounds its index ranges with them, and
// `check` verifies them (kSpanClassSql).

#include <cstdint>
#include <string>

#include "model/date_span.h"

namespace timeline {

// The sort key of an event's date: start day, then finer precision first;
// undated events after every dated one.
inline constexpr int64_t kUndatedTimeKey = int64_t{1} << 50;
int64_t TimeKey(const DateSpan& date);

// Span classes: the calendar units (week, month, quarter, year: the class is
// the precision's number) and single days have exact bounds: an event of
// such a class overlaps a search from day F only if it starts on or after
// the start of its unit containing F. Other spans (several days, ranges) are
// grouped by length and searched from F minus their class's longest span.
inline constexpr int kSpanClasses = 9;
int64_t SpanDays(const DateSpan& date);
int SpanClass(const DateSpan& date);
// The same in SQL, for the migration's counterpart in `timeline check`.
inline constexpr const char* kSpanClassSql =
    "CASE WHEN start_day IS NULL OR end_day = start_day AND precision IN (0, 5) THEN 0 "
    "WHEN precision BETWEEN 1 AND 4 THEN precision WHEN end_day - start_day <= 31 THEN 5 "
    "WHEN end_day - start_day <= 366 THEN 6 WHEN end_day - start_day <= 1096 THEN 7 ELSE 8 END";
// The earliest start day an event of the class can have and still end on or
// after `from`.
int64_t EarliestStart(int span_class, int64_t longest_span, int64_t from);
// The meta key that holds a class's longest span in days.
std::string MaxSpanKey(int span_class);

// The time now as the store writes it in its rows (modified_at, loaded_at,
// removed_at): UTC, "YYYY-MM-DD HH:MM:SS".
std::string NowUtc();

}  // namespace timeline
