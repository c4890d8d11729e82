// Crashes, concurrency and injection, against the real binary.

#include <SQLiteCpp/SQLiteCpp.h>
#include <signal.h>
#include <sys/wait.h>
#include <fcntl.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <algorithm>
#include <chrono>
#include <filesystem>
#include <thread>

#include "cli/dump.h"
#include "cli/run.h"
#include "cli/synthetic.h"

using namespace timeline::testing;
namespace fs = std::filesystem;

namespace {

int64_t Scalar(const std::string& db, const std::string& sql) {
  SQLite::Database database(db, SQLite::OPEN_READONLY);
  SQLite::Statement statement(database, sql);
  statement.executeStep();
  return statement.getColumn(0).getInt64();
}

// Starts `timeline args...` in the background; returns its pid.
pid_t Spawn(const std::vector<std::string>& args) {
  pid_t pid = fork();
  if (pid == 0) {
    int null = open("/dev/null", O_WRONLY);
    dup2(null, 1);
    dup2(null, 2);
    std::vector<std::string> copies = args;
    std::vector<char*> argv;
    std::string binary = TIMELINE_BINARY;
    argv.push_back(binary.data());
    for (std::string& a : copies) argv.push_back(a.data());
    argv.push_back(nullptr);
    execv(binary.c_str(), argv.data());
    _exit(127);
  }
  return pid;
}

int Wait(pid_t pid) {
  int status = 0;
  waitpid(pid, &status, 0);
  return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
}

// Polls until `state()` holds while `pid` runs (returns -1, the process still
// running) or the process ends first (returns its exit code, reaped).
template <typename State>
int WaitForFileState(pid_t pid, State state) {
  for (;;) {
    int status = 0;
    if (waitpid(pid, &status, WNOHANG) == pid) {
      return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    }
    if (state()) return -1;
    std::this_thread::sleep_for(std::chrono::microseconds(200));
  }
}

}  // namespace

TEST_CASE("SIGKILL during a load leaves each file wholly in or wholly out", "[robustness]") {
  TempDir dir;
  std::string small = WriteSyntheticFacts(dir.File("small"), "small.jsonl", 20, 5, "small");
  std::string big = WriteSyntheticFacts(dir.File("big"), "big.jsonl", 1500, 10, "big");
  std::string db = dir.File("k.db");
  REQUIRE(RunTimeline({"--db", db, "load", small}).exit_code == 0);
  const int64_t kSmall = 100, kBig = 15000;
  int killed_mid_load = 0;
  // Kill points spread from the first page the load writes to well into it:
  // the kill waits for the write-ahead log to grow past a size (a state, not
  // a time, so the test does not depend on this machine's speed).
  const std::uintmax_t kWalPast[] = {0, 32 << 10, 128 << 10, 512 << 10, 1 << 20, 2 << 20, 4 << 20, 8 << 20};
  for (std::uintmax_t wal_past : kWalPast) {
    INFO("kill once the log has grown past " << wal_past << " bytes");
    pid_t pid = Spawn({"--db", db, "load", big});
    int code = WaitForFileState(pid, [&] {
      std::error_code ignored;
      return fs::exists(db + "-wal", ignored) && fs::file_size(db + "-wal", ignored) > wal_past;
    });
    if (code < 0) {
      kill(pid, SIGKILL);
      code = Wait(pid);
    }
    if (code == 128 + SIGKILL) ++killed_mid_load;
    SQLite::Database database(db, SQLite::OPEN_READWRITE);  // recovers the WAL
    SQLite::Statement integrity(database, "PRAGMA integrity_check");
    REQUIRE(integrity.executeStep());
    CHECK(integrity.getColumn(0).getString() == "ok");
    int64_t events = Scalar(db, "SELECT count(*) FROM events");
    CHECK((events == kSmall || events == kSmall + kBig));
    CHECK(Scalar(db, "SELECT count(*) FROM events WHERE uid LIKE 'small-%'") == kSmall);
    if (events == kSmall + kBig) break;  // the load finished before the kill
  }
  CHECK(killed_mid_load > 0);
  RunResult finish = RunTimeline({"--db", db, "load", big});
  INFO(finish.err);
  CHECK(finish.exit_code == 0);
  CHECK(Scalar(db, "SELECT count(*) FROM events") == kSmall + kBig);
  RunResult check = RunTimeline({"--db", db, "check"});
  INFO(check.err);
  CHECK(check.exit_code == 0);
}

