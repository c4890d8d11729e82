// Calendars that behave and codes that line up (issue 15, points 5 and 6),
// end to end: long events, several factualities, negated and possible
// events in iCalendar read back with libical; PLOVER and CAMEO codes in CSV
// and JSON, and --type with PLOVER names.

#include <libical/ical.h>

#include <catch2/catch.hpp>

#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <string>
#include <vector>

#include "cli/run.h"

using namespace timeline::testing;

namespace {

struct Sentence {
  const char* id;
  const char* type;
  const char* start;
  const char* end;
  const char* precision;
  const char* factuality;
  std::vector<std::pair<const char*, const char*>> actors;  // id, role
  const char* text;
};

// A year-long theft, a month-precision meeting, a possible summit, a
// negated attack, a protest with a target and a week of drills.
const std::vector<Sentence> kSentences = {
    {"cal-theft", "theft", "2021-01-01", "2023-12-31", "range", "asserted", {{"PRK", "initiator"}},
     "North Korean hackers stole crypto worth billions between 2021 and 2023."},
    {"cal-meeting", "meeting", "2026-03-01", "2026-03-31", "month", "asserted",
     {{"KOR", "participant"}, {"JPN", "participant"}}, "Envoys of South Korea and Japan met in March."},
    {"cal-summit", "meeting", "2026-05-08", "2026-05-09", "day", "possible",
     {{"KOR", "participant"}, {"USA", "participant"}}, "A summit of South Korea and the US is planned for 8-9 May."},
    {"cal-attack", "attack", "2026-01-23", "2026-01-23", "day", "negated",
     {{"PRK", "initiator"}, {"KOR", "target"}}, "North Korea did not attack South Korea on Friday."},
    {"cal-protest", "protest", "2026-01-24", "2026-01-24", "day", "asserted",
     {{"JPN", "initiator"}, {"PRK", "target"}}, "Japan condemned North Korea on Saturday."},
    {"cal-drill", "drill", "2026-03-02", "2026-03-08", "week", "asserted",
     {{"USA", "participant"}, {"KOR", "participant"}}, "US and South Korean forces held drills that week."},
};

struct CalendarDb {
  TempDir dir;
  std::string db = dir.File("t.db");
  CalendarDb() {
    std::string text = "2026-01-26\n\nCalendar test article\n\n";
    nlohmann::ordered_json doc;
    doc["article"] = {{"title", "Calendar test article"}, {"published", "2026-01-26"}, {"language", "en"},
                      {"path", "article.txt"}};
    doc["events"] = nlohmann::ordered_json::array();
    for (const Sentence& s : kSentences) {
      size_t start = text.size();
      text += std::string(s.text) + " ";
      nlohmann::ordered_json actors = nlohmann::ordered_json::array();
      for (const auto& [id, role] : s.actors) actors.push_back({{"id", id}, {"name", id}, {"role", role}});
      doc["events"].push_back({{"id", s.id},
                               {"type", s.type},
                               {"title", std::string("Title of ") + s.id},
                               {"date", {{"start", s.start}, {"end", s.end}, {"precision", s.precision}}},
                               {"actors", actors},
                               {"factuality", s.factuality},
                               {"evidence", {{"text", s.text}, {"start", start}, {"end", start + std::string(s.text).size()}}}});
    }
    WriteAll(dir.File("article.txt"), text + "\n");
    WriteAll(dir.File("facts.json"), doc.dump(2));
    RunResult r = Run({"load", dir.File("facts.json")});
    INFO(r.err);
    REQUIRE(r.exit_code == 0);
  }
  RunResult Run(std::vector<std::string> args) const {
    args.insert(args.begin(), {"--db", db});
    return RunTimeline(args);
  }
};

struct Vevent {
  std::string start, end;  // DTSTART and DTEND (exclusive), YYYY-MM-DD
  std::string status, summary, description;
};

std::string Day(icaltimetype t) {
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", t.year, t.month, t.day);
  return buffer;
}

// The calendar as libical reads it, by event id; no parse errors allowed.
std::map<std::string, Vevent> Parse(const std::string& ics) {
  std::map<std::string, Vevent> out;
  icalcomponent* calendar = icalparser_parse_string(ics.c_str());
  REQUIRE(calendar != nullptr);
  CHECK(icalcomponent_count_errors(calendar) == 0);
  for (icalcomponent* e = icalcomponent_get_first_component(calendar, ICAL_VEVENT_COMPONENT); e;
       e = icalcomponent_get_next_component(calendar, ICAL_VEVENT_COMPONENT)) {
    std::string uid = icalcomponent_get_uid(e);
    REQUIRE(uid.size() > 9);
    out[uid.substr(0, uid.size() - 9)] = {Day(icalcomponent_get_dtstart(e)), Day(icalcomponent_get_dtend(e)),
                                          icalproperty_status_to_string(icalcomponent_get_status(e)),
                                          icalcomponent_get_summary(e), icalcomponent_get_description(e)};
  }
  icalcomponent_free(calendar);
  return out;
}

std::set<std::string> Ids(const std::map<std::string, Vevent>& calendar) {
  std::set<std::string> ids;
  for (const auto& [id, e] : calendar) ids.insert(id);
  return ids;
}

}  // namespace

