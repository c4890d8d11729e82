#include <libical/ical.h>

#include <catch2/catch.hpp>
#include <map>
#include <sstream>

#include "export/csv_writer.h"
#include "export/ical_writer.h"
#include "export/json_writer.h"
#include "export/table_writer.h"
#include "facts/fact_json.h"
#include "registry/registry.h"
#include "util/text.h"

using namespace timeline;

namespace {

date::sys_days Day(const char* text) { return *ParseIsoDay(text); }

EventRecord Record(const std::string& id, const std::string& title, DateSpan date) {
  EventRecord r;
  r.event.id = id;
  r.event.type = EventType::kMissileTest;
  r.event.title = title;
  r.event.date = date;
  r.event.actors = {{"PRK", "Korea Utara", "PRK", ActorRole::kInitiator},
                    {"KOR", "Korea Selatan", "KOR", ActorRole::kTarget}};
  r.event.place = Place{"Seoul", "KOR"};
  r.event.evidence = {"Korea Utara – “uji coba” rudal.", 10, 45};
  r.source.id = "0123456789abcdef";
  r.source.title = "Judul, dengan koma";
  r.source.published = Day("2026-01-26");
  r.source.path = "/data/a.txt";
  return r;
}

std::vector<EventRecord> Sample() {
  std::vector<EventRecord> records;
  records.push_back(Record("e-1", "Korea Utara – “uji coba”; a \"test\", line\nbreak \\ end",
                           DaySpan(Day("2026-01-23"))));
  records.push_back(Record("e-2", "=HYPERLINK(\"http://x\")", MonthSpan(date::year{2025} / 12)));
  records.push_back(Record("e-3", "Undated", DateSpan{}));
  records.push_back(Record("e-4", std::string(200, 'x') + " ü€𝄞 " + std::string(100, 'y'),
                           IsoWeekSpan(2026, 1)));
  return records;
}

std::string Unfold(const std::string& ics) {
  std::string out;
  for (size_t i = 0; i < ics.size(); ++i) {
    if (ics.compare(i, 3, "\r\n ") == 0) {
      i += 2;
      continue;
    }
    out += ics[i];
  }
  return out;
}

IcalOptions AtExportTime() {
  IcalOptions options;
  options.now = date::sys_days(Day("2026-01-26")) + std::chrono::hours(10);
  return options;
}

// The sample's calendar with every event across its whole span.
std::string Ics(const std::vector<EventRecord>& records) {
  std::ostringstream out;
  IcalOptions options = AtExportTime();
  options.long_events = LongEvents::kKeep;
  IcalWriter writer(out, options);
  for (const EventRecord& r : records) writer.Write(r);
  writer.Finish();
  CHECK(writer.skipped() == 1);
  return out.str();
}

// One VEVENT's unfolded lines, by UID; empty when absent.
std::string Vevent(const std::string& ics, const std::string& id) {
  std::string text = Unfold(ics);
  size_t uid = text.find("UID:" + id + "@timeline\r\n");
  if (uid == std::string::npos) return "";
  size_t begin = text.rfind("BEGIN:VEVENT", uid);
  return text.substr(begin, text.find("END:VEVENT", uid) - begin);
}

}  // namespace

TEST_CASE("CSV cells are quoted and neutralised", "[export]") {
  CHECK(CsvCell("plain") == "plain");
  CHECK(CsvCell("a,b") == "\"a,b\"");
  CHECK(CsvCell("say \"hi\"") == "\"say \"\"hi\"\"\"");
  CHECK(CsvCell("\"") == "\"\"\"\"");              // a quote alone
  CHECK(CsvCell("\"\"x\"") == "\"\"\"\"\"x\"\"\"");  // quotes first and last
  CHECK(CsvCell("two\r\nlines") == "\"two\r\nlines\"");
  CHECK(CsvCell("=SUM(A1)") == "'=SUM(A1)");
  CHECK(CsvCell("=HYPERLINK(\"x\")") == "\"'=HYPERLINK(\"\"x\"\")\"");
  CHECK(CsvCell("+1 call me") == "'+1 call me");
  CHECK(CsvCell("-x") == "'-x");
  CHECK(CsvCell("@SUM(A1)") == "'@SUM(A1)");
  CHECK(CsvCell("\tTab") == "\"'\tTab\"");  // TAB splits cells in LibreOffice: quoted
  CHECK(CsvCell("\rCR") == "\"'\rCR\"");
  CHECK(CsvCell("-12.5") == "-12.5");
  CHECK(CsvCell("+3") == "+3");
  CHECK(CsvCell("-1e6") == "-1e6");
  CHECK(CsvCell("-") == "'-");
  CHECK(CsvCell("") == "");
}

