#include "model/date_span.h"

#include <date/iso_week.h>

#include <cctype>
#include <cstdio>

namespace timeline {

using date::sys_days;

namespace {

const char* const kMonthNames[] = {"January", "February", "March",     "April",
                                   "May",     "June",     "July",      "August",
                                   "September", "October", "November", "December"};

// Written by hand, not with snprintf: exports format dates on every row
// (vfprintf took 2% of a CSV export, measured with perf).
std::string TwoDigits(unsigned n) {
  if (n > 99) return std::to_string(n);
  return {static_cast<char>('0' + n / 10), static_cast<char>('0' + n % 10)};
}

std::string FourDigits(int n) {
  if (n < 0 || n > 9999) {
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "%04d", n);
    return buffer;
  }
  return {static_cast<char>('0' + n / 1000), static_cast<char>('0' + n / 100 % 10),
          static_cast<char>('0' + n / 10 % 10), static_cast<char>('0' + n % 10)};
}

// Parses exactly `width` ASCII digits at text[pos]; -1 when not digits.
int Digits(std::string_view text, size_t pos, size_t width) {
  if (pos + width > text.size()) return -1;
  int value = 0;
  for (size_t i = pos; i < pos + width; ++i) {
    if (!std::isdigit(static_cast<unsigned char>(text[i]))) return -1;
    value = value * 10 + (text[i] - '0');
  }
  return value;
}

unsigned LastIsoWeek(int iso_year) {
  return static_cast<unsigned>(iso_week::year_lastweek{iso_week::year{iso_year}}.weeknum());
}

sys_days IsoWeekMonday(int iso_year, unsigned week) {
  return sys_days(iso_week::year_weeknum_weekday{iso_week::year{iso_year},
                                                 iso_week::weeknum{week}, iso_week::mon});
}

std::string DayInWords(sys_days day) {
  date::year_month_day ymd(day);
  return std::to_string(static_cast<unsigned>(ymd.day())) + " " +
         kMonthNames[static_cast<unsigned>(ymd.month()) - 1] + " " +
         std::to_string(static_cast<int>(ymd.year()));
}

}  // namespace

DateSpan DaySpan(sys_days day) { return DaysSpan(day, day); }

DateSpan DaysSpan(sys_days first, sys_days last) {
  DateSpan span;
  span.start = first;
  span.end = last;
  span.precision = DatePrecision::kDay;
  return span;
}

DateSpan IsoWeekSpan(int iso_year, unsigned week) {
  DateSpan span;
  span.start = IsoWeekMonday(iso_year, week);
  span.end = *span.start + date::days(6);
  span.precision = DatePrecision::kWeek;
  return span;
}

DateSpan MonthSpan(date::year_month month) {
  DateSpan span;
  span.start = sys_days(month / 1);
  span.end = sys_days(month / date::last);
  span.precision = DatePrecision::kMonth;
  return span;
}

DateSpan QuarterSpan(date::year year, unsigned quarter) {
  DateSpan span;
  span.start = sys_days(year / date::month(3 * quarter - 2) / 1);
  span.end = sys_days(year / date::month(3 * quarter) / date::last);
  span.precision = DatePrecision::kQuarter;
  return span;
}

DateSpan YearSpan(date::year year) {
  DateSpan span;
  span.start = sys_days(year / date::January / 1);
  span.end = sys_days(year / date::December / 31);
  span.precision = DatePrecision::kYear;
  return span;
}

std::optional<DateSpan> UnitContaining(sys_days day, DatePrecision precision) {
  date::year_month_day ymd(day);
  switch (precision) {
    case DatePrecision::kWeek: {
      iso_week::year_weeknum_weekday week(day);
      return IsoWeekSpan(static_cast<int>(week.year()), static_cast<unsigned>(week.weeknum()));
    }
    case DatePrecision::kMonth:
      return MonthSpan(ymd.year() / ymd.month());
    case DatePrecision::kQuarter:
      return QuarterSpan(ymd.year(), (static_cast<unsigned>(ymd.month()) - 1) / 3 + 1);
    case DatePrecision::kYear:
      return YearSpan(ymd.year());
    default:
      return std::nullopt;
  }
}

DateSpan YearsSpan(date::year first, date::year last) {
  DateSpan span;
  span.start = sys_days(first / date::January / 1);
  span.end = sys_days(last / date::December / 31);
  span.precision = DatePrecision::kRange;
  return span;
}

std::optional<sys_days> ParseIsoDay(std::string_view text) {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
  int y = Digits(text, 0, 4), m = Digits(text, 5, 2), d = Digits(text, 8, 2);
  if (y < 0 || m < 0 || d < 0) return std::nullopt;
  date::year_month_day ymd{date::year{y}, date::month(static_cast<unsigned>(m)),
                           date::day(static_cast<unsigned>(d))};
  if (!ymd.ok()) return std::nullopt;
  return sys_days(ymd);
}

