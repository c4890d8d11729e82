// Reading spreadsheets back: what LibreOffice and Excel do to CSV, and the
// event a row makes of the stored one.

#include <catch2/catch.hpp>

#include "export/csv_writer.h"
#include "facts/csv_sheet.h"
#include "model/date_span.h"

using namespace timeline;

namespace {

date::sys_days Day(const char* text) { return *ParseIsoDay(text); }

Sheet Read(const std::string& text, std::vector<Diagnostic>* diagnostics) {
  return ReadSheet(text, "s.csv", diagnostics);
}

std::string Messages(const std::vector<Diagnostic>& diagnostics) {
  std::string out;
  for (const Diagnostic& d : diagnostics) out += d.ToString() + "\n";
  return out;
}

Event Stored() {
  Event e;
  e.id = "000-e01";
  e.type = EventType::kMeeting;
  e.title = "Envoys meet";
  e.date = DaySpan(Day("2026-01-23"));
  e.date.text = "pada hari Jumat";
  e.actors = {{"KOR", "Korea Selatan", "KOR", ActorRole::kParticipant},
              {"USA", "Amerika Serikat", "USA", ActorRole::kParticipant}};
  e.place = Place{"Seoul", "KOR"};
  e.evidence = {"text", 1, 5};
  return e;
}

}  // namespace

TEST_CASE("A sheet is read by header names with any separator, BOM and line end", "[csv_sheet]") {
  for (const std::string& text :
       {std::string("\xEF\xBB\xBFid,title,category,notes\r\n000-e01,\"A, b\",x,y\r\n"),
        std::string("id;title;category;notes\n000-e01;A, b;x;y\n"),
        std::string("id\ttitle\tcategory\tnotes\r000-e01\t\"A, b\"\tx\ty\r"),
        std::string("ID,Title,category,notes\r\n000-e01,\"A, b\",x,y\r\n,,,\r\n")}) {
    std::vector<Diagnostic> d;
    Sheet sheet = Read(text, &d);
    INFO(text << Messages(d));
    REQUIRE(d.empty());
    REQUIRE(sheet.rows.size() == 1);  // the empty row ",,," is left out
    CHECK(sheet.rows[0].Cell(SheetColumn::kTitle)->text == "A, b");
    CHECK(sheet.rows[0].Cell(SheetColumn::kId)->text == "000-e01");
    CHECK(sheet.rows[0].Cell(SheetColumn::kType) == nullptr);  // no such column
    CHECK(sheet.unknown_columns == std::vector<std::string>{"notes"});  // category is read-only, expected
  }
}

TEST_CASE("Quotes, doubled quotes, line breaks in cells and positions", "[csv_sheet]") {
  std::vector<Diagnostic> d;
  Sheet sheet = Read("id,title,type\r\n000-e01,\"say \"\"hi\"\"\r\nagain\",meeting\r\n000-e02,'=HYPERLINK(1),drill\r\n", &d);
  REQUIRE(d.empty());
  REQUIRE(sheet.rows.size() == 2);
  CHECK(sheet.rows[0].Cell(SheetColumn::kTitle)->text == "say \"hi\"\r\nagain");
  CHECK(sheet.rows[0].Cell(SheetColumn::kType)->line == 3);  // after the line break inside quotes
  CHECK(sheet.rows[1].line == 4);
  CHECK(sheet.rows[1].Cell(SheetColumn::kTitle)->text == "=HYPERLINK(1)");  // the apostrophe undone
  CHECK(sheet.rows[1].Cell(SheetColumn::kType)->column == 24);
  Sheet own = Read("id,title\r\nx,'Tis\r\n", &d);
  CHECK(own.rows[0].Cell(SheetColumn::kTitle)->text == "'Tis");  // not one the export put
}

TEST_CASE("Malformed sheets are errors at their line and column", "[csv_sheet]") {
  struct Bad {
    std::string text, message;
  };
  for (const Bad& bad : std::vector<Bad>{
           {"title,type\r\nx,meeting\r\n", "s.csv:1:1: no \"id\" column in the header"},
           {"id,title\r\n000-e01,\"open\r\n", "s.csv:2:9: this quote is never closed"},
           {"id,title\r\n000-e01,a,b\r\n", "s.csv:2:1: this row has 3 cells and the header 2"},
           {"id,title,id\r\n", "s.csv:1:10: column \"id\" appears twice"},
           {"", "s.csv:1:1: empty file"}}) {
    std::vector<Diagnostic> d;
    Read(bad.text, &d);
    INFO(bad.text);
    REQUIRE(d.size() == 1);
    CHECK(d[0].ToString().find(bad.message) == 0);
  }
}