TEST_CASE("CSV: BOM, header, CRLF rows, one row per event", "[export]") {
  std::ostringstream out;
  CsvWriter writer(out, CsvOptions{});
  std::vector<EventRecord> records = Sample();
  writer.Write(records[1]);
  writer.Finish();
  std::string csv = out.str();
  REQUIRE(csv.substr(0, 3) == "\xEF\xBB\xBF");
  CHECK(csv.substr(3, csv.find("\r\n") - 3) ==
        "id,start,end,precision,date_label,type,category,title,actor_names,actor_ids,roles,place,"
        "place_country,factuality,source_title,source_published,source_path,source_url,evidence,"
        "evidence_start,evidence_end,plover,cameo,sources,source_titles");
  CHECK(csv.substr(csv.find("\r\n") + 2) ==
        "e-2,2025-12-01,2025-12-31,month,2025\xE2\x80\x91" "12,missile_test,military,\"'=HYPERLINK(\"\"http://x\"\")\","
        "\"Korea Utara; Korea Selatan\",\"PRK; KOR\",\"initiator; target\",Seoul,KOR,asserted,\"Judul, dengan koma\","
        "2026-01-26,a.txt,,Korea Utara – “uji coba” rudal.,10,45,MOBILIZE,15,1,\"Judul, dengan koma\"\r\n");
  // The article's URL in its own column, the path beside it.
  {
    std::ostringstream with_url;
    CsvWriter url_writer(with_url, CsvOptions{false});
    EventRecord record = records[1];
    record.source.source_url = "https://example.com/a?b=1,2";
    url_writer.Write(record);
    std::string text = with_url.str();
    CHECK(text.find(",a.txt,\"https://example.com/a?b=1,2\",Korea Utara") != std::string::npos);
  }
  std::ostringstream no_bom;
  CsvWriter plain(no_bom, CsvOptions{false});
  CHECK(no_bom.str().substr(0, 3) == "id,");
}

TEST_CASE("iCalendar lines are folded at 75 octets, never inside a character", "[export]") {
  std::string ics = Ics(Sample());
  size_t start = 0;
  while (start < ics.size()) {
    size_t end = ics.find("\r\n", start);
    REQUIRE(end != std::string::npos);  // every line ends in CRLF
    std::string line = ics.substr(start, end - start);
    CHECK(line.size() <= 75);
    CHECK(line.find('\n') == std::string::npos);
    if (!line.empty() && line[0] == ' ' && line.size() > 1) {
      CHECK((static_cast<unsigned char>(line[1]) & 0xC0) != 0x80);  // not a continuation byte
    }
    CHECK(FindInvalidUtf8(line) == std::string::npos);
    start = end + 2;
  }
  std::string folded = FoldIcalLine(std::string(74, 'a') + "€b");
  CHECK(folded == std::string(74, 'a') + "\r\n €b\r\n");
}

TEST_CASE("iCalendar TEXT escaping keeps values inside their property", "[export]") {
  CHECK(IcalText("a\\b;c,d\ne\rf") == "a\\\\b\\;c\\,d\\nef");
  std::string ics = Unfold(Ics(Sample()));
  CHECK(ics.find("SUMMARY:Korea Utara – “uji coba”\\; a \"test\"\\, line\\nbreak \\\\ end\r\n") !=
        std::string::npos);
  CHECK(ics.find("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//timeline//timeline 0.1//EN\r\n"
                 "CALSCALE:GREGORIAN\r\nMETHOD:PUBLISH\r\nX-WR-CALNAME:timeline\r\n") == 0);
  CHECK(ics.find("UID:e-1@timeline\r\nDTSTAMP:20260126T100000Z\r\nSEQUENCE:0\r\n"
                 "DTSTART;VALUE=DATE:20260123\r\nDTEND;VALUE=DATE:20260124\r\nTRANSP:TRANSPARENT\r\n") !=
        std::string::npos);
  // A month spans the month; an ISO week its seven days; DTEND is exclusive.
  CHECK(ics.find("DTSTART;VALUE=DATE:20251201\r\nDTEND;VALUE=DATE:20260101\r\n") != std::string::npos);
  CHECK(ics.find("DTSTART;VALUE=DATE:20251229\r\nDTEND;VALUE=DATE:20260105\r\n") != std::string::npos);
  CHECK(ics.find("e-3@timeline") == std::string::npos);  // undated: left out
  CHECK(ics.substr(ics.size() - 15) == "END:VCALENDAR\r\n");
}