TEST_CASE("SIGKILL during a bulk load rolls back through the journal, and WAL comes back",
          "[robustness]") {
  // A load into an empty database writes with a rollback journal instead of
  // WAL (Store::Batch): a killed one leaves a hot journal, which the next
  // writing open (migrate, load) plays back; that open also sets WAL again.
  // The kill waits for a state, not a time: the journal exists and the
  // database file has grown past a size (pages spilled from the cache), so
  // the test does not depend on how fast this machine or a sanitizer runs.
  TempDir dir;
  std::string big = WriteSyntheticFacts(dir.File("big"), "big.jsonl", 1500, 10, "big");
  int hot_journals = 0;
  const std::uintmax_t kGrownPast[] = {0, 0, 64 << 10, 256 << 10, 1 << 20, 2 << 20, 4 << 20};
  int point = 0;
  for (std::uintmax_t grown_past : kGrownPast) {
    std::string db = dir.File("bulk" + std::to_string(point++) + ".db");
    INFO("kill once the database has grown past " << grown_past << " bytes");
    pid_t pid = Spawn({"--db", db, "load", big});
    int code = WaitForFileState(pid, [&] {
      std::error_code ignored;
      return fs::exists(db + "-journal", ignored) && fs::exists(db, ignored) &&
             fs::file_size(db, ignored) > grown_past;
    });
    if (code >= 0) continue;  // the load ended before the state was seen
    kill(pid, SIGKILL);
    code = Wait(pid);
    if (code != 128 + SIGKILL) continue;  // it ended between the look and the kill
    // A journal is hot when its header was written: a read opens read-only,
    // cannot play it back, says so, and leaves it for a writer. A journal the
    // kill left before its header is not hot (the database file is as it
    // was, and a read sees no events); SQLite ignores it and leaves it be.
    bool hot = false;
    if (fs::exists(db + "-journal")) {
      RunResult query = RunTimeline({"--db", db, "query", "--format", "csv"});
      INFO(query.err);
      if (query.exit_code == 0) {
        CHECK(std::count(query.out.begin(), query.out.end(), '\n') <= 1);  // a header at most
      } else {
        hot = true;
        CHECK(query.exit_code == 1);
        CHECK(query.err.find("a load was interrupted and left its journal (" + db + "-journal)") !=
              std::string::npos);
        CHECK(fs::exists(db + "-journal"));
      }
    }
    hot_journals += hot;
    RunResult migrate = RunTimeline({"--db", db, "migrate"});  // plays it back
    INFO(migrate.err);
    CHECK(migrate.exit_code == 0);
    RunResult check = RunTimeline({"--db", db, "check"});
    INFO(check.err);
    CHECK(check.exit_code == 0);
    // Wholly out, or, when the kill came after the commit and before the
    // process ended, wholly in; never part of the file.
    int64_t events = Scalar(db, "SELECT count(*) FROM events");
    CHECK((events == 0 || events == 1500 * 10));
    CHECK(FileJournal(db) == "wal");
    if (hot) CHECK_FALSE(fs::exists(db + "-journal"));  // played back, not left
  }
  CHECK(hot_journals > 0);
}

TEST_CASE("A killed export leaves no half-written file", "[robustness]") {
  TempDir dir;
  std::string facts = WriteSyntheticFacts(dir.File("f"), "f.jsonl", 800, 10, "exp");
  std::string db = dir.File("e.db");
  REQUIRE(RunTimeline({"--db", db, "load", facts}).exit_code == 0);
  for (int point = 0; point < 5; ++point) {
    pid_t pid = Spawn({"--db", db, "export", "--format", "ics", "-o", dir.File("out.ics")});
    std::this_thread::sleep_for(std::chrono::milliseconds(2 + point * 15));
    kill(pid, SIGKILL);
    int code = Wait(pid);
    // Finished, or killed after the rename that publishes the file and
    // before the process exited: the file is whole. Killed before it: there
    // is none.
    if (code == 0 || fs::exists(dir.File("out.ics"))) {
      std::string ics = ReadAll(dir.File("out.ics"));
      REQUIRE(ics.size() > 100);
      CHECK(ics.substr(ics.size() - 15) == "END:VCALENDAR\r\n");
      fs::remove(dir.File("out.ics"));
    }
  }
}

TEST_CASE("Queries during a load see a snapshot, two loads at once both succeed", "[robustness]") {
  TempDir dir;
  std::string first = WriteSyntheticFacts(dir.File("one"), "one.jsonl", 600, 10, "one");
  std::string second = WriteSyntheticFacts(dir.File("two"), "two.jsonl", 600, 10, "two");
  std::string db = dir.File("c.db");
  REQUIRE(RunTimeline({"--db", db, "load", SourcePath("seeds")}).exit_code == 0);

  pid_t load_one = Spawn({"--db", db, "load", first});
  pid_t load_two = Spawn({"--db", db, "load", second});
  int queries = 0;
  bool running = true;
  while (running) {
    RunResult r = RunTimeline({"--db", db, "query", "--format", "csv", "--no-bom", "--limit", "5"});
    INFO(r.err);
    CHECK(r.exit_code == 0);
    CHECK(r.err.find("locked") == std::string::npos);
    ++queries;
    int status;
    running = waitpid(load_one, &status, WNOHANG) == 0 || waitpid(load_two, &status, WNOHANG) == 0;
    if (queries > 200) break;
  }
  // Reap whichever are still running (waitpid above may have reaped one).
  waitpid(load_one, nullptr, 0);
  waitpid(load_two, nullptr, 0);
  CHECK(queries > 0);
  CHECK(Scalar(db, "SELECT count(*) FROM events WHERE uid LIKE 'one-%'") == 6000);
  CHECK(Scalar(db, "SELECT count(*) FROM events WHERE uid LIKE 'two-%'") == 6000);
}

