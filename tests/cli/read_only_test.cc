// Reads never write: query, export, actors, show, stats and check open the
// database read-only, on every schema version's fixture, and leave the file's
// bytes (journal mode included) as they were, whether they succeed or fail.

#include <catch2/catch.hpp>

#include <SQLiteCpp/SQLiteCpp.h>

#include <filesystem>
#include <string>
#include <vector>

#include "cli/dump.h"
#include "cli/run.h"
#include "store/store.h"

using namespace timeline::testing;
namespace fs = std::filesystem;

namespace {

// The version this binary writes (the last migration in schema/).
// (A function: the embedded migrations are not there yet at static
// initialisation.)
int CurrentSchema() { return timeline::Store::SchemaVersion(); }

// Every read command, succeeding and failing ones, as run on `dir`'s db.
std::vector<std::vector<std::string>> ReadCommands(const TempDir& dir) {
  return {
      {"query", "--actor", "Korea Utara", "--format", "csv"},
      {"query", "--text", "kripto", "--limit", "3"},
      {"query", "--text", "korea", "--limit", "1"},  // frequent: probed (TextPlan)
      {"query", "--actor", "Nowhere Landia"},  // fails: unknown actor
      {"query", "--explain", "--from", "2025"},
      {"export", "--format", "ics", "-o", dir.File("out.ics")},
      {"export", "--format", "json", "-o", dir.File("out.json")},
      {"export", "--format", "html", "-o", dir.File("out.html")},
      {"actors"},
      {"actors", "PRK"},
      {"show", "000-e14"},
      {"show", "no-such-event"},  // fails
      {"stats"},
      {"check"},
  };
}

std::string Joined(const std::vector<std::string>& args) {
  std::string out;
  for (const std::string& a : args) out += (out.empty() ? "" : " ") + a;
  return out;
}

// The commands of ReadCommands meant to fail on a good database.
bool Fails(const std::vector<std::string>& command) {
  return command.back() == "Nowhere Landia" || command.back() == "no-such-event";
}

int SchemaOf(const std::string& fixture) {
  return std::stoi(fixture.substr(fixture.find("-v") + 2));
}

}  // namespace

TEST_CASE("Every read command leaves every schema version's file byte for byte as it was",
          "[cli][readonly]") {
  size_t fixtures = 0;
  for (const auto& entry : fs::directory_iterator(SourcePath("tests/fixtures/db"))) {
    if (entry.path().extension() != ".db") continue;
    ++fixtures;
    std::string name = entry.path().stem().string();
    int version = SchemaOf(name);
    TempDir dir;
    std::string db = dir.File("t.db");
    fs::copy_file(entry.path(), db);
    const std::string before = ReadAll(db);
    const std::string journal = FileJournal(db);
    for (const std::vector<std::string>& command : ReadCommands(dir)) {
      std::vector<std::string> args = {"--db", db};
      args.insert(args.end(), command.begin(), command.end());
      RunResult r = RunTimeline(args);
      INFO(name << ": timeline " << Joined(command) << "\n" << r.err);
      if (version < CurrentSchema()) {
        CHECK(r.exit_code == 1);
        CHECK(r.err.find("timeline: error: " + db + ": database schema version " +
                         std::to_string(version) + " is older") != std::string::npos);
        CHECK(r.err.find("migrate") != std::string::npos);
      } else {
        CHECK(r.exit_code == (Fails(command) ? 1 : 0));
      }
      CHECK(FileJournal(db) == journal);
      REQUIRE(ReadAll(db) == before);  // bytes, not only rows
    }
  }
  // One per migration (numbers may skip: branches number theirs apart).
  size_t migrations = 0;
  for (const auto& entry : fs::directory_iterator(SourcePath("schema"))) migrations += entry.path().extension() == ".sql";
  CHECK(fixtures == migrations);
}