TEST_CASE("libical reads the calendar back: UIDs, dates and summaries", "[export]") {
  std::vector<EventRecord> records = Sample();
  std::string ics = Ics(records);
  icalcomponent* calendar = icalparser_parse_string(ics.c_str());
  REQUIRE(calendar != nullptr);
  CHECK(icalcomponent_count_errors(calendar) == 0);
  size_t seen = 0;
  for (icalcomponent* event = icalcomponent_get_first_component(calendar, ICAL_VEVENT_COMPONENT);
       event != nullptr; event = icalcomponent_get_next_component(calendar, ICAL_VEVENT_COMPONENT)) {
    std::string uid = icalcomponent_get_uid(event);
    const EventRecord* expected = nullptr;
    for (const EventRecord& r : records) {
      if (r.event.id + "@timeline" == uid) expected = &r;
    }
    REQUIRE(expected != nullptr);
    INFO(uid);
    CHECK(std::string(icalcomponent_get_summary(event)) == expected->event.title);
    icaltimetype start = icalcomponent_get_dtstart(event);
    icaltimetype end = icalcomponent_get_dtend(event);
    CHECK(start.is_date == 1);
    CHECK(FormatIsoDay(*expected->event.date.start) ==
          date::format("%F", date::sys_days(date::year{start.year} / start.month / start.day)));
    CHECK(FormatIsoDay(*expected->event.date.end + date::days(1)) ==
          date::format("%F", date::sys_days(date::year{end.year} / end.month / end.day)));
    ++seen;
  }
  CHECK(seen == 3);
  icalcomponent_free(calendar);
}

TEST_CASE("JSON export groups events by article into fact documents", "[export]") {
  std::ostringstream out;
  JsonWriter writer(out);
  std::vector<EventRecord> records = Sample();
  records[2].source.id = "fedcba9876543210";
  for (const EventRecord& r : records) writer.Write(r);
  writer.Finish();
  CHECK(writer.documents() == 3);
  std::vector<Diagnostic> diagnostics;
  std::vector<FactDocument> documents = ParseFactFile(out.str(), "export.json", &diagnostics);
  REQUIRE(diagnostics.empty());
  REQUIRE(documents.size() == 3);
  CHECK(documents[0].events.size() == 2);
  CHECK(documents[0].events[0].title == records[0].event.title);
  CHECK(documents[1].article.id == "fedcba9876543210");
  CHECK(out.str().find('\n' + std::string("break")) == std::string::npos);  // newline escaped
  std::ostringstream empty;
  JsonWriter none(empty);
  none.Finish();
  CHECK(empty.str() == "[]\n");
}

TEST_CASE("The table fits the width and never splits a character", "[export]") {
  for (size_t width : {60, 80, 100, 120, 160}) {
    std::ostringstream out;
    TableWriter writer(out, TableOptions{width});
    for (const EventRecord& r : Sample()) writer.Write(r);
    std::istringstream lines(out.str());
    size_t count = 0;
    for (std::string line; std::getline(lines, line); ++count) {
      INFO(width << ": " << line);
      CHECK(DisplayWidth(line) <= width);
      CHECK(FindInvalidUtf8(line) == std::string::npos);
    }
    CHECK(count == 6);  // header, rule, 4 events
    CHECK(out.str().find("2025-12 ") != std::string::npos);
    CHECK(out.str().find("2026-W01 ") != std::string::npos);
    CHECK(out.str().find("undated") != std::string::npos);
  }
}

TEST_CASE("CSV actor names: the registry's in one language, a file's own actor by its name", "[export]") {
  EventRecord record = Sample()[1];  // PRK "Korea Utara", KOR "Korea Selatan", as an Indonesian article names them
  record.event.actors.push_back({"prk-hackers", "peretas Korea Utara", "PRK", ActorRole::kParticipant});
  record.event.actors.push_back({"no-name", "", "", ActorRole::kParticipant});
  auto names = [&](const Registry* registry, Language language) {
    std::ostringstream out;
    CsvWriter writer(out, CsvOptions{false, {}, registry, language});
    writer.Write(record);
    writer.Finish();
    return out.str().substr(out.str().find("\r\n") + 2);
  };
  CHECK(names(&Registry::Builtin(), Language::kEnglish)
            .find(",\"North Korea; South Korea; peretas Korea Utara; no-name\",\"PRK; KOR; prk-hackers; no-name\",") !=
        std::string::npos);
  CHECK(names(&Registry::Builtin(), Language::kIndonesian)
            .find(",\"Korea Utara; Korea Selatan; peretas Korea Utara; no-name\",\"PRK; KOR; prk-hackers; no-name\",") !=
        std::string::npos);
  // Without a registry: as the fact files wrote them.
  CHECK(names(nullptr, Language::kEnglish)
            .find(",\"Korea Utara; Korea Selatan; peretas Korea Utara; no-name\",") != std::string::npos);
}

