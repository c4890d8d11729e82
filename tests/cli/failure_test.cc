// cli/failure.h and cli/suggest.h, compiled in: an internal error (exit 3)
// cannot be caused from the command line on purpose, so it is tested here.

#include <catch2/catch.hpp>
#include <iostream>
#include <sstream>
#include <stdexcept>

#include <SQLiteCpp/Exception.h>
#include <sqlite3.h>

#include "cli/failure.h"
#include "cli/suggest.h"
#include "util/error.h"

using namespace timeline;

namespace {

// Runs ReportFailure on `failure`, returning its exit code and what it printed.
std::pair<int, std::string> Report(std::exception_ptr failure) {
  std::ostringstream captured;
  std::streambuf* saved = std::cerr.rdbuf(captured.rdbuf());
  int code = ReportFailure(failure, "t.db");
  std::cerr.rdbuf(saved);
  return {code, captured.str()};
}

}  // namespace

TEST_CASE("Failures map to exit codes, all in one voice", "[cli][usage]") {
  auto [input, input_text] = Report(std::make_exception_ptr(InputError("a.json:3:4: invalid JSON")));
  CHECK(input == 1);
  CHECK(input_text == "timeline: error: a.json:3:4: invalid JSON\n");
  auto [env, env_text] = Report(std::make_exception_ptr(Error("db: cannot open")));
  CHECK(env == 1);
  CHECK(env_text == "timeline: error: db: cannot open\n");
  // What a damaged compiled-in data file used to print bare.
  auto [bug, bug_text] = Report(std::make_exception_ptr(std::out_of_range("map::at")));
  CHECK(bug == 3);
  CHECK(bug_text.rfind("timeline: error: internal error: map::at; this is a bug", 0) == 0);
  // SQLite: the environment's errors are bad input/environment, the rest bugs.
  auto [locked, locked_text] = Report(std::make_exception_ptr(SQLite::Exception("database is locked", SQLITE_BUSY)));
  CHECK(locked == 1);
  CHECK(locked_text == "timeline: error: t.db: database is locked\n");
  auto [sql, sql_text] = Report(std::make_exception_ptr(SQLite::Exception("no such column: x", SQLITE_ERROR)));
  CHECK(sql == 3);
  CHECK(sql_text.rfind("timeline: error: internal error: t.db: no such column: x; this is a bug", 0) == 0);
  auto [odd, odd_text] = Report(std::make_exception_ptr(42));
  CHECK(odd == 3);
  CHECK(odd_text.rfind("timeline: error: internal error", 0) == 0);
}

TEST_CASE("Suggestions: the nearest word within a typo's distance", "[cli][usage]") {
  std::vector<std::string> options = {"--actor", "--exact", "--role", "--from", "--to", "--type", "--text"};
  CHECK(Nearest("--actr", options) == "--actor");
  CHECK(Nearest("--ROLE", options) == "--role");
  CHECK(Nearest("--frm", options) == "--from");
  CHECK(Nearest("--calendar", options).empty());  // nothing close: no guess
  CHECK(DidYouMean("--tpye", options) == "; did you mean --type?");
  CHECK(DidYouMean("--zzzzzzzz", options).empty());
  CHECK(JoinAlternatives({"a"}) == "a");
  CHECK(JoinAlternatives({"a", "b", "c"}) == "a, b or c");
}
