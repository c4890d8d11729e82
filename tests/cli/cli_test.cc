// End-to-end: the real `timeline` binary on temporary databases over seeds/.

#include <SQLiteCpp/SQLiteCpp.h>
#include <libical/ical.h>

#include <catch2/catch.hpp>
#include <algorithm>
#include <filesystem>
#include <map>
#include <nlohmann/json.hpp>

#include "cli/dump.h"
#include "cli/run.h"
#include "store/store.h"

using namespace timeline::testing;
namespace fs = std::filesystem;

TEST_CASE("Loading the seeds twice changes nothing the second time", "[cli]") {
  SeededDb s;
  std::string before = Dump(s.db);
  RunResult again = s.Run({"load", SourcePath("seeds")});
  REQUIRE(again.exit_code == 0);
  CHECK(again.out.find("1 unchanged") != std::string::npos);
  CHECK(again.out.find("0 events added, 0 changed, 0 removed") != std::string::npos);
  CHECK(Dump(s.db) == before);
}

TEST_CASE("Every alias of North Korea gives the same timeline", "[cli]") {
  SeededDb s;
  RunResult reference = s.Run({"query", "--actor", "Korea Utara"});
  REQUIRE(reference.exit_code == 0);
  REQUIRE(reference.out.find("North Korea") != std::string::npos);  // actors by name (issue 15)
  for (const char* alias : {"north korea", "Korut", "DPRK", "N. Korea", "Pyongyang", "PRK", "KOREA UTARA"}) {
    INFO(alias);
    RunResult r = s.Run({"query", "--actor", alias});
    CHECK(r.exit_code == 0);
    CHECK(r.out == reference.out);
  }
}

TEST_CASE("The README's queries print their golden output", "[cli][golden]") {
  SeededDb s;
  struct Case {
    const char* golden;
    std::vector<std::string> args;
  };
  const Case cases[] = {
      {"query_korea_utara.txt", {"query", "--actor", "Korea Utara"}},
      {"query_north_korea_2025_12.txt", {"query", "--actor", "North Korea", "--from", "2025-12", "--to", "2025-12"}},
      {"query_as_drill.txt", {"query", "--actor", "AS", "--type", "drill"}},
      {"query_sanction.txt", {"query", "--type", "sanction"}},
      {"query_text_kripto.txt", {"query", "--text", "kripto"}},
      {"query_korea_utara.json", {"query", "--actor", "Korea Utara", "--format", "json"}},
  };
  for (const Case& c : cases) {
    INFO(c.golden);
    // From the checkout's root, so that JSON names the article "seeds/..."
    // (relative to the working folder, where its output would be saved).
    RunResult r = s.Run(c.args, {}, SourcePath(""));
    INFO(r.err);
    CHECK(r.exit_code == 0);
    CheckGolden(c.golden, r.out);
  }
}

TEST_CASE("Bad fact files are refused with their place named and change nothing", "[cli]") {
  SeededDb s;
  std::string before = Dump(s.db);
  std::string facts = ReadAll(SourcePath("seeds/000_69a52ad502c6601e.json"));
  struct Case {
    std::string from, to, message;
  };
  const Case cases[] = {
      {"\"type\": \"meeting\"", "\"type\": \"summit\"", "type: unknown type \"summit\""},
      {"\"id\": \"PRK\"", "\"id\": \"PKR\"", "unknown actor id \"PKR\""},
      {"\"start\": \"2026-01-23\"", "\"start\": \"2026-02-30\"", "2026-02-30 does not exist"},
      {"\"events\": [", "\"events\": [,", ".json:"},
  };
  for (const Case& c : cases) {
    INFO(c.to);
    size_t at = facts.find(c.from);
    REQUIRE(at != std::string::npos);
    std::string edited = facts;
    edited.replace(at, c.from.size(), c.to);
    std::string path = s.dir.File("000_69a52ad502c6601e.json");
    WriteAll(path, edited);
    fs::copy_file(SourcePath("seeds/000_69a52ad502c6601e.txt"), s.dir.File("000_69a52ad502c6601e.txt"),
                  fs::copy_options::overwrite_existing);
    RunResult r = s.Run({"load", path});
    CHECK(r.exit_code == 1);
    CHECK(r.err.find(path) != std::string::npos);
    CHECK(r.err.find(c.message) != std::string::npos);
    CHECK(Dump(s.db) == before);
  }
}