std::string FormatIsoDay(sys_days day) {
  date::year_month_day ymd(day);
  int year = static_cast<int>(ymd.year());
  if (year >= 0 && year <= 9999) {
    // The usual year, in one buffer: no string for each part (this ran
    // for three cells of every CSV row, perf).
    unsigned month = static_cast<unsigned>(ymd.month()), dom = static_cast<unsigned>(ymd.day());
    const char text[10] = {static_cast<char>('0' + year / 1000), static_cast<char>('0' + year / 100 % 10),
                           static_cast<char>('0' + year / 10 % 10), static_cast<char>('0' + year % 10),
                           '-', static_cast<char>('0' + month / 10), static_cast<char>('0' + month % 10),
                           '-', static_cast<char>('0' + dom / 10), static_cast<char>('0' + dom % 10)};
    return std::string(text, sizeof text);
  }
  std::string text = FourDigits(year);
  text += '-';
  text += TwoDigits(static_cast<unsigned>(ymd.month()));
  text += '-';
  text += TwoDigits(static_cast<unsigned>(ymd.day()));
  return text;
}

std::string FormatBasicDay(sys_days day) {
  date::year_month_day ymd(day);
  return FourDigits(static_cast<int>(ymd.year())) + TwoDigits(static_cast<unsigned>(ymd.month())) +
         TwoDigits(static_cast<unsigned>(ymd.day()));
}

std::optional<DateSpan> ParseQueryDate(std::string_view text, std::string* error) {
  auto fail = [&](const std::string& why) -> std::optional<DateSpan> {
    *error = why;
    return std::nullopt;
  };
  const std::string forms = "use YYYY, YYYY-MM, YYYY-MM-DD or YYYY-Www (e.g. 2026, 2026-01, "
                            "2026-01-23, 2026-W04)";
  int year = Digits(text, 0, 4);
  if (year < 0) return fail("\"" + std::string(text) + "\" is not a date; " + forms);
  if (text.size() == 4) return YearSpan(date::year{year});
  if (text[4] != '-') return fail("\"" + std::string(text) + "\" is not a date; " + forms);
  if (text.size() == 8 && (text[5] == 'W' || text[5] == 'w')) {
    int week = Digits(text, 6, 2);
    if (week < 0) return fail("\"" + std::string(text) + "\" is not a week; " + forms);
    unsigned last = LastIsoWeek(year);
    if (week < 1 || static_cast<unsigned>(week) > last) {
      return fail("week " + std::to_string(week) + " does not exist in " + std::to_string(year) +
                  "; use W01..W" + TwoDigits(last));
    }
    return IsoWeekSpan(year, static_cast<unsigned>(week));
  }
  int month = Digits(text, 5, 2);
  if (month < 0 || (text.size() != 7 && text.size() != 10)) {
    return fail("\"" + std::string(text) + "\" is not a date; " + forms);
  }
  if (month < 1 || month > 12) {
    return fail("month " + std::to_string(month) + " does not exist; use 01..12");
  }
  date::year_month ym{date::year{year}, date::month(static_cast<unsigned>(month))};
  if (text.size() == 7) return MonthSpan(ym);
  int day = text[7] == '-' ? Digits(text, 8, 2) : -1;
  if (day < 0) return fail("\"" + std::string(text) + "\" is not a date; " + forms);
  auto parsed = ParseIsoDay(text);
  if (!parsed) {
    unsigned last = static_cast<unsigned>(date::year_month_day_last(ym / date::last).day());
    return fail(std::string(text) + " does not exist: " + kMonthNames[month - 1] + " " +
                std::to_string(year) + " has " + std::to_string(last) + " days");
  }
  return DaySpan(*parsed);
}