namespace {

// A year-long range, a month, an ISO week and two days: what a calendar does
// with each under `options`.
struct LongSample {
  std::vector<EventRecord> records;
  LongSample() {
    records.push_back(Record("range", "Hackers stole crypto",
                             DateSpan{Day("2021-01-01"), Day("2023-12-31"), DatePrecision::kRange, ""}));
    records.back().event.type = EventType::kTheft;
    records.push_back(Record("month", "Envoys met", MonthSpan(date::year{2026} / 3)));
    records.back().event.type = EventType::kMeeting;
    records.push_back(Record("week", "Drills", IsoWeekSpan(2026, 10)));
    records.push_back(Record("days", "Summit", DateSpan{Day("2026-05-08"), Day("2026-05-09"), DatePrecision::kDay, ""}));
  }
  struct Written {
    std::string ics;
    size_t written, shortened, skipped_long;
  };
  Written Write(IcalOptions options) const {
    std::ostringstream out;
    IcalWriter writer(out, options);
    for (const EventRecord& r : records) writer.Write(r);
    writer.Finish();
    return {out.str(), writer.written(), writer.shortened(), writer.skipped_long()};
  }
};

}  // namespace

TEST_CASE("iCalendar long events: on their first day by default, or left out, or whole", "[export][ical]") {
  LongSample sample;
  LongSample::Written start = sample.Write(AtExportTime());
  CHECK(start.shortened == 2);
  CHECK(start.skipped_long == 0);
  // The range and the month: one all-day event on their first day, the span
  // said in SUMMARY and DESCRIPTION.
  std::string range = Vevent(start.ics, "range");
  CHECK(range.find("DTSTART;VALUE=DATE:20210101\r\nDTEND;VALUE=DATE:20210102\r\n") != std::string::npos);
  CHECK(range.find("SUMMARY:Hackers stole crypto (2021–2023)\r\n") != std::string::npos);
  CHECK(range.find("\\nShown on its first day: the date as told spans 1095 days (2021–2023\\, a range of years)\\n") !=
        std::string::npos);
  std::string month = Vevent(start.ics, "month");
  CHECK(month.find("DTSTART;VALUE=DATE:20260301\r\nDTEND;VALUE=DATE:20260302\r\n") != std::string::npos);
  CHECK(month.find("SUMMARY:Envoys met (2026-03)\r\n") != std::string::npos);
  CHECK(month.find("DESCRIPTION:When: some day in March 2026\\nShown on its first day: the date as told spans "
                   "31 days (2026-03\\, a month)\\n") != std::string::npos);
  // A week is not longer than 7 days; two days are not either.
  std::string week = Vevent(start.ics, "week");
  CHECK(week.find("DTSTART;VALUE=DATE:20260302\r\nDTEND;VALUE=DATE:20260309\r\n") != std::string::npos);
  CHECK(week.find("SUMMARY:Drills\r\n") != std::string::npos);
  CHECK(Vevent(start.ics, "days").find("DTSTART;VALUE=DATE:20260508\r\nDTEND;VALUE=DATE:20260510\r\n") !=
        std::string::npos);

  IcalOptions skip = AtExportTime();
  skip.long_events = LongEvents::kSkip;
  LongSample::Written skipped = sample.Write(skip);
  CHECK(skipped.skipped_long == 2);
  CHECK(skipped.written == 2);
  CHECK(Vevent(skipped.ics, "range").empty());
  CHECK(Vevent(skipped.ics, "month").empty());
  CHECK_FALSE(Vevent(skipped.ics, "week").empty());

  IcalOptions keep = AtExportTime();
  keep.long_events = LongEvents::kKeep;
  LongSample::Written kept = sample.Write(keep);
  CHECK(kept.shortened == 0);
  CHECK(Vevent(kept.ics, "range").find("DTSTART;VALUE=DATE:20210101\r\nDTEND;VALUE=DATE:20240101\r\n") !=
        std::string::npos);
  CHECK(Vevent(kept.ics, "range").find("Shown on its first day") == std::string::npos);

  // The threshold moves: 31 days keeps the month whole; 6 shortens the week.
  IcalOptions month_long = AtExportTime();
  month_long.long_event_days = 31;
  CHECK(Vevent(sample.Write(month_long).ics, "month").find("DTEND;VALUE=DATE:20260401\r\n") != std::string::npos);
  IcalOptions short_span = AtExportTime();
  short_span.long_event_days = 6;
  std::string short_week = Vevent(sample.Write(short_span).ics, "week");
  CHECK(short_week.find("DTSTART;VALUE=DATE:20260302\r\nDTEND;VALUE=DATE:20260303\r\n") != std::string::npos);
  CHECK(short_week.find("spans 7 days (2026-W10\\, a week)") != std::string::npos);

  // The UID is the event's whatever the option: a subscribed calendar updates
  // the event instead of gaining a second one.
  for (const LongSample::Written& w : {start, kept}) {
    CHECK(Unfold(w.ics).find("UID:range@timeline\r\n") != std::string::npos);
  }
  // A removed long event is still cancelled under kSkip: the calendar may
  // hold it from an export with another option.
  LongSample removed;
  removed.records.resize(1);
  removed.records[0].removed = true;
  LongSample::Written cancelled = removed.Write(skip);
  CHECK(cancelled.written == 1);
  CHECK(Vevent(cancelled.ics, "range").find("STATUS:CANCELLED\r\n") != std::string::npos);
}