TEST_CASE("Edited facts replace the article's events and keep their ids", "[cli]") {
  SeededDb s;
  nlohmann::json doc = nlohmann::json::parse(ReadAll(SourcePath("seeds/000_69a52ad502c6601e.json")));
  std::string first_id = doc["events"][0]["id"];
  std::string removed_id = doc["events"].back()["id"];
  doc["events"][0]["title"] = "A corrected title";
  doc["events"].erase(doc["events"].size() - 1);
  fs::copy_file(SourcePath("seeds/000_69a52ad502c6601e.txt"), s.dir.File("000_69a52ad502c6601e.txt"));
  WriteAll(s.dir.File("000_69a52ad502c6601e.json"), doc.dump(2));
  RunResult r = s.Run({"load", s.dir.File("000_69a52ad502c6601e.json")});
  INFO(r.err);
  REQUIRE(r.exit_code == 0);
  CHECK(r.out.find("1 replaced") != std::string::npos);
  CHECK(r.out.find("1 changed, 1 removed") != std::string::npos);
  RunResult shown = s.Run({"show", first_id});
  CHECK(shown.exit_code == 0);
  CHECK(shown.out.find("A corrected title") != std::string::npos);
  CHECK(s.Run({"show", removed_id}).exit_code == 1);
  // The calendar sees the same UID with a higher SEQUENCE.
  RunResult ics = s.Run({"export", "--format", "ics", "--factuality", "any"});
  CHECK(ics.out.find("UID:" + first_id + "@timeline") != std::string::npos);
  CHECK(ics.out.find("SEQUENCE:1") != std::string::npos);
}

TEST_CASE("A JSON export loads back unchanged", "[cli]") {
  SeededDb s;
  RunResult exported = s.Run({"export", "--format", "json", "--factuality", "any", "-o", s.dir.File("all.json")});
  INFO(exported.err);
  REQUIRE(exported.exit_code == 0);
  TempDir other;
  RunResult loaded = RunTimeline({"--db", other.File("u.db"), "load", s.dir.File("all.json")});
  INFO(loaded.err);
  REQUIRE(loaded.exit_code == 0);
  // Exported again beside the first export: the same bytes.
  RunResult again = RunTimeline(
      {"--db", other.File("u.db"), "export", "--format", "json", "--factuality", "any", "-o", s.dir.File("again.json")});
  REQUIRE(again.exit_code == 0);
  CHECK(ReadAll(s.dir.File("again.json")) == ReadAll(s.dir.File("all.json")));
  // And loading it into the database it came from changes nothing.
  std::string before = Dump(s.db);
  CHECK(s.Run({"load", s.dir.File("all.json")}).exit_code == 0);
  CHECK(Dump(s.db) == before);
}

TEST_CASE("Unknown names and bad options get clear messages and exit codes", "[cli]") {
  SeededDb s;
  RunResult r = s.Run({"query", "--actor", "Korea Utra"});
  CHECK(r.exit_code == 1);
  CHECK(r.err.find("--actor \"Korea Utra\": no actor by that name; did you mean") != std::string::npos);
  CHECK(r.err.find("Korea Utara") != std::string::npos);
  CHECK(s.Run({"query", "--from", "2026-13"}).exit_code == 2);
  CHECK(s.Run({"query", "--from", "2026-13"}).err.find("month 13 does not exist") != std::string::npos);
  CHECK(s.Run({"query", "--limit", "-3"}).exit_code == 2);
  CHECK(s.Run({"query", "--format", "pdf"}).exit_code == 2);
  CHECK(s.Run({"query", "--actor", ""}).exit_code == 2);
  CHECK(s.Run({"query", "--type", "parade"}).err.find("not a type, category or PLOVER type") != std::string::npos);
  RunResult missing_folder = s.Run({"export", "-o", s.dir.File("no/such/out.csv")});
  CHECK(missing_folder.exit_code == 1);
  CHECK(missing_folder.err.find("does not exist") != std::string::npos);
  CHECK_FALSE(fs::exists(s.dir.File("no")));
  RunResult no_db = RunTimeline({"--db", s.dir.File("none.db"), "query"});
  CHECK(no_db.exit_code == 1);
  CHECK(no_db.err.find("no timeline database here") != std::string::npos);
  CHECK_FALSE(fs::exists(s.dir.File("none.db")));
}

TEST_CASE("A database from a newer timeline is refused by name", "[cli]") {
  SeededDb s;
  {
    SQLite::Database db(s.db, SQLite::OPEN_READWRITE);
    db.exec("PRAGMA user_version = 99");
  }
  RunResult r = s.Run({"query"});
  CHECK(r.exit_code == 1);
  CHECK(r.err.find("schema version 99 is too new") != std::string::npos);
}

TEST_CASE("The database path comes from --db, else $TIMELINE_DB, else ./timeline.db", "[cli]") {
  TempDir dir;
  RunResult by_env = RunTimeline({"load", SourcePath("seeds")}, {"TIMELINE_DB=" + dir.File("env.db")});
  REQUIRE(by_env.exit_code == 0);
  CHECK(fs::exists(dir.File("env.db")));
  RunResult by_cwd = RunTimeline({"load", SourcePath("seeds")}, {}, dir.path());
  REQUIRE(by_cwd.exit_code == 0);
  CHECK(fs::exists(dir.File("timeline.db")));
}

