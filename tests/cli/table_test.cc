// End-to-end: the query table for people (issue 15, point 7): actor names,
// widths from 40 columns up, --offset and --count in every format, and the
// pager on a real pseudo-terminal.

#include <fcntl.h>
#include <poll.h>
#include <pty.h>
#include <sys/wait.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <sstream>

#include "cli/run.h"
#include "util/text.h"

using namespace timeline::testing;
namespace fs = std::filesystem;

extern char** environ;

namespace {

std::vector<std::string> Lines(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

// Runs timeline with a pseudo-terminal of `rows` x `columns` as its standard
// input, output and error (a real terminal: isatty and TIOCGWINSZ answer as
// for a person's), and returns its exit code and what it showed there, with
// the terminal's CR LF line ends as LF.
struct TerminalRun {
  int exit_code = -1;
  std::string screen;
};
TerminalRun RunInTerminal(const std::vector<std::string>& args, const std::vector<std::string>& env,
                          unsigned short rows, unsigned short columns) {
  std::vector<std::string> environment;
  for (char** e = environ; *e; ++e) {
    std::string entry = *e;
    std::string name = entry.substr(0, entry.find('='));
    if (name != "COLUMNS" && name != "LINES" && name != "PAGER" && name != "TIMELINE_DB") {
      environment.push_back(entry);
    }
  }
  for (const std::string& e : env) environment.push_back(e);
  std::vector<std::string> argv_copy = args;
  argv_copy.insert(argv_copy.begin(), TIMELINE_BINARY);
  std::vector<char*> argv, envp;
  for (std::string& a : argv_copy) argv.push_back(a.data());
  argv.push_back(nullptr);
  for (std::string& e : environment) envp.push_back(e.data());
  envp.push_back(nullptr);

  winsize size{};
  size.ws_row = rows;
  size.ws_col = columns;
  int master = -1;
  pid_t pid = forkpty(&master, nullptr, nullptr, &size);
  REQUIRE(pid >= 0);
  if (pid == 0) {
    execve(argv[0], argv.data(), envp.data());
    _exit(127);
  }
  TerminalRun run;
  char buffer[4096];
  for (;;) {
    ssize_t n = read(master, buffer, sizeof buffer);
    if (n > 0) {
      run.screen.append(buffer, static_cast<size_t>(n));
    } else if (n < 0 && errno == EINTR) {
      continue;
    } else {
      break;  // EIO: every process holding the terminal has closed it
    }
  }
  close(master);
  int status = 0;
  waitpid(pid, &status, 0);
  run.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
  std::string lf;
  for (char c : run.screen) {
    if (c != '\r') lf += c;
  }
  run.screen = lf;
  return run;
}

}  // namespace

TEST_CASE("The table at 40, 80 and 120 columns", "[cli][golden][table]") {
  SeededDb s;
  struct Case {
    const char* golden;
    const char* columns;
    std::vector<std::string> args;
  };
  const Case cases[] = {
      {"query_table_40.txt", "COLUMNS=40", {"query", "--factuality", "any"}},
      {"query_table_80.txt", "COLUMNS=80", {"query", "--factuality", "any"}},
      {"query_table_120.txt", "COLUMNS=120", {"query", "--factuality", "any"}},
      {"query_table_160_id.txt", "COLUMNS=160", {"query", "--factuality", "any", "--lang", "id"}},
  };
  for (const Case& c : cases) {
    INFO(c.golden);
    RunResult r = s.Run(c.args, {c.columns});
    INFO(r.err);
    CHECK(r.exit_code == 0);
    CheckGolden(c.golden, r.out);
    size_t width = std::stoul(std::string(c.columns).substr(8));
    for (const std::string& line : Lines(r.out)) {
      INFO(line);
      CHECK(timeline::DisplayWidth(line) <= width);
    }
  }
}

TEST_CASE("Every width from 40 to 200 columns fits, narrower is laid out as 40", "[cli][table]") {
  SeededDb s;
  for (int width = 10; width <= 200; width += 7) {
    RunResult r = s.Run({"query", "--factuality", "any"}, {"COLUMNS=" + std::to_string(width)});
    REQUIRE(r.exit_code == 0);
    std::vector<std::string> lines = Lines(r.out);
    REQUIRE(lines.size() == 18);  // header, rule, 16 events
    INFO("COLUMNS=" << width);
    CHECK(lines[1] == std::string(std::max(width, 40), '-'));
    for (const std::string& line : lines) CHECK(timeline::DisplayWidth(line) <= static_cast<size_t>(std::max(width, 40)));
  }
}

TEST_CASE("Piped without COLUMNS, the table cuts nothing", "[cli][table]") {
  SeededDb s;
  RunResult r = s.Run({"query", "--factuality", "any"}, {"COLUMNS"});
  REQUIRE(r.exit_code == 0);
  CHECK(r.out.find("\xE2\x80\xA6") == std::string::npos);
  // Whole titles, actor lists and article titles.
  CHECK(r.out.find("North Korean hackers stole about 1.5 trillion won ($1.2 billion) in crypto over five years") !=
        std::string::npos);
  CHECK(r.out.find("South Korea, United States, Japan \xE2\x86\x92 North Korea") != std::string::npos);
  CHECK(r.out.find("SKorea, AS, Jepang menyerukan dukungan terhadap larangan pekerja Korea Utara 2026-01-26") !=
        std::string::npos);
}

TEST_CASE("Pages by --offset and --count, in every format", "[cli][table]") {
  SeededDb s;
  // The table: the page, then where the next one starts.
  RunResult all = s.Run({"query", "--factuality", "any"});
  REQUIRE(all.exit_code == 0);
  std::vector<std::string> rows = Lines(all.out);
  rows.erase(rows.begin(), rows.begin() + 2);
  REQUIRE(rows.size() == 16);
  RunResult page = s.Run({"query", "--factuality", "any", "--offset", "5", "--count", "5"});
  REQUIRE(page.exit_code == 0);
  std::vector<std::string> lines = Lines(page.out);
  REQUIRE(lines.size() == 2 + 5 + 1);
  for (size_t i = 0; i < 5; ++i) CHECK(lines[2 + i] == rows[5 + i]);
  CHECK(lines.back() == "events 6\xE2\x80\x93" "10; the next ones: --offset 10");
  // The last page says nothing more; -n and --limit are --count.
  RunResult last = s.Run({"query", "--factuality", "any", "--offset", "10", "-n", "6"});
  std::vector<std::string> last_lines = Lines(last.out);
  REQUIRE(last_lines.size() == 2 + 6);
  CHECK(last_lines.back() == rows[15]);
  RunResult limit = s.Run({"query", "--factuality", "any", "--offset", "10", "--limit", "6"});
  CHECK(limit.out == last.out);
  // --offset alone: the rest.
  RunResult rest = s.Run({"query", "--factuality", "any", "--offset", "14"});
  REQUIRE(Lines(rest.out).size() == 2 + 2);
  CHECK(Lines(rest.out)[3] == rows[15]);
  // Past the end: nothing, said so.
  RunResult past = s.Run({"query", "--factuality", "any", "--offset", "16"});
  CHECK(past.exit_code == 0);
  CHECK(past.out.empty());
  CHECK(past.err == "timeline: no events match after the first 16 (--offset)\n");

  // CSV: the same rows as the whole answer's, header once, no note.
  RunResult csv_all = s.Run({"query", "--factuality", "any", "--format", "csv"});
  RunResult csv_page = s.Run({"query", "--factuality", "any", "--format", "csv", "--offset", "3", "--count", "4"});
  std::vector<std::vector<std::string>> whole = ParseCsv(csv_all.out), part = ParseCsv(csv_page.out);
  REQUIRE(whole.size() == 17);
  REQUIRE(part.size() == 5);
  for (size_t i = 1; i < 5; ++i) CHECK(part[i] == whole[3 + i]);
  // export takes them too.
  RunResult exported = s.Run({"export", "--factuality", "any", "--format", "csv", "--offset", "3", "--count", "4"});
  CHECK(exported.out == csv_page.out);
  // JSON: the page's events, in one document.
  RunResult json = s.Run({"query", "--factuality", "any", "--format", "json", "--offset", "2", "--count", "3"});
  REQUIRE(json.exit_code == 0);
  nlohmann::json docs = nlohmann::json::parse(json.out);
  if (!docs.is_array()) docs = nlohmann::json::array({docs});
  std::vector<std::string> ids;
  for (const auto& doc : docs) {
    for (const auto& e : doc["events"]) ids.push_back(e["id"]);
  }
  std::vector<std::string> expected;
  for (size_t i = 3; i < 6; ++i) expected.push_back(whole[i][0]);
  std::sort(ids.begin(), ids.end());
  std::sort(expected.begin(), expected.end());
  CHECK(ids == expected);
}

TEST_CASE("Paging options refuse what is not a count", "[cli][table]") {
  SeededDb s;
  struct Case {
    std::vector<std::string> args;
    std::string message;
  };
  const Case cases[] = {
      {{"query", "--offset", "-1"}, "timeline: error: --offset: \"-1\": give a whole number, 0 or more\n"},
      {{"query", "--offset", "x"}, "timeline: error: --offset: \"x\": give a whole number, 0 or more\n"},
      {{"query", "--count", "0"}, "timeline: error: --limit: \"0\": give a whole number, 1 or more\n"},
      {{"export", "--offset", "-3"}, "timeline: error: --offset: \"-3\": give a whole number, 0 or more\n"},
  };
  for (const Case& c : cases) {
    RunResult r = s.Run(c.args);
    INFO(r.err);
    CHECK(r.exit_code == 2);
    CHECK(r.err == c.message);
    CHECK(r.out.empty());
  }
}

TEST_CASE("On a terminal, output longer than the screen goes through $PAGER", "[cli][table][pager]") {
  SeededDb s;
  std::string recorded = s.dir.File("paged");
  std::string pager = s.dir.File("pager.sh");
  timeline::testing::WriteAll(pager, "#!/bin/sh\n# records what it is given and its arguments\n"
                                     "echo \"args: $*\" > '" + recorded + ".args'\ncat > '" + recorded + "'\n");
  fs::permissions(pager, fs::perms::owner_all);
  std::vector<std::string> query = {"--db", s.db, "query", "--factuality", "any"};

  // 18 lines on a 10-row screen: paged, at the terminal's own width (no $COLUMNS).
  TerminalRun paged = RunInTerminal(query, {"PAGER=" + pager}, 10, 80);
  CHECK(paged.exit_code == 0);
  REQUIRE(fs::exists(recorded));
  std::vector<std::string> lines = Lines(timeline::testing::ReadAll(recorded));
  REQUIRE(lines.size() == 18);
  CHECK(lines[1] == std::string(80, '-'));
  CHECK(paged.screen.find("DATE") == std::string::npos);  // nothing went around the pager
  fs::remove(recorded);

  // The same on a 40-row screen fits: no pager, the table on the terminal.
  TerminalRun fits = RunInTerminal(query, {"PAGER=" + pager}, 40, 100);
  CHECK(fits.exit_code == 0);
  CHECK(!fs::exists(recorded));
  CHECK(Lines(fits.screen).size() == 18);
  CHECK(Lines(fits.screen)[1] == std::string(100, '-'));

  // --no-pager, an empty $PAGER, or one that cannot start: printed directly.
  std::vector<std::string> no_pager = query;
  no_pager.push_back("--no-pager");
  for (const auto& [args, env] : std::vector<std::pair<std::vector<std::string>, std::string>>{
           {no_pager, "PAGER=" + pager}, {query, "PAGER="}, {query, "PAGER=/nonexistent/pager -R"}}) {
    INFO(env);
    TerminalRun direct = RunInTerminal(args, {env}, 10, 80);
    CHECK(direct.exit_code == 0);
    CHECK(!fs::exists(recorded));
    CHECK(Lines(direct.screen).size() == 18);
  }

  // A pager with arguments: $PAGER is a command line.
  TerminalRun with_args = RunInTerminal(query, {"PAGER=" + pager + " -S --quiet"}, 10, 80);
  CHECK(with_args.exit_code == 0);
  CHECK(timeline::testing::ReadAll(recorded + ".args") == "args: -S --quiet\n");
  // A CSV longer than the screen is paged too.
  std::vector<std::string> csv = query;
  csv.insert(csv.end(), {"--format", "csv"});
  fs::remove(recorded);
  TerminalRun csv_run = RunInTerminal(csv, {"PAGER=" + pager}, 10, 80);
  CHECK(csv_run.exit_code == 0);
  CHECK(Lines(timeline::testing::ReadAll(recorded)).size() == 17);
}
