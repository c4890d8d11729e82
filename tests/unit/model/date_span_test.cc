#include <catch2/catch.hpp>

#include "model/date_span.h"

using namespace timeline;
using date::sys_days;

namespace {
sys_days Day(const char* text) { return *ParseIsoDay(text); }
}  // namespace

TEST_CASE("ParseIsoDay accepts real days and rejects the rest", "[dates]") {
  CHECK(ParseIsoDay("2026-01-23") == Day("2026-01-23"));
  CHECK(ParseIsoDay("2024-02-29").has_value());  // leap day
  CHECK_FALSE(ParseIsoDay("2026-02-29").has_value());
  CHECK_FALSE(ParseIsoDay("2026-02-30").has_value());
  CHECK_FALSE(ParseIsoDay("2026-13-01").has_value());
  CHECK_FALSE(ParseIsoDay("2026-00-10").has_value());
  CHECK_FALSE(ParseIsoDay("2026-1-5").has_value());
  CHECK_FALSE(ParseIsoDay("26-01-2026").has_value());
  CHECK_FALSE(ParseIsoDay("").has_value());
  CHECK(FormatIsoDay(Day("0999-03-04")) == "0999-03-04");
  CHECK(FormatBasicDay(Day("2026-01-05")) == "20260105");
}

TEST_CASE("ParseQueryDate: every accepted form gives its whole interval", "[dates]") {
  struct Case {
    const char* text;
    const char* start;
    const char* end;
    DatePrecision precision;
  };
  const Case cases[] = {
      {"2017", "2017-01-01", "2017-12-31", DatePrecision::kYear},
      {"2025-12", "2025-12-01", "2025-12-31", DatePrecision::kMonth},
      {"2024-02", "2024-02-01", "2024-02-29", DatePrecision::kMonth},
      {"2026-01-23", "2026-01-23", "2026-01-23", DatePrecision::kDay},
      {"2026-W04", "2026-01-19", "2026-01-25", DatePrecision::kWeek},
      {"2026-w04", "2026-01-19", "2026-01-25", DatePrecision::kWeek},
      // ISO weeks across year ends: 2020-W53 exists, W01 of 2026 starts in 2025.
      {"2020-W53", "2020-12-28", "2021-01-03", DatePrecision::kWeek},
      {"2026-W01", "2025-12-29", "2026-01-04", DatePrecision::kWeek},
      {"2025-W01", "2024-12-30", "2025-01-05", DatePrecision::kWeek},
  };
  for (const Case& c : cases) {
    INFO(c.text);
    std::string error;
    auto span = ParseQueryDate(c.text, &error);
    REQUIRE(span.has_value());
    CHECK(FormatIsoDay(*span->start) == c.start);
    CHECK(FormatIsoDay(*span->end) == c.end);
    CHECK(span->precision == c.precision);
  }
}

TEST_CASE("ParseQueryDate: rejected forms say what would be right", "[dates]") {
  struct Case {
    const char* text;
    const char* error;
  };
  const Case cases[] = {
      {"2026-13", "month 13 does not exist; use 01..12"},
      {"2026-00", "month 0 does not exist; use 01..12"},
      {"2026-02-30", "2026-02-30 does not exist: February 2026 has 28 days"},
      {"2025-02-29", "2025-02-29 does not exist: February 2025 has 28 days"},
      {"2026-W54", "week 54 does not exist in 2026; use W01..W53"},
      {"2025-W53", "week 53 does not exist in 2025; use W01..W52"},
      {"2026-W00", "week 0 does not exist in 2026; use W01..W53"},
      {"yesterday",
       "\"yesterday\" is not a date; use YYYY, YYYY-MM, YYYY-MM-DD or YYYY-Www (e.g. 2026, 2026-01, "
       "2026-01-23, 2026-W04)"},
      {"2026/01/02",
       "\"2026/01/02\" is not a date; use YYYY, YYYY-MM, YYYY-MM-DD or YYYY-Www (e.g. 2026, 2026-01, "
       "2026-01-23, 2026-W04)"},
  };
  for (const Case& c : cases) {
    INFO(c.text);
    std::string error;
    CHECK_FALSE(ParseQueryDate(c.text, &error).has_value());
    CHECK(error == c.error);
  }
}

TEST_CASE("DateLabel shows each date at its own precision", "[dates]") {
  CHECK(DateLabel(DaySpan(Day("2026-01-23"))) == "2026-01-23");
  CHECK(DateLabel(DaysSpan(Day("2026-05-08"), Day("2026-05-09"))) == "2026-05-08–09");
  CHECK(DateLabel(DaysSpan(Day("2025-12-31"), Day("2026-01-01"))) == "2025-12-31–2026-01-01");
  CHECK(DateLabel(IsoWeekSpan(2026, 4)) == "2026-W04");
  CHECK(DateLabel(IsoWeekSpan(2026, 1)) == "2026-W01");  // starts 2025-12-29
  CHECK(DateLabel(MonthSpan(date::year{2025} / 12)) == "2025-12");
  CHECK(DateLabel(QuarterSpan(date::year{2024}, 3)) == "2024-Q3");
  CHECK(DateLabel(YearSpan(date::year{2017})) == "2017");
  CHECK(DateLabel(YearsSpan(date::year{2021}, date::year{2025})) == "2021–2025");
  CHECK(DateLabel(DateSpan{}) == "");
}