TEST_CASE("Hostile text stays data: SQL, FTS, CSV and iCalendar", "[robustness][injection]") {
  TempDir dir;
  const std::string hostile = "=HYPERLINK(\"x\") '); DROP TABLE events;-- \r\nBEGIN:VEVENT;x,y:z % _ \\ ";
  std::string facts = WriteSyntheticFacts(dir.File("h"), "h.jsonl", 2, 3, "inj", hostile);
  std::string db = dir.File("i.db");
  RunResult loaded = RunTimeline({"--db", db, "load", facts});
  INFO(loaded.err);
  REQUIRE(loaded.exit_code == 0);
  std::string before = Dump(db);

  for (const char* text : {"'); DROP TABLE events;--", "%", "_", "\"", "NEAR(", "*", "a OR b"}) {
    RunResult r = RunTimeline({"--db", db, "query", "--text", text, "--format", "json"});
    INFO(text << ": " << r.err);
    CHECK((r.exit_code == 0 || r.exit_code == 1));
    CHECK(r.err.find("internal error") == std::string::npos);
  }
  for (const char* actor : {"'); DROP TABLE events;--", "%", "_", "P%"}) {
    RunResult r = RunTimeline({"--db", db, "query", "--actor", actor});
    CHECK(r.exit_code == 1);
    CHECK(r.err.find("no actor by that name") != std::string::npos);
  }
  RunResult by_place = RunTimeline({"--db", db, "query", "--place", "%"});
  CHECK(by_place.exit_code == 0);
  CHECK(Dump(db) == before);

  // iCalendar: the title cannot start a property or component of its own.
  RunResult ics = RunTimeline({"--db", db, "export", "--format", "ics"});
  REQUIRE(ics.exit_code == 0);
  size_t vevents = 0;
  for (size_t at = 0; (at = ics.out.find("\r\nBEGIN:VEVENT\r\n", at)) != std::string::npos; ++at) ++vevents;
  CHECK(vevents == 6);
  CHECK(ics.out.find("\nBEGIN:VEVENT;") == std::string::npos);
  CHECK(ics.out.find("\\;x\\,y:z") != std::string::npos);

  // CSV: the formula is neutralised, the CR LF stays inside a quoted cell.
  RunResult csv = RunTimeline({"--db", db, "export", "--format", "csv", "--no-bom"});
  REQUIRE(csv.exit_code == 0);
  CHECK(csv.out.find(",=HYPERLINK") == std::string::npos);
  CHECK(csv.out.find(",\"=HYPERLINK") == std::string::npos);
  CHECK(csv.out.find("'=HYPERLINK") != std::string::npos);

  // JSON: control characters are escaped.
  RunResult json = RunTimeline({"--db", db, "export", "--format", "json"});
  REQUIRE(json.exit_code == 0);
  CHECK(json.out.find('\r') == std::string::npos);
  CHECK(json.out.find("\\r\\n") != std::string::npos);
}

TEST_CASE("A bad line at the end of a large JSON Lines file stores nothing of it", "[robustness]") {
  // The reader thread finds the bad line after the writer has stored
  // hundreds of documents (and, into an empty database, dropped its
  // indexes): all of it must roll back, indexes included.
  TempDir dir;
  std::string first = WriteSyntheticFacts(dir.File("a"), "a.jsonl", 5, 3, "first");
  std::string facts = WriteSyntheticFacts(dir.File("b"), "b.jsonl", 600, 10, "late");
  std::string lines = ReadAll(facts);
  size_t line_count = std::count(lines.begin(), lines.end(), '\n');
  WriteAll(facts, lines + "{\"article\": 1}\n");
  for (bool empty_database : {true, false}) {
    std::string db = dir.File(empty_database ? "empty.db" : "seeded.db");
    if (!empty_database) REQUIRE(RunTimeline({"--db", db, "load", first}).exit_code == 0);
    std::string before = fs::exists(db) ? Dump(db) : "";
    RunResult r = RunTimeline({"--db", db, "load", facts});
    CHECK(r.exit_code == 1);
    CHECK(r.err.find(facts + ":" + std::to_string(line_count + 1) + ":") != std::string::npos);
    CHECK(r.err.find("nothing from this file was loaded") != std::string::npos);
    if (empty_database) {
      CHECK_FALSE(fs::exists(db));  // a failed first load leaves no database behind
    } else {
      CHECK(Dump(db) == before);
      CHECK(Scalar(db, "SELECT count(*) FROM sqlite_master WHERE name = 'events_by_time'") == 1);
    }
  }
}