TEST_CASE("Dates as spreadsheets rewrite them", "[csv_sheet]") {
  std::string error;
  CHECK(ParseSheetDay("2026-01-23", DateOrder::kUnknown, &error) == Day("2026-01-23"));
  CHECK(ParseSheetDay("23/01/2026", DateOrder::kUnknown, &error) == Day("2026-01-23"));
  CHECK(ParseSheetDay("1/23/2026", DateOrder::kUnknown, &error) == Day("2026-01-23"));
  CHECK(ParseSheetDay("01/23/26", DateOrder::kUnknown, &error) == Day("2026-01-23"));  // LibreOffice, id-ID
  CHECK(ParseSheetDay("23.01.2026", DateOrder::kUnknown, &error) == Day("2026-01-23"));
  CHECK(ParseSheetDay("1/23/2026 0:00", DateOrder::kUnknown, &error) == Day("2026-01-23"));
  CHECK(ParseSheetDay("12/31/99", DateOrder::kUnknown, &error) == Day("1999-12-31"));
  CHECK(ParseSheetDay("05/05/2026", DateOrder::kUnknown, &error) == Day("2026-05-05"));  // either way
  CHECK(ParseSheetDay("01/02/2026", DateOrder::kDayFirst, &error) == Day("2026-02-01"));
  CHECK(ParseSheetDay("01/02/2026", DateOrder::kMonthFirst, &error) == Day("2026-01-02"));

  CHECK_FALSE(ParseSheetDay("01/02/2026", DateOrder::kUnknown, &error));
  CHECK(error == "\"01/02/2026\" is ambiguous: day 1 of month 2, or day 2 of month 1? Give --date-order "
                 "dmy or mdy (how the spreadsheet wrote its dates)");
  CHECK_FALSE(ParseSheetDay("23/01/2026", DateOrder::kMonthFirst, &error));
  CHECK(error.find("23 is no month, but the dates are read month first") != std::string::npos);
  CHECK_FALSE(ParseSheetDay("31/02/2026", DateOrder::kUnknown, &error));
  CHECK(error == "\"31/02/2026\" is not a calendar day (day 31, month 2, year 2026)");
  CHECK_FALSE(ParseSheetDay("next Friday", DateOrder::kUnknown, &error));
  CHECK_FALSE(ParseSheetDay("46045", DateOrder::kUnknown, &error));
}

TEST_CASE("date_label comes back in every form the export writes", "[csv_sheet]") {
  std::string error;
  for (const DateSpan& span : {DaySpan(Day("2026-01-23")), DaysSpan(Day("2026-05-08"), Day("2026-05-09")),
                               IsoWeekSpan(2026, 4), MonthSpan(date::year(2025) / 12),
                               QuarterSpan(date::year(2024), 3), YearSpan(date::year(2017)),
                               YearsSpan(date::year(2021), date::year(2025)),
                               DaysSpan(Day("2025-12-30"), Day("2026-01-02"))}) {
    for (const std::string& label : {DateLabel(span), SpreadsheetDateLabel(span)}) {
      INFO(label);
      std::optional<DateSpan> back = ParseSheetDateLabel(label, DateOrder::kUnknown, &error);
      REQUIRE(back);
      CHECK(back->start == span.start);
      CHECK(back->end == span.end);
      CHECK(back->precision == span.precision);
    }
  }
  CHECK(SpreadsheetDateLabel(MonthSpan(date::year(2025) / 12)) == "2025\xE2\x80\x91" "12");
  CHECK(ParseSheetDateLabel("2.017", DateOrder::kUnknown, &error)->precision == DatePrecision::kYear);
  CHECK(ParseSheetDateLabel("2,017", DateOrder::kUnknown, &error)->start == Day("2017-01-01"));
  CHECK(ParseSheetDateLabel("23/01/2026", DateOrder::kUnknown, &error)->start == Day("2026-01-23"));
  CHECK_FALSE(ParseSheetDateLabel("2025-13", DateOrder::kUnknown, &error));
  CHECK(error == "month 13 does not exist; use 01..12");
  CHECK_FALSE(ParseSheetDateLabel("sometime", DateOrder::kUnknown, &error));
  CHECK(error.find("is not a date; write it as the export does") != std::string::npos);
}