TEST_CASE("DateInWords says the precision for people", "[dates]") {
  CHECK(DateInWords(DaySpan(Day("2026-01-23"))) == "on 23 January 2026");
  CHECK(DateInWords(MonthSpan(date::year{2025} / 12)) == "some day in December 2025");
  CHECK(DateInWords(IsoWeekSpan(2026, 4)) ==
        "some day in ISO week 4 of 2026 (19 January 2026 to 25 January 2026)");
  CHECK(DateInWords(DateSpan{}) == "date unknown");
}

TEST_CASE("CheckSpan: precision and interval must agree", "[dates]") {
  std::string error;
  CHECK(CheckSpan(MonthSpan(date::year{2024} / 2), &error));
  CHECK(CheckSpan(IsoWeekSpan(2020, 53), &error));
  CHECK(CheckSpan(DateSpan{}, &error));

  DateSpan backwards = DaysSpan(Day("2026-01-23"), Day("2026-01-20"));
  CHECK_FALSE(CheckSpan(backwards, &error));
  CHECK(error == "end 2026-01-20 is before start 2026-01-23");

  DateSpan bad_month = MonthSpan(date::year{2025} / 12);
  bad_month.end = Day("2025-12-30");
  CHECK_FALSE(CheckSpan(bad_month, &error));
  CHECK(error == "2025-12-01..2025-12-30 is not one month: a month runs from its first day to its last");

  DateSpan bad_week = IsoWeekSpan(2026, 4);
  bad_week.start = Day("2026-01-20");
  bad_week.end = Day("2026-01-26");
  CHECK_FALSE(CheckSpan(bad_week, &error));
  CHECK(error == "2026-01-20..2026-01-26 is not one week: a week runs Monday to Sunday");

  DateSpan half = DaySpan(Day("2026-01-23"));
  half.end.reset();
  CHECK_FALSE(CheckSpan(half, &error));
  CHECK(error == "start and end must both be given, or neither");

  DateSpan unknown_with_day = DaySpan(Day("2026-01-23"));
  unknown_with_day.precision = DatePrecision::kUnknown;
  CHECK_FALSE(CheckSpan(unknown_with_day, &error));
  CHECK(error == "precision unknown must have no start or end");
}

TEST_CASE("UnitContaining: the calendar unit a day falls in", "[dates]") {
  CHECK(UnitContaining(Day("2021-01-03"), DatePrecision::kWeek) == IsoWeekSpan(2020, 53));
  CHECK(UnitContaining(Day("2024-02-29"), DatePrecision::kMonth) == MonthSpan(date::year{2024} / 2));
  CHECK(UnitContaining(Day("2024-09-30"), DatePrecision::kQuarter) == QuarterSpan(date::year{2024}, 3));
  CHECK(UnitContaining(Day("2024-10-01"), DatePrecision::kQuarter) == QuarterSpan(date::year{2024}, 4));
  CHECK(UnitContaining(Day("2017-12-31"), DatePrecision::kYear) == YearSpan(date::year{2017}));
  CHECK_FALSE(UnitContaining(Day("2017-12-31"), DatePrecision::kDay));
  CHECK_FALSE(UnitContaining(Day("2017-12-31"), DatePrecision::kRange));

  // Every day of two years, at every unit: a well-formed unit holding the day.
  for (auto precision : {DatePrecision::kWeek, DatePrecision::kMonth, DatePrecision::kQuarter,
                         DatePrecision::kYear}) {
    for (sys_days day = Day("2019-12-25"); day <= Day("2021-01-07"); day += date::days(1)) {
      std::optional<DateSpan> unit = UnitContaining(day, precision);
      REQUIRE(unit);
      std::string error;
      CHECK(CheckSpan(*unit, &error));
      CHECK(*unit->start <= day);
      CHECK(day <= *unit->end);
    }
  }
}

TEST_CASE("Vocabularies round-trip through their SPEC ids", "[types]") {
  for (EventType type : AllEventTypes()) CHECK(ParseEventType(ToString(type)) == type);
  CHECK(ToString(EventType::kMissileTest) == "missile_test");
  CHECK(CategoryOf(EventType::kTheft) == Category::kCyber);
  CHECK(CategoryOf(EventType::kReport) == Category::kIntelligence);
  CHECK_FALSE(ParseEventType("Meeting").has_value());
  CHECK(ParseFactuality("possible") == Factuality::kPossible);
  CHECK_FALSE(ParseActorRole("victim").has_value());
  CHECK(ParseDatePrecision("quarter") == DatePrecision::kQuarter);
  CHECK(AllEventTypes().size() == 16);
}