TEST_CASE("A calendar puts long events on their first day, drops or keeps them on request", "[cli][calendar]") {
  CalendarDb s;
  RunResult r = s.Run({"export", "--format", "ics"});
  INFO(r.err);
  REQUIRE(r.exit_code == 0);
  auto calendar = Parse(r.out);
  // Asserted only (the default): no summit, no denied attack.
  CHECK(Ids(calendar) == std::set<std::string>{"cal-drill", "cal-meeting", "cal-protest", "cal-theft"});
  // The year-long theft: one day, with its span in the title and description.
  CHECK(calendar["cal-theft"].start == "2021-01-01");
  CHECK(calendar["cal-theft"].end == "2021-01-02");
  CHECK(calendar["cal-theft"].summary == "Title of cal-theft (2021–2023)");
  CHECK(calendar["cal-theft"].description.find("Shown on its first day: the date as told spans 1095 days "
                                               "(2021–2023, a range of years)") != std::string::npos);
  // The month-precision meeting: an all-day event on 1 March, "a month".
  CHECK(calendar["cal-meeting"].start == "2026-03-01");
  CHECK(calendar["cal-meeting"].end == "2026-03-02");
  CHECK(calendar["cal-meeting"].description.find("When: some day in March 2026\nShown on its first day: the "
                                                 "date as told spans 31 days (2026-03, a month)") != std::string::npos);
  // A week is no longer than 7 days: its seven days.
  CHECK(calendar["cal-drill"].start == "2026-03-02");
  CHECK(calendar["cal-drill"].end == "2026-03-09");
  CHECK(calendar["cal-drill"].summary == "Title of cal-drill");
  CHECK(r.err.find("timeline: 2 events longer than 7 days put on their first day (--long-events keep spans "
                   "them whole)\n") != std::string::npos);

  RunResult skip = s.Run({"export", "--format", "ics", "--long-events", "skip"});
  REQUIRE(skip.exit_code == 0);
  CHECK(Ids(Parse(skip.out)) == std::set<std::string>{"cal-drill", "cal-protest"});
  CHECK(skip.err.find("timeline: exported 2 events\n") != std::string::npos);
  CHECK(skip.err.find("timeline: 2 events longer than 7 days left out of the calendar (--long-events skip; "
                      "start puts them on their first day)\n") != std::string::npos);

  RunResult keep = s.Run({"export", "--format", "ics", "--long-events", "KEEP"});
  REQUIRE(keep.exit_code == 0);
  auto whole = Parse(keep.out);
  CHECK(whole["cal-theft"].end == "2024-01-01");
  CHECK(whole["cal-meeting"].end == "2026-04-01");
  CHECK(whole["cal-theft"].summary == "Title of cal-theft");
  // The same UIDs whatever the option: a subscriber sees them move, not double.
  CHECK(Ids(whole) == Ids(calendar));

  RunResult month = s.Run({"export", "--format", "ics", "--long-event-days", "31"});
  auto months = Parse(month.out);
  CHECK(months["cal-meeting"].end == "2026-04-01");
  CHECK(months["cal-theft"].end == "2021-01-02");
  RunResult days = s.Run({"query", "--format", "ics", "--long-event-days", "6"});
  REQUIRE(days.exit_code == 0);
  auto week = Parse(days.out);
  CHECK(week["cal-drill"].end == "2026-03-03");
  CHECK(week["cal-drill"].description.find("spans 7 days (2026-W10, a week)") != std::string::npos);
}