TEST_CASE("The CSV export reads back as the database's rows", "[cli]") {
  SeededDb s;
  RunResult csv = s.Run({"export", "--format", "csv", "--factuality", "any"});
  RunResult json = s.Run({"export", "--format", "json", "--factuality", "any"});
  REQUIRE(csv.exit_code == 0);
  REQUIRE(json.exit_code == 0);
  REQUIRE(csv.out.substr(0, 3) == "\xEF\xBB\xBF");
  std::vector<std::vector<std::string>> rows = ParseCsv(csv.out.substr(3));
  nlohmann::json documents = nlohmann::json::parse(json.out);
  std::map<std::string, nlohmann::json> events;
  for (const auto& doc : documents) {
    for (const auto& e : doc["events"]) events[e["id"]] = e;
  }
  REQUIRE(rows.size() == events.size() + 1);
  const std::vector<std::string>& header = rows[0];
  auto column = [&](const std::string& name) {
    return static_cast<size_t>(std::find(header.begin(), header.end(), name) - header.begin());
  };
  for (size_t i = 1; i < rows.size(); ++i) {
    const std::vector<std::string>& row = rows[i];
    REQUIRE(row.size() == header.size());
    const nlohmann::json& e = events.at(row[column("id")]);
    INFO(row[column("id")]);
    CHECK(row[column("type")] == e["type"]);
    CHECK(row[column("title")] == e["title"]);
    CHECK(row[column("start")] == (e["date"]["start"].is_null() ? "" : e["date"]["start"].get<std::string>()));
    CHECK(row[column("end")] == (e["date"]["end"].is_null() ? "" : e["date"]["end"].get<std::string>()));
    CHECK(row[column("precision")] == e["date"]["precision"]);
    CHECK(row[column("factuality")] == e["factuality"]);
    CHECK(row[column("evidence")] == e["evidence"]["text"]);
    CHECK(row[column("evidence_start")] == std::to_string(e["evidence"]["start"].get<size_t>()));
    std::string ids;
    for (const auto& a : e["actors"]) ids += (ids.empty() ? "" : "; ") + a["id"].get<std::string>();
    CHECK(row[column("actor_ids")] == ids);
  }
}

TEST_CASE("The exported calendar parses with libical, one VEVENT per dated event", "[cli]") {
  SeededDb s;
  // Every event across its whole span (--long-events keep), to compare with the JSON.
  RunResult ics = s.Run(
      {"export", "--format", "ics", "--factuality", "any", "--long-events", "keep", "-o", s.dir.File("t.ics")});
  REQUIRE(ics.exit_code == 0);
  CHECK(ics.err.find("4 events without a date left out of the calendar") != std::string::npos);
  RunResult json = s.Run({"export", "--format", "json", "--factuality", "any"});
  std::map<std::string, nlohmann::json> dated;
  for (const auto& doc : nlohmann::json::parse(json.out)) {
    for (const auto& e : doc["events"]) {
      if (!e["date"]["start"].is_null()) dated[e["id"].get<std::string>() + "@timeline"] = e;
    }
  }
  std::string text = ReadAll(s.dir.File("t.ics"));
  icalcomponent* calendar = icalparser_parse_string(text.c_str());
  REQUIRE(calendar != nullptr);
  CHECK(icalcomponent_count_errors(calendar) == 0);
  size_t seen = 0;
  for (icalcomponent* event = icalcomponent_get_first_component(calendar, ICAL_VEVENT_COMPONENT);
       event != nullptr; event = icalcomponent_get_next_component(calendar, ICAL_VEVENT_COMPONENT)) {
    std::string uid = icalcomponent_get_uid(event);
    REQUIRE(dated.count(uid) == 1);
    const nlohmann::json& e = dated[uid];
    INFO(uid);
    CHECK(std::string(icalcomponent_get_summary(event)) == e["title"]);
    icaltimetype start = icalcomponent_get_dtstart(event);
    icaltimetype end = icalcomponent_get_dtend(event);
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", start.year, start.month, start.day);
    CHECK(std::string(buffer) == e["date"]["start"]);
    // DTEND is the day after the inclusive end.
    icaltimetype last = end;
    icaltime_adjust(&last, -1, 0, 0, 0);
    std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", last.year, last.month, last.day);
    CHECK(std::string(buffer) == e["date"]["end"]);
    ++seen;
  }
  CHECK(seen == dated.size());
  icalcomponent_free(calendar);
}

