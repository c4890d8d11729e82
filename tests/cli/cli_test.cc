// End-to-end: the real `timeline` binary on temporary databases over seeds/.

#include <SQLiteCpp/SQLiteCpp.h>

#include <catch2/catch.hpp>
#include <algorithm>
#include <filesystem>
#include <nlohmann/json.hpp>

#include "cli/dump.h"
#include "cli/run.h"

using namespace timeline::testing;
namespace fs = std::filesystem;

namespace {

struct SeededDb {
  TempDir dir;
  std::string db = dir.File("t.db");
  SeededDb() {
    RunResult r = RunTimeline({"--db", db, "load", SourcePath("seeds")});
    INFO(r.err);
    REQUIRE(r.exit_code == 0);
  }
  RunResult Run(std::vector<std::string> args) const {
    args.insert(args.begin(), {"--db", db});
    return RunTimeline(args);
  }
};

}  // namespace

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
  REQUIRE(reference.out.find("PRK") != std::string::npos);
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
    RunResult r = s.Run(c.args);
    INFO(r.err);
    CHECK(r.exit_code == 0);
    // Paths of the article differ between checkouts: compare them by name.
    std::string out = r.out;
    std::string root = SourcePath("");
    for (size_t at; (at = out.find(root)) != std::string::npos;) out.replace(at, root.size(), "<repo>/");
    CheckGolden(c.golden, out);
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
  RunResult again = RunTimeline({"--db", other.File("u.db"), "export", "--format", "json", "--factuality", "any"});
  CHECK(again.out == ReadAll(s.dir.File("all.json")));
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
  CHECK(s.Run({"query", "--actor", ""}).exit_code == 1);
  CHECK(s.Run({"query", "--type", "parade"}).err.find("not a type or category") != std::string::npos);
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