TEST_CASE("The sheet's own dates say the order, contradictions are errors", "[csv_sheet]") {
  std::vector<Diagnostic> d;
  Sheet month_first = Read("id,start\r\na,01/23/26\r\nb,02/01/26\r\n", &d);
  CHECK(SheetDateOrder(month_first, DateOrder::kUnknown, "s.csv", &d) == DateOrder::kMonthFirst);
  Sheet day_first = Read("id,start\r\na,23/01/2026\r\nb,02/01/2026\r\n", &d);
  CHECK(SheetDateOrder(day_first, DateOrder::kUnknown, "s.csv", &d) == DateOrder::kDayFirst);
  Sheet none = Read("id,start\r\na,02/01/2026\r\n", &d);
  CHECK(SheetDateOrder(none, DateOrder::kUnknown, "s.csv", &d) == DateOrder::kUnknown);
  CHECK(SheetDateOrder(none, DateOrder::kMonthFirst, "s.csv", &d) == DateOrder::kMonthFirst);
  REQUIRE(d.empty());
  Sheet both = Read("id,start\r\na,23/01/2026\r\nb,01/23/2026\r\n", &d);
  SheetDateOrder(both, DateOrder::kUnknown, "s.csv", &d);
  REQUIRE(d.size() == 1);
  CHECK(d[0].ToString().find("s.csv:3:3: \"01/23/2026\" puts the month first, but \"23/01/2026\" on line 2 "
                             "puts the day first") == 0);
}

TEST_CASE("A row applied to its stored event", "[csv_sheet]") {
  std::vector<Diagnostic> d;
  Event stored = Stored();
  auto apply = [&](const std::string& header, const std::string& row) {
    d.clear();
    Sheet sheet = Read(header + "\r\n" + row + "\r\n", &d);
    REQUIRE(d.empty());
    REQUIRE(sheet.rows.size() == 1);
    return ApplyRow(sheet.rows[0], &stored, DateOrder::kUnknown, "s.csv", &d);
  };
  const std::string header = "id,start,end,precision,date_label,type,title,actor_names,actor_ids,roles,place,place_country,factuality";
  // As exported, after a spreadsheet rewrote the dates: nothing changes.
  std::optional<Event> same = apply(header, "000-e01,01/23/26,01/23/26,day,2026\xE2\x80\x91" "01\xE2\x80\x91" "23,meeting,Envoys meet,"
                                            "\"South Korea; United States\",\"KOR; USA\",\"participant; participant\",Seoul,KOR,asserted");
  REQUIRE(same);
  CHECK(SameSheetFields(*same, stored));
  CHECK(same->date.text == "pada hari Jumat");  // the same date keeps its words

  std::optional<Event> edited = apply(header, "000-e01,24/01/2026,24/01/2026,day,2026-01-23,protest,New title,,\"KOR; USA; JPN\","
                                              "\"initiator; target; target\",,,possible");
  REQUIRE(edited);
  CHECK(edited->title == "New title");
  CHECK(edited->type == EventType::kProtest);
  CHECK(edited->date.start == Day("2026-01-24"));
  CHECK(edited->date.text.empty());  // the words told the old date
  CHECK(edited->factuality == Factuality::kPossible);
  REQUIRE(edited->actors.size() == 3);
  CHECK(edited->actors[0].name == "Korea Selatan");  // kept as stored
  CHECK(edited->actors[2].id == "JPN");
  CHECK(edited->actors[2].role == ActorRole::kTarget);
  CHECK_FALSE(edited->place);
  CHECK(edited->evidence.text == "text");  // not the sheet's to change

  // With start and end cleared, date_label says the date.
  std::optional<Event> by_label = apply("id,start,end,precision,date_label", "000-e01,,,day,2026-W04");
  REQUIRE(by_label);
  CHECK(by_label->date.precision == DatePrecision::kWeek);
  CHECK(by_label->date.start == Day("2026-01-19"));
  // Beside dates, a label is not read: after an edit of start and end it
  // still shows the old date, and the next load must not undo the edit.
  std::optional<Event> stale = apply("id,start,end,precision,date_label", "000-e01,2026-01-24,2026-01-24,day,2026-01-23");
  REQUIRE(stale);
  CHECK(stale->date.start == Day("2026-01-24"));

  // A column the sheet lacks leaves its field alone.
  std::optional<Event> title_only = apply("id,title", "000-e01,Only the title");
  REQUIRE(title_only);
  CHECK(title_only->actors.size() == 2);
  CHECK(title_only->date == stored.date);
}

