// The read snapshot (`timeline optimize`; docs/design.md, "The read
// snapshot"), end to end: every question it answers prints the same bytes
// as the normal path, in every format, and every write leaves it unread.

#include <SQLiteCpp/SQLiteCpp.h>

#include <catch2/catch.hpp>

#include <filesystem>
#include <regex>
#include <string>
#include <vector>

#include "cli/merge_corpus.h"
#include "cli/run.h"
#include "cli/synthetic.h"

namespace fs = std::filesystem;
using timeline::testing::CorpusFiles;
using timeline::testing::LoadFiles;
using timeline::testing::RunResult;
using timeline::testing::RunTimeline;
using timeline::testing::SourcePath;
using timeline::testing::TempDir;
using timeline::testing::WriteSyntheticFacts;

namespace {

using Args = std::vector<std::string>;

// Questions of the classes the snapshot answers (served = true), and some it
// leaves to the normal path. The corpus has events of several reports told
// with different dates (a day, a week), a disputed one, negated and
// possible ones, undated ones, years and a five-year range.
struct Question {
  Args args;
  bool served;
};

std::vector<Question> Questions() {
  std::vector<Question> q = {
      {{"query", "--format", "csv"}, true},
      {{"query", "--format", "csv", "--factuality", "any"}, true},
      {{"query", "--format", "csv", "--factuality", "possible,negated"}, true},
      {{"query", "--format", "json", "--factuality", "any"}, true},
      {{"query", "--format", "ics", "--factuality", "any"}, true},
      {{"query", "--format", "table", "--factuality", "any"}, true},
      {{"query", "--format", "csv", "--min-sources", "2"}, true},
      {{"query", "--format", "csv", "--min-sources", "2", "--factuality", "any"}, true},
      {{"query", "--format", "csv", "--min-sources", "3", "--factuality", "any"}, true},
      {{"query", "--format", "csv", "--limit", "3"}, true},
      {{"query", "--format", "csv", "--limit", "2", "--offset", "3", "--factuality", "any"}, true},
      {{"query", "--format", "csv", "--actor", "PRK"}, true},
      {{"query", "--format", "csv", "--actor", "North Korea", "--factuality", "any"}, true},
      {{"query", "--format", "csv", "--actor", "KOR", "--factuality", "any", "--min-sources", "2"}, true},
      {{"query", "--format", "csv", "--actor", "USA", "--limit", "2"}, true},
      {{"query", "--format", "csv", "--actor", "PRK", "--limit", "2", "--offset", "1"}, true},
      {{"query", "--format", "csv", "--actor", "PRK", "--from", "2026-03", "--to", "2026-03"}, true},
      {{"query", "--format", "csv", "--actor", "JPN", "--from", "2026-03-01", "--to", "2026-03-10", "--within",
        "--factuality", "any"},
       true},
      {{"query", "--format", "csv", "--actor", "KOR", "--from", "2021"}, true},
      {{"query", "--format", "csv", "--actor", "PRK", "--to", "2026-02"}, true},
      {{"query", "--format", "csv", "--from", "2026-03-05", "--to", "2026-03-20", "--factuality", "any"}, true},
      {{"query", "--format", "csv", "--from", "2026-03-05", "--limit", "4"}, true},
      {{"query", "--format", "csv", "--actor", "PRK", "--from", "2026-03-01", "--to", "2026-03-01"}, true},
      {{"query", "--format", "csv", "--from", "2023", "--to", "2025"}, true},
      {{"query", "--format", "csv", "--to", "2026-03-05", "--within", "--factuality", "any"}, true},
      {{"query", "--format", "ics", "--actor", "PRK", "--from", "2026-03"}, true},
      {{"query", "--format", "json", "--actor", "KOR", "--from", "2026-01", "--to", "2026-02"}, true},
      {{"export", "--format", "csv", "--factuality", "any"}, true},
      {{"export", "--format", "csv"}, true},
      {{"export", "--format", "ics"}, true},
      {{"export", "--format", "html", "--factuality", "any"}, true},
      // The normal path's: JSON documents, exact actors, roles, types, words.
      {{"export", "--format", "json"}, false},
      {{"query", "--format", "csv", "--actor", "PRK", "--exact"}, false},
      {{"query", "--format", "csv", "--actor", "PRK", "--role", "initiator"}, false},
      {{"query", "--format", "csv", "--actor", "PRK", "--actor", "KOR"}, false},
      {{"query", "--format", "csv", "--type", "drill"}, false},
      {{"query", "--format", "csv", "--reports"}, false},
  };
  return q;
}

const Args kEnv = {"SOURCE_DATE_EPOCH=1767225600"};

std::string Ask(const std::string& db, const Args& args) {
  Args full = {"--db", db};
  full.insert(full.end(), args.begin(), args.end());
  RunResult r = RunTimeline(full, kEnv);
  INFO(r.err);
  REQUIRE(r.exit_code == 0);
  return r.out;
}

// Whether `query --explain` of the question reads the snapshot's tables
// (their aliases: sr, se, sa, sx, sk).
bool Explained(const std::string& db, const Args& question) {
  if (question[0] != "query") return false;
  Args args = question;
  args.push_back("--explain");
  std::string plan = Ask(db, args);
  UNSCOPED_INFO(plan);
  return plan.find("SEARCH se USING") != std::string::npos;  // snapshot_events (store/snapshot.cc)
}

void Run(const std::string& db, const Args& args) {
  Args full = {"--db", db};
  full.insert(full.end(), args.begin(), args.end());
  RunResult r = RunTimeline(full, kEnv);
  INFO(r.err);
  REQUIRE(r.exit_code == 0);
}

// Three ranges from the same day, loaded longest first: their time keys
// are equal, so only the end day orders them (shortest first), against
// their ids.
std::string WriteTies(const TempDir& dir) {
  const std::string text = "Ties\n\nDrills ran from March 1 to 10. Talks ran from March 1 to 5. "
                           "Patrols ran from March 1 to 7.\n";
  timeline::testing::WriteAll(dir.File("ties.txt"), text);
  std::string events;
  const char* sentences[] = {"Drills ran from March 1 to 10.", "Talks ran from March 1 to 5.",
                             "Patrols ran from March 1 to 7."};
  const char* ends[] = {"2026-03-10", "2026-03-05", "2026-03-07"};
  for (int i = 0; i < 3; ++i) {
    size_t start = text.find(sentences[i]);
    events += std::string(i ? "," : "") + "{\"id\": \"tie-" + std::to_string(i) +
              "\", \"type\": \"drill\", \"title\": \"" + sentences[i] +
              "\", \"date\": {\"start\": \"2026-03-01\", \"end\": \"" + ends[i] +
              "\", \"precision\": \"range\"}, \"actors\": [{\"id\": \"PRK\", \"name\": \"North Korea\", "
              "\"role\": \"initiator\"}], \"factuality\": \"asserted\", \"evidence\": {\"text\": \"" +
              sentences[i] + "\", \"start\": " + std::to_string(start) + ", \"end\": " +
              std::to_string(start + std::string(sentences[i]).size()) + "}}";
  }
  std::string path = dir.File("ties.json");
  timeline::testing::WriteAll(path, "{\"article\": {\"title\": \"Ties\", \"published\": \"2026-03-11\", "
                                    "\"language\": \"en\", \"path\": \"ties.txt\"}, \"events\": [" + events + "]}");
  return path;
}

// The corpus and the seeds, with synthetic events (some of which the rule
// merges) and ranges tied on their time key, then a person's merge and split.
void Build(const std::string& db, const TempDir& dir) {
  std::vector<std::string> files = CorpusFiles();
  files.push_back(SourcePath("seeds"));
  files.push_back(WriteTies(dir));
  LoadFiles(db, files);
  std::string synthetic = WriteSyntheticFacts(dir.path() + "/syn", "syn.jsonl", 40, 12);
  LoadFiles(db, {synthetic});
  Run(db, {"merge", "m05-e2", "m08-e1"});
  Run(db, {"split", "m01-e1"});
}

// Tampers with the snapshot's copy the way only a stale copy could differ:
// every title it holds says so. Its mark stays.
void Tamper(const std::string& db) {
  SQLite::Database sql(db, SQLite::OPEN_READWRITE);
  sql.exec("UPDATE snapshot_events SET title = 'STALE SNAPSHOT'");
}

// An answer with its times of change (LAST-MODIFIED, modified) blanked: two
// databases given the same writes a second apart differ there only.
std::string Timeless(const std::string& answer) {
  static const std::regex kTimes(R"(\d{8}T\d{6}Z|\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}:\d{2}Z?)");
  return std::regex_replace(answer, kTimes, "<time>");
}

bool Fresh(const std::string& db) {
  SQLite::Database sql(db, SQLite::OPEN_READONLY);
  return sql.execAndGet("SELECT count(*) FROM snapshot_state").getInt() == 1;
}

}  // namespace