bool CheckSpan(const DateSpan& span, std::string* error) {
  if (span.start.has_value() != span.end.has_value()) {
    *error = "start and end must both be given, or neither";
    return false;
  }
  if (!span.start) {
    if (span.precision != DatePrecision::kUnknown) {
      *error = "precision " + std::string(ToString(span.precision)) +
               " needs a start and an end (or use precision unknown)";
      return false;
    }
    return true;
  }
  sys_days start = *span.start, end = *span.end;
  if (end < start) {
    *error = "end " + FormatIsoDay(end) + " is before start " + FormatIsoDay(start);
    return false;
  }
  date::year_month_day first(start), last(end);
  std::string expected;
  switch (span.precision) {
    case DatePrecision::kUnknown:
      *error = "precision unknown must have no start or end";
      return false;
    case DatePrecision::kDay:
    case DatePrecision::kRange:
      return true;
    case DatePrecision::kWeek: {
      iso_week::year_weeknum_weekday week(start);
      if (week.weekday() != iso_week::mon || end != start + date::days(6)) {
        expected = "a week runs Monday to Sunday";
      }
      break;
    }
    case DatePrecision::kMonth:
      if (first.day() != date::day(1) ||
          end != sys_days(first.year() / first.month() / date::last)) {
        expected = "a month runs from its first day to its last";
      }
      break;
    case DatePrecision::kQuarter: {
      unsigned m = static_cast<unsigned>(first.month());
      if (first.day() != date::day(1) || (m - 1) % 3 != 0 ||
          end != sys_days(first.year() / date::month(m + 2) / date::last)) {
        expected = "a quarter runs Jan–Mar, Apr–Jun, Jul–Sep or Oct–Dec";
      }
      break;
    }
    case DatePrecision::kYear:
      if (start != sys_days(first.year() / date::January / 1) ||
          end != sys_days(first.year() / date::December / 31)) {
        expected = "a year runs from 1 January to 31 December";
      }
      break;
  }
  (void)last;
  if (!expected.empty()) {
    *error = FormatIsoDay(start) + ".." + FormatIsoDay(end) + " is not one " +
             std::string(ToString(span.precision)) + ": " + expected;
    return false;
  }
  return true;
}

std::string DateLabel(const DateSpan& span) {
  if (!span.start) return "";
  sys_days start = *span.start, end = *span.end;
  date::year_month_day first(start), last(end);
  std::string y0 = FourDigits(static_cast<int>(first.year()));
  switch (span.precision) {
    case DatePrecision::kDay:
      if (start == end) return FormatIsoDay(start);
      if (first.year() == last.year() && first.month() == last.month()) {
        return FormatIsoDay(start) + "\xE2\x80\x93" + TwoDigits(static_cast<unsigned>(last.day()));
      }
      return FormatIsoDay(start) + "\xE2\x80\x93" + FormatIsoDay(end);
    case DatePrecision::kWeek: {
      iso_week::year_weeknum_weekday week(start);
      return FourDigits(static_cast<int>(week.year())) + "-W" +
             TwoDigits(static_cast<unsigned>(week.weeknum()));
    }
    case DatePrecision::kMonth:
      return y0 + "-" + TwoDigits(static_cast<unsigned>(first.month()));
    case DatePrecision::kQuarter:
      return y0 + "-Q" + std::to_string((static_cast<unsigned>(first.month()) - 1) / 3 + 1);
    case DatePrecision::kYear:
      return y0;
    case DatePrecision::kRange: {
      bool whole_years = first.month() == date::January && first.day() == date::day(1) &&
                         last.month() == date::December && last.day() == date::day(31);
      if (whole_years) {
        std::string y1 = FourDigits(static_cast<int>(last.year()));
        return y0 == y1 ? y0 : y0 + "\xE2\x80\x93" + y1;
      }
      return FormatIsoDay(start) + "\xE2\x80\x93" + FormatIsoDay(end);
    }
    case DatePrecision::kUnknown:
      break;
  }
  return FormatIsoDay(start) + "\xE2\x80\x93" + FormatIsoDay(end);
}

std::string DateInWords(const DateSpan& span) {
  if (!span.start) return "date unknown";
  sys_days start = *span.start, end = *span.end;
  date::year_month_day first(start), last(end);
  std::string month = kMonthNames[static_cast<unsigned>(first.month()) - 1];
  std::string year = std::to_string(static_cast<int>(first.year()));
  switch (span.precision) {
    case DatePrecision::kDay:
      if (start == end) return "on " + DayInWords(start);
      return "from " + DayInWords(start) + " to " + DayInWords(end);
    case DatePrecision::kWeek: {
      iso_week::year_weeknum_weekday week(start);
      return "some day in ISO week " + std::to_string(static_cast<unsigned>(week.weeknum())) +
             " of " + std::to_string(static_cast<int>(week.year())) + " (" + DayInWords(start) +
             " to " + DayInWords(end) + ")";
    }
    case DatePrecision::kMonth:
      return "some day in " + month + " " + year;
    case DatePrecision::kQuarter:
      return "some day in quarter " +
             std::to_string((static_cast<unsigned>(first.month()) - 1) / 3 + 1) + " of " + year;
    case DatePrecision::kYear:
      return "some time in " + year;
    case DatePrecision::kRange:
      return "some time between " + DayInWords(start) + " and " + DayInWords(end);
    case DatePrecision::kUnknown:
      break;
  }
  return "between " + DayInWords(start) + " and " + DayInWords(end);
}

}  // namespace timeline