TEST_CASE("Every fact file in seeds/ quotes its article byte for byte", "[cli][seeds]") {
  size_t checked = 0;
  for (const auto& entry : fs::directory_iterator(SourcePath("seeds"))) {
    if (entry.path().extension() != ".json") continue;
    nlohmann::json doc = nlohmann::json::parse(ReadAll(entry.path().string()));
    std::string article = ReadAll((entry.path().parent_path() / doc["article"]["path"].get<std::string>()).string());
    REQUIRE_FALSE(article.empty());
    for (const auto& e : doc["events"]) {
      size_t start = e["evidence"]["start"], end = e["evidence"]["end"];
      INFO(entry.path().filename().string() << " " << e["id"]);
      REQUIRE(end <= article.size());
      CHECK(article.substr(start, end - start) == e["evidence"]["text"].get<std::string>());
      ++checked;
    }
  }
  CHECK(checked >= 16);
}

TEST_CASE("Databases written by every earlier schema version migrate and check clean", "[cli][schema]") {
  // One fixture per schema version (tests/fixtures/db/schema-vN.db, each the
  // seeds as that version stored them). Add one with every migration. What
  // the read commands do with them: tests/cli/read_only_test.cc.
  size_t fixtures = 0;
  for (const auto& entry : fs::directory_iterator(SourcePath("tests/fixtures/db"))) {
    if (entry.path().extension() != ".db") continue;
    ++fixtures;
    TempDir dir;
    std::string db = dir.File("old.db");
    fs::copy_file(entry.path(), db);
    INFO(entry.path().filename().string());
    RunResult migrate = RunTimeline({"--db", db, "migrate"});
    INFO(migrate.err);
    REQUIRE(migrate.exit_code == 0);
    CHECK(migrate.out.find("schema version " + std::to_string(timeline::Store::SchemaVersion())) !=
          std::string::npos);
    RunResult query = RunTimeline({"--db", db, "query", "--actor", "Korea Utara", "--format", "csv"});
    CHECK(query.exit_code == 0);
    CHECK(query.out.find("000-e14") != std::string::npos);
    RunResult check = RunTimeline({"--db", db, "check"});
    INFO(check.err);
    CHECK(check.exit_code == 0);
    RunResult stats = RunTimeline({"--db", db, "stats"});
    CHECK(stats.exit_code == 0);
    CHECK(stats.out.find("schema version " + std::to_string(timeline::Store::SchemaVersion())) !=
          std::string::npos);
  }
  // One per migration (numbers may skip: branches number theirs apart).
  size_t migrations = 0;
  for (const auto& entry : fs::directory_iterator(SourcePath("schema"))) {
    migrations += entry.path().extension() == ".sql";
  }
  CHECK(fixtures == migrations);
}

TEST_CASE("timeline check reports broken invariants", "[cli][schema]") {
  SeededDb s;
  CHECK(s.Run({"check"}).exit_code == 0);
  auto tamper = [&](const std::vector<std::string>& statements) {
    SQLite::Database db(s.db, SQLite::OPEN_READWRITE);
    for (const std::string& sql : statements) db.exec(sql);
  };
  tamper({"UPDATE event_actors SET time_key = time_key + 8"});
  RunResult r = s.Run({"check"});
  CHECK(r.exit_code == 1);
  CHECK(r.err.find("event_actors carry their event's time key, end day and span class: violated by") !=
        std::string::npos);

  tamper({"UPDATE event_actors SET time_key = time_key - 8",
          "UPDATE events SET precision = 2 WHERE precision = 0"});
  r = s.Run({"check"});
  CHECK(r.exit_code == 1);
  CHECK(r.err.find("every event's time key is its start day and precision") != std::string::npos);

  tamper({"UPDATE events SET precision = 0 WHERE time_key % 8 = 0 AND precision = 2",
          "DELETE FROM actor_timeline WHERE event = (SELECT min(event) FROM actor_timeline)"});
  r = s.Run({"check"});
  CHECK(r.exit_code == 1);
  CHECK(r.err.find("actor_timeline rolls up exactly each event's actors: violated by") != std::string::npos);
  CHECK(r.err.find("time key is its start day") == std::string::npos);

  // A year in the month class would be searched from the wrong day.
  tamper({"UPDATE events SET span_class = 2 WHERE precision = 4"});
  r = s.Run({"check"});
  CHECK(r.exit_code == 1);
  CHECK(r.err.find("every event's span class is its precision's or its length's") != std::string::npos);

  tamper({"UPDATE events SET span_class = 4 WHERE precision = 4",  // a month not from the 1st
          "UPDATE events SET start_day = start_day + 1, time_key = time_key + 8 WHERE precision = 2"});
  r = s.Run({"check"});
  CHECK(r.exit_code == 1);
  CHECK(r.err.find("every event's interval is ordered and matches its precision") != std::string::npos);
}