TEST_CASE("Several factualities: possible events tentative, negated ones only when named", "[cli][calendar]") {
  CalendarDb s;
  RunResult planned = s.Run({"export", "--format", "ics", "--factuality", "asserted,possible"});
  INFO(planned.err);
  REQUIRE(planned.exit_code == 0);
  auto calendar = Parse(planned.out);
  CHECK(Ids(calendar) == std::set<std::string>{"cal-drill", "cal-meeting", "cal-protest", "cal-summit", "cal-theft"});
  CHECK(calendar["cal-summit"].status == "TENTATIVE");
  CHECK(calendar["cal-protest"].status == "CONFIRMED");
  CHECK(planned.err.find("negated") == std::string::npos);

  // "any": what happened and what may; the denied attack is left out, and said.
  RunResult any = s.Run({"export", "--format", "ics", "--factuality", "any"});
  REQUIRE(any.exit_code == 0);
  CHECK(Ids(Parse(any.out)) == Ids(calendar));
  CHECK(any.err.find("timeline: 1 event that did not happen (negated) left out of the calendar; name them to "
                     "add them as cancelled: --factuality asserted,possible,negated\n") != std::string::npos);

  // Named, by commas or by repeating the option: cancelled.
  for (const std::vector<std::string>& args :
       {std::vector<std::string>{"export", "--format", "ics", "--factuality", "asserted,possible,negated"},
        std::vector<std::string>{"export", "--format", "ics", "--factuality", "negated", "--factuality", "possible"}}) {
    RunResult named = s.Run(args);
    REQUIRE(named.exit_code == 0);
    auto with_negated = Parse(named.out);
    REQUIRE(with_negated.count("cal-attack") == 1);
    CHECK(with_negated["cal-attack"].status == "CANCELLED");
    CHECK(named.err.find("left out of the calendar; name them") == std::string::npos);
  }

  // A removed event is still cancelled with --include-removed, whatever the
  // factuality asked for (the negated attack, removed).
  REQUIRE(s.Run({"remove", "cal-attack"}).exit_code == 0);
  RunResult removed = s.Run({"export", "--format", "ics", "--include-removed"});
  REQUIRE(removed.exit_code == 0);
  auto cancelled = Parse(removed.out);
  REQUIRE(cancelled.count("cal-attack") == 1);
  CHECK(cancelled["cal-attack"].status == "CANCELLED");
}

TEST_CASE("Several factualities select the same events in every format", "[cli][calendar]") {
  CalendarDb s;
  RunResult csv = s.Run({"query", "--format", "csv", "--no-bom", "--factuality", "possible,negated"});
  REQUIRE(csv.exit_code == 0);
  auto rows = ParseCsv(csv.out);
  REQUIRE(rows.size() == 3);
  std::set<std::string> ids = {rows[1][0], rows[2][0]};
  CHECK(ids == std::set<std::string>{"cal-attack", "cal-summit"});
  RunResult json = s.Run({"export", "--format", "json", "--factuality", "possible", "--factuality", "negated"});
  REQUIRE(json.exit_code == 0);
  CHECK(nlohmann::json::parse(json.out)[0]["events"].size() == 2);
  RunResult table = s.Run({"query", "--factuality", "NEGATED"});
  CHECK(table.out.find("cal-attack") != std::string::npos);
  CHECK(table.out.find("cal-summit") == std::string::npos);
}

