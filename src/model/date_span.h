#pragma once
// DateSpan: an inclusive interval of calendar days plus the precision at which
// the source gave it (SPEC.md §3). All text <-> date conversion happens here,
// validated with date::year_month_day::ok() (Feb 31 would otherwise roll over).

#include <date/date.h>

#include <optional>
#include <string>
#include <string_view>

#include "model/types.h"

namespace timeline {

struct DateSpan {
  // Both set, or both unset (precision kUnknown). Inclusive: [start, end].
  std::optional<date::sys_days> start;
  std::optional<date::sys_days> end;
  DatePrecision precision = DatePrecision::kUnknown;
  std::string text;  // the source words, e.g. "pada hari Jumat"; may be empty

  bool known() const { return start.has_value(); }
  friend bool operator==(const DateSpan& a, const DateSpan& b) {
    return a.start == b.start && a.end == b.end && a.precision == b.precision &&
           a.text == b.text;
  }
};

// Named constructors for the common precisions.
DateSpan DaySpan(date::sys_days day);
DateSpan DaysSpan(date::sys_days first, date::sys_days last);  // precision day
DateSpan IsoWeekSpan(int iso_year, unsigned week);              // REQUIRES: valid week
DateSpan MonthSpan(date::year_month month);
DateSpan QuarterSpan(date::year year, unsigned quarter);        // quarter 1..4
DateSpan YearSpan(date::year year);
DateSpan YearsSpan(date::year first, date::year last);          // precision range

// The week (ISO, Monday to Sunday), month, quarter or year containing `day`,
// at that precision; nullopt for the precisions that are not calendar units
// (day, range, unknown). Interval searches use its start as an exact bound.
std::optional<DateSpan> UnitContaining(date::sys_days day, DatePrecision precision);

// "YYYY-MM-DD" -> day; nullopt unless it is a real calendar day.
std::optional<date::sys_days> ParseIsoDay(std::string_view text);
// day -> "YYYY-MM-DD".
std::string FormatIsoDay(date::sys_days day);
// day -> "YYYYMMDD" (iCalendar DATE).
std::string FormatBasicDay(date::sys_days day);

// A date given on the command line: "YYYY", "YYYY-MM", "YYYY-MM-DD" or
// "YYYY-Www" (ISO week, W01..W53 where the year has 53). Returns the span it
// covers; on failure returns nullopt and sets *error to what would be right,
// e.g. "month 13 does not exist; use 01..12".
std::optional<DateSpan> ParseQueryDate(std::string_view text, std::string* error);

// Whether a span at this precision is well formed: start <= end, and for week,
// month, quarter and year the interval is exactly one such unit.
// Sets *error to the reason when it is not.
bool CheckSpan(const DateSpan& span, std::string* error);

// The date at its own precision: "2026-01-23", "2026-05-08–09",
// "2026-W04", "2025-12", "2024-Q3", "2017", "2021–2025", "" when unknown.
std::string DateLabel(const DateSpan& span);

// The precision in words for people: "on 23 January 2026",
// "some day in the week of 19–25 January 2026", "in December 2025", ...
std::string DateInWords(const DateSpan& span);

// Days since 1970-01-01, as stored in the database.
inline long long ToDayNumber(date::sys_days day) {
  return day.time_since_epoch().count();
}
inline date::sys_days FromDayNumber(long long n) {
  return date::sys_days(date::days(n));
}

}  // namespace timeline