TEST_CASE("Bad cells of a row, each at its line and column", "[csv_sheet]") {
  Event stored = Stored();
  struct Bad {
    std::string header, row, message;
    bool with_stored = true;
  };
  for (const Bad& bad : std::vector<Bad>{
           {"id,type", "000-e01,summit", "s.csv:2:9: type: unknown type \"summit\"; use one of meeting,"},
           {"id,start,end,precision", "000-e01,2026-02-30,,day", "s.csv:2:9: start: \"2026-02-30\" is not a calendar day"},
           {"id,start,end,precision", "000-e01,2026-01-02,2026-01-01,day", "s.csv:2:31: date: "},
           {"id,start,end,precision", "000-e01,2026-01-02,2026-01-02,weekly", "s.csv:2:31: precision: unknown precision \"weekly\""},
           {"id,start", "000-e01,01/02/2026", "s.csv:2:9: start: \"01/02/2026\" is ambiguous"},
           {"id,actor_ids,roles", "000-e01,\"KOR; USA\",initiator", "s.csv:2:20: roles: 1 roles for 2 actors"},
           {"id,actor_ids,roles", "000-e01,KOR,leader", "s.csv:2:13: roles: unknown role \"leader\""},
           {"id,factuality", "000-e01,maybe", "s.csv:2:9: factuality: unknown factuality \"maybe\""},
           {"id,place,place_country", "000-e01,,KOR", "s.csv:2:10: place_country: a country with no place"},
           {"id,title,type", ",New event,", "s.csv:2:12: type: a row without an id adds an event, which needs a type", false},
           {"id,start,date_label", "000-e01,,someday", "s.csv:2:10: date_label: \"someday\" is not a date"}}) {
    std::vector<Diagnostic> d;
    Sheet sheet = Read(bad.header + "\r\n" + bad.row + "\r\n", &d);
    REQUIRE(d.empty());
    REQUIRE(sheet.rows.size() == 1);
    INFO(bad.row);
    CHECK_FALSE(ApplyRow(sheet.rows[0], bad.with_stored ? &stored : nullptr, DateOrder::kUnknown, "s.csv", &d));
    REQUIRE(d.size() == 1);
    CHECK(d[0].ToString().find(bad.message) == 0);
  }
}

TEST_CASE("A row without an id makes a new event", "[csv_sheet]") {
  std::vector<Diagnostic> d;
  Sheet sheet = Read("id;date_label;type;title;actor_names;actor_ids;roles;factuality\r\n"
                     ";2026\xE2\x80\x91" "02;sanction;EU lists new entities;\"European Union; corvaxa exchange\";\"EU; corvaxa\";\"initiator; target\";\r\n",
                     &d);
  REQUIRE(d.empty());
  std::optional<Event> event = ApplyRow(sheet.rows[0], nullptr, DateOrder::kUnknown, "s.csv", &d);
  INFO(Messages(d));
  REQUIRE(event);
  CHECK(event->type == EventType::kSanction);
  CHECK(event->date.precision == DatePrecision::kMonth);
  CHECK(event->factuality == Factuality::kAsserted);
  REQUIRE(event->actors.size() == 2);
  CHECK(event->actors[1].name == "corvaxa exchange");  // a name for an actor of the sheet's own
  CHECK(event->actors[1].role == ActorRole::kTarget);
}

TEST_CASE("The excel-id dialect separates with semicolons and quotes either separator", "[csv_sheet][export]") {
  CHECK(CsvSeparator(CsvDialect::kExcelId) == ';');
  CHECK(CsvCell("PRK; KOR") == "\"PRK; KOR\"");
  CHECK(CsvCell("a\tb") == "\"a\tb\"");
  CHECK(ParseCsvDialect("excel-id") == CsvDialect::kExcelId);
  CHECK_FALSE(ParseCsvDialect("excel"));
}