TEST_CASE("CSV and JSON carry PLOVER and CAMEO codes, --type takes PLOVER names", "[cli][codes]") {
  CalendarDb s;
  RunResult csv = s.Run({"export", "--format", "csv", "--no-bom", "--factuality", "any"});
  REQUIRE(csv.exit_code == 0);
  auto rows = ParseCsv(csv.out);
  REQUIRE(rows.size() == 7);
  // Appended: the columns before keep their places.
  REQUIRE(rows[0].size() == 25);  // then sources, source_titles (merging reports)
  CHECK(rows[0][20] == "evidence_end");
  CHECK(rows[0][21] == "plover");
  CHECK(rows[0][22] == "cameo");
  CHECK(rows[0][23] == "sources");
  std::map<std::string, std::string> codes;
  for (size_t i = 1; i < rows.size(); ++i) codes[rows[i][0]] = rows[i][21] + "/" + rows[i][22];
  CHECK(codes == std::map<std::string, std::string>{{"cal-theft", "COERCE/17"},
                                                    {"cal-meeting", "CONSULT/04"},
                                                    {"cal-summit", "CONSULT/03"},   // possible: intent to meet
                                                    {"cal-attack", "ASSAULT/19"},   // negated: what was denied
                                                    {"cal-protest", "ACCUSE/11"},   // has a target
                                                    {"cal-drill", "MOBILIZE/15"}});
  RunResult json = s.Run({"export", "--format", "json", "--factuality", "any", "-o", s.dir.File("all.json")});
  REQUIRE(json.exit_code == 0);
  std::map<std::string, nlohmann::json> events;
  nlohmann::json exported = nlohmann::json::parse(ReadAll(s.dir.File("all.json")));
  for (const auto& e : exported[0]["events"]) events[e["id"]] = e;
  CHECK(events["cal-summit"]["plover"] == "CONSULT");
  CHECK(events["cal-summit"]["cameo"] == "03");
  // The codes are derived: the export loads back, and the same again.
  TempDir other;
  RunResult loaded = RunTimeline({"--db", other.File("u.db"), "load", s.dir.File("all.json")});
  INFO(loaded.err);
  REQUIRE(loaded.exit_code == 0);
  RunResult again = RunTimeline({"--db", other.File("u.db"), "export", "--format", "json", "--factuality", "any",
                                 "-o", s.dir.File("again.json")});
  REQUIRE(again.exit_code == 0);
  CHECK(ReadAll(s.dir.File("again.json")) == ReadAll(s.dir.File("all.json")));

  auto ids_of = [&](std::vector<std::string> args) {
    args.insert(args.begin(), {"query", "--format", "csv", "--no-bom", "--factuality", "any"});
    RunResult r = s.Run(args);
    INFO(r.err);
    REQUIRE(r.exit_code == 0);
    std::set<std::string> ids;
    auto table = ParseCsv(r.out);
    for (size_t i = 1; i < table.size(); ++i) ids.insert(table[i][0]);
    return ids;
  };
  CHECK(ids_of({"--type", "MOBILIZE"}) == std::set<std::string>{"cal-drill"});
  CHECK(ids_of({"--type", "consult"}) == std::set<std::string>{"cal-meeting", "cal-summit"});
  CHECK(ids_of({"--type", "ACCUSE"}) == std::set<std::string>{"cal-protest"});
  CHECK(ids_of({"--type", "ASSAULT", "--type", "COERCE"}) == std::set<std::string>{"cal-attack", "cal-theft"});
  RunResult unmapped = s.Run({"query", "--type", "SUPPORT"});
  CHECK(unmapped.exit_code == 2);
  CHECK(unmapped.err.find("--type: \"SUPPORT\" is not a type, category or PLOVER type: use meeting,") !=
        std::string::npos);
}