TEST_CASE("The read snapshot answers every question it serves with the normal path's bytes", "[cli][snapshot]") {
  TempDir dir;
  std::string db = dir.File("t.db");
  Build(db, dir);
  std::vector<std::string> normal;
  for (const Question& q : Questions()) {
    normal.push_back(Ask(db, q.args));
    CHECK_FALSE(Explained(db, q.args));  // no snapshot yet
  }
  CHECK_FALSE(Fresh(db));
  Run(db, {"optimize"});
  CHECK(Fresh(db));
  std::vector<Question> questions = Questions();
  for (size_t i = 0; i < questions.size(); ++i) {
    INFO(fs::path(db).filename().string() << ": timeline " << [&] {
      std::string s;
      for (const std::string& a : questions[i].args) s += a + " ";
      return s;
    }());
    if (questions[i].args[0] == "query") CHECK(Explained(db, questions[i].args) == questions[i].served);
    CHECK(Ask(db, questions[i].args) == normal[i]);
  }
  CHECK(Fresh(db));  // only reading: still fresh
  // The served answers come from the snapshot: tampered with, they show it.
  Tamper(db);
  CHECK(Ask(db, {"query", "--format", "csv", "--actor", "PRK"}).find("STALE SNAPSHOT") != std::string::npos);
  CHECK(Ask(db, {"export", "--format", "csv", "--factuality", "any"}).find("STALE SNAPSHOT") != std::string::npos);
  CHECK(Ask(db, {"query", "--format", "csv", "--from", "2026-03"}).find("STALE SNAPSHOT") != std::string::npos);
  CHECK(Ask(db, {"query", "--format", "csv", "--type", "drill"}).find("STALE SNAPSHOT") == std::string::npos);
}