TEST_CASE("After migrate, reads answer and still write nothing", "[cli][readonly]") {
  for (int version = 1; version < CurrentSchema(); ++version) {
    std::string fixture = SourcePath("tests/fixtures/db/schema-v" + std::to_string(version) + ".db");
    if (!fs::exists(fixture)) continue;  // a number no migration has
    TempDir dir;
    std::string db = dir.File("t.db");
    fs::copy_file(fixture, db);
    RunResult migrate = RunTimeline({"--db", db, "migrate"});
    INFO("v" << version << " " << migrate.err);
    REQUIRE(migrate.exit_code == 0);
    CHECK(migrate.out == db + ": schema version " + std::to_string(CurrentSchema()) + " (was " + std::to_string(version) + ")\n");
    CHECK(FileJournal(db) == "wal");  // what every writing open sets
    RunResult again = RunTimeline({"--db", db, "migrate"});
    CHECK(again.out == db + ": schema version " + std::to_string(CurrentSchema()) + " (already current)\n");
    const std::string before = ReadAll(db);
    for (const std::vector<std::string>& command : ReadCommands(dir)) {
      std::vector<std::string> args = {"--db", db};
      args.insert(args.end(), command.begin(), command.end());
      RunResult r = RunTimeline(args);
      INFO("timeline " << Joined(command) << "\n" << r.err);
      CHECK(r.exit_code == (Fails(command) ? 1 : 0));
      REQUIRE(ReadAll(db) == before);
    }
  }
}

TEST_CASE("Reads neither create nor fill a database file", "[cli][readonly]") {
  TempDir dir;
  std::string missing = dir.File("missing.db");
  for (const std::vector<std::string>& command : ReadCommands(dir)) {
    if (command[0] == "actors") continue;  // lists the built-in registry without a file
    std::vector<std::string> args = {"--db", missing};
    args.insert(args.end(), command.begin(), command.end());
    RunResult r = RunTimeline(args);
    INFO("timeline " << Joined(command));
    CHECK(r.exit_code == 1);
    CHECK(r.err.find("timeline: error: " + missing + ": no timeline database here") != std::string::npos);
    CHECK_FALSE(fs::exists(missing));
  }
  RunResult actors = RunTimeline({"--db", missing, "actors", "PRK"});
  CHECK(actors.exit_code == 0);
  CHECK_FALSE(fs::exists(missing));

  std::string empty = dir.File("empty.db");
  WriteAll(empty, "");
  for (const std::vector<std::string>& command : ReadCommands(dir)) {
    std::vector<std::string> args = {"--db", empty};
    args.insert(args.end(), command.begin(), command.end());
    RunResult r = RunTimeline(args);
    INFO("timeline " << Joined(command));
    CHECK(r.exit_code == 1);
    CHECK(r.err.find("timeline: error: " + empty + ": is empty, not a timeline database yet; run "
                     "`timeline --db " + empty + " migrate`") != std::string::npos);
    CHECK(fs::file_size(empty) == 0);
  }
  RunResult migrate = RunTimeline({"--db", empty, "migrate"});
  CHECK(migrate.exit_code == 0);
  CHECK(migrate.out == empty + ": schema version " + std::to_string(CurrentSchema()) + " (was 0)\n");
  CHECK(RunTimeline({"--db", empty, "check"}).exit_code == 0);
}

TEST_CASE("A newer schema is refused by the read commands too, unchanged", "[cli][readonly]") {
  TempDir dir;
  std::string db = dir.File("t.db");
  REQUIRE(RunTimeline({"--db", db, "load", SourcePath("seeds")}).exit_code == 0);
  {
    SQLite::Database handle(db, SQLite::OPEN_READWRITE);
    handle.exec("PRAGMA user_version = 99");
  }
  const std::string before = ReadAll(db);
  for (const std::vector<std::string>& command : ReadCommands(dir)) {
    std::vector<std::string> args = {"--db", db};
    args.insert(args.end(), command.begin(), command.end());
    RunResult r = RunTimeline(args);
    INFO("timeline " << Joined(command));
    CHECK(r.exit_code == 1);
    CHECK(r.err.find(db + ": database schema version 99 is too new") != std::string::npos);
    REQUIRE(ReadAll(db) == before);
  }
  CHECK(RunTimeline({"--db", db, "migrate"}).exit_code == 1);
  CHECK(ReadAll(db) == before);
}

TEST_CASE("check finds a broken full-text index through its read-only copy", "[cli][readonly]") {
  TempDir dir;
  std::string db = dir.File("t.db");
  REQUIRE(RunTimeline({"--db", db, "load", SourcePath("seeds")}).exit_code == 0);
  {
    // A title changed behind the index's back (its update trigger dropped).
    SQLite::Database handle(db, SQLite::OPEN_READWRITE);
    handle.exec("DROP TRIGGER events_fts_update");
    handle.exec("UPDATE events SET title = 'zzz qqq' WHERE uid = '000-e14'");
  }
  const std::string before = ReadAll(db);
  RunResult r = RunTimeline({"--db", db, "check"});
  CHECK(r.exit_code == 1);
  CHECK(r.err.find("check failed: database disk image is malformed") != std::string::npos);
  CHECK(ReadAll(db) == before);
}
