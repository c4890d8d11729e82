#include "store/time_order.h"

#include <chrono>

namespace timeline {

int64_t TimeKey(const DateSpan& date) {
  if (!date.known()) return kUndatedTimeKey;
  return ToDayNumber(*date.start) * 8 + static_cast<int64_t>(date.precision);
}

int64_t SpanDays(const DateSpan& date) { return date.known() ? (*date.end - *date.start).count() : 0; }

int SpanClass(const DateSpan& date) {
  if (!date.known()) return 0;
  switch (date.precision) {
    case DatePrecision::kWeek:
    case DatePrecision::kMonth:
    case DatePrecision::kQuarter:
    case DatePrecision::kYear:
      return static_cast<int>(date.precision);
    default:
      break;
  }
  int64_t days = SpanDays(date);
  if (days == 0) return 0;
  return days <= 31 ? 5 : days <= 366 ? 6 : days <= 1096 ? 7 : 8;
}

int64_t EarliestStart(int span_class, int64_t longest_span, int64_t from) {
  bool unit = span_class >= static_cast<int>(DatePrecision::kWeek) &&
              span_class <= static_cast<int>(DatePrecision::kYear);
  if (!unit) return from - longest_span;
  auto precision = static_cast<DatePrecision>(span_class);
  return ToDayNumber(*UnitContaining(FromDayNumber(from), precision)->start);
}

std::string MaxSpanKey(int span_class) { return "max_span_days_" + std::to_string(span_class); }

std::string NowUtc() {
  auto now = std::chrono::time_point_cast<std::chrono::seconds>(std::chrono::system_clock::now());
  return date::format("%F %T", now);
}

}  // namespace timeline