TEST_CASE("iCalendar factuality: possible is TENTATIVE, negated left out unless asked", "[export][ical]") {
  std::vector<EventRecord> records;
  for (Factuality f : {Factuality::kAsserted, Factuality::kPossible, Factuality::kNegated}) {
    records.push_back(Record(std::string(ToString(f)), "Test", DaySpan(Day("2026-01-23"))));
    records.back().event.factuality = f;
  }
  auto write = [&](bool negated, size_t* skipped) {
    std::ostringstream out;
    IcalOptions options = AtExportTime();
    options.negated = negated;
    IcalWriter writer(out, options);
    for (const EventRecord& r : records) writer.Write(r);
    writer.Finish();
    *skipped = writer.skipped_negated();
    return out.str();
  };
  size_t skipped = 0;
  std::string plain = write(false, &skipped);
  CHECK(skipped == 1);
  CHECK(Vevent(plain, "asserted").find("STATUS:CONFIRMED\r\n") != std::string::npos);
  CHECK(Vevent(plain, "possible").find("STATUS:TENTATIVE\r\n") != std::string::npos);
  CHECK(Vevent(plain, "negated").empty());
  std::string asked = write(true, &skipped);
  CHECK(skipped == 0);
  CHECK(Vevent(asked, "negated").find("STATUS:CANCELLED\r\n") != std::string::npos);
  // libical reads the statuses back as such.
  icalcomponent* calendar = icalparser_parse_string(asked.c_str());
  REQUIRE(calendar != nullptr);
  std::map<std::string, icalproperty_status> statuses;
  for (icalcomponent* e = icalcomponent_get_first_component(calendar, ICAL_VEVENT_COMPONENT); e;
       e = icalcomponent_get_next_component(calendar, ICAL_VEVENT_COMPONENT)) {
    statuses[icalcomponent_get_uid(e)] = icalcomponent_get_status(e);
  }
  icalcomponent_free(calendar);
  CHECK(statuses["asserted@timeline"] == ICAL_STATUS_CONFIRMED);
  CHECK(statuses["possible@timeline"] == ICAL_STATUS_TENTATIVE);
  CHECK(statuses["negated@timeline"] == ICAL_STATUS_CANCELLED);
}

TEST_CASE("iCalendar names the type in the calendar's language", "[export][ical]") {
  std::vector<EventRecord> records = {Record("e-1", "Test", DaySpan(Day("2026-01-23")))};
  for (auto [language, name] : {std::pair{Language::kEnglish, "Missile test"}, std::pair{Language::kIndonesian, "Uji coba rudal"}}) {
    std::ostringstream out;
    IcalOptions options = AtExportTime();
    options.language = language;
    IcalWriter writer(out, options);
    writer.Write(records[0]);
    writer.Finish();
    CHECK(Unfold(out.str()).find("\\nType: " + std::string(name) + " (missile_test\\, military)\\n") != std::string::npos);
  }
}