TEST_CASE("Every write leaves the read snapshot unread until it is built again", "[cli][snapshot]") {
  TempDir dir;
  std::string extra = WriteSyntheticFacts(dir.path() + "/extra", "extra.jsonl", 3, 4, "extra");
  // Each write, run on a database with a fresh (tampered) snapshot and on
  // one without: the answers after it must be the same, and no stale title.
  struct Write {
    std::string name;
    std::vector<Args> commands;
  };
  std::vector<Write> writes = {
      {"load", {{"load", extra}}},
      {"remove an article", {{"remove", SourcePath("tests/merge/corpus/m03.txt")}}},
      {"remove an event", {{"remove", "m04-e2"}}},
      {"merge", {{"merge", "m01-e2", "m04-e2"}}},
      {"split", {{"split", "m09-e1"}}},
  };
  for (const Write& write : writes) {
    DYNAMIC_SECTION(write.name) {
      std::string plain = dir.File(write.name + "-plain.db"), snap = dir.File(write.name + "-snap.db");
      Build(plain, dir);
      Build(snap, dir);
      Run(snap, {"optimize"});
      Tamper(snap);
      REQUIRE(Ask(snap, {"query", "--format", "csv"}).find("STALE SNAPSHOT") != std::string::npos);
      for (const Args& command : write.commands) {
        Run(plain, command);
        Run(snap, command);
      }
      CHECK_FALSE(Fresh(snap));
      for (const Question& q : Questions()) {
        std::string after = Ask(snap, q.args);
        CHECK(after.find("STALE SNAPSHOT") == std::string::npos);
        CHECK(Timeless(after) == Timeless(Ask(plain, q.args)));
      }
      // Built again, it is read again, and answers as the normal path.
      Run(snap, {"optimize"});
      CHECK(Fresh(snap));
      for (const Question& q : Questions()) CHECK(Timeless(Ask(snap, q.args)) == Timeless(Ask(plain, q.args)));
    }
  }
}

TEST_CASE("A dry run and the commands that only read leave the read snapshot fresh", "[cli][snapshot]") {
  TempDir dir;
  std::string db = dir.File("t.db");
  Build(db, dir);
  Run(db, {"optimize"});
  std::string extra = WriteSyntheticFacts(dir.path() + "/extra", "extra.jsonl", 3, 4, "extra");
  Run(db, {"load", "--dry-run", extra});
  Run(db, {"remove", "--dry-run", "m04-e2"});
  for (const Args& args : std::vector<Args>{{"stats"}, {"check"}, {"actors"}, {"show", "m01-e1"}, {"migrate"}}) {
    Run(db, args);
  }
  CHECK(Fresh(db));
}

TEST_CASE("optimize on a database migrated from before the snapshot", "[cli][snapshot]") {
  TempDir dir;
  std::string db = dir.File("t.db");
  LoadFiles(db, CorpusFiles());
  std::string before = Ask(db, {"query", "--format", "csv", "--factuality", "any"});
  {
    // As a timeline before migration 0011 left it.
    SQLite::Database sql(db, SQLite::OPEN_READWRITE);
    sql.exec("DROP TABLE snapshot_state; DROP TABLE snapshot_reports; DROP TABLE snapshot_events; "
             "DROP TABLE snapshot_actors; DROP TABLE snapshot_actor_rows; PRAGMA user_version = 10");
  }
  RunResult old = RunTimeline({"--db", db, "query"});
  CHECK(old.exit_code == 1);  // a command that only reads never migrates
  Run(db, {"migrate"});
  CHECK_FALSE(Fresh(db));
  CHECK(Ask(db, {"query", "--format", "csv", "--factuality", "any"}) == before);
  Run(db, {"optimize"});
  CHECK(Fresh(db));
  CHECK(Ask(db, {"query", "--format", "csv", "--factuality", "any"}) == before);
}
