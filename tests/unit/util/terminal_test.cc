#include "util/terminal.h"

#include <fcntl.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

using namespace timeline;
namespace fs = std::filesystem;

namespace {

std::string Slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

// A scratch folder with the file the pager's output goes to ("screen", in
// place of a terminal) and the file a recording pager writes ("paged").
struct Scratch {
  std::string dir;
  int screen = -1;
  Scratch() {
    std::string pattern = (fs::temp_directory_path() / "timeline-pager-XXXXXX").string();
    REQUIRE(mkdtemp(pattern.data()) != nullptr);
    dir = pattern;
    screen = ::open((dir + "/screen").c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    REQUIRE(screen >= 0);
  }
  ~Scratch() {
    ::close(screen);
    std::error_code ec;
    fs::remove_all(dir, ec);
  }
  std::string Recorder() const { return "cat > " + dir + "/paged"; }
  std::string Screen() const { return Slurp(dir + "/screen"); }
  bool Paged() const { return fs::exists(dir + "/paged"); }
  std::string PagedText() const { return Slurp(dir + "/paged"); }
};

std::string NumberedLines(size_t count) {
  std::string text;
  for (size_t i = 1; i <= count; ++i) text += "line " + std::to_string(i) + "\n";
  return text;
}

}  // namespace

TEST_CASE("PagerCommand: $PAGER, else less -FRX, empty or cat: none", "[util][pager]") {
  CHECK(PagerCommand(nullptr) == std::optional<std::string>("less -FRX"));
  CHECK(PagerCommand("more") == std::optional<std::string>("more"));
  CHECK(PagerCommand("  less -S ") == std::optional<std::string>("less -S"));
  CHECK(PagerCommand("") == std::nullopt);
  CHECK(PagerCommand("   ") == std::nullopt);
  CHECK(PagerCommand("cat") == std::nullopt);
}

TEST_CASE("ScreenLines counts a wrapped line once per screen row", "[util][pager]") {
  CHECK(ScreenLines(0, 80) == 1);
  CHECK(ScreenLines(80, 80) == 1);
  CHECK(ScreenLines(81, 80) == 2);
  CHECK(ScreenLines(400, 80) == 5);
  CHECK(ScreenLines(5, 0) == 1);
}

TEST_CASE("OutputColumns and ScreenRows: the environment first", "[util][pager]") {
  // Not a terminal (a file): no width unless $COLUMNS gives one.
  Scratch s;
  const char* columns = std::getenv("COLUMNS");
  std::string saved = columns ? columns : "";
  ::setenv("COLUMNS", "77", 1);
  CHECK(OutputColumns(s.screen) == std::optional<size_t>(77));
  for (const char* bad : {"", "0", "-5", "80x", "wide"}) {
    INFO(bad);
    ::setenv("COLUMNS", bad, 1);
    CHECK(OutputColumns(s.screen) == std::nullopt);
  }
  ::unsetenv("COLUMNS");
  CHECK(OutputColumns(s.screen) == std::nullopt);
  ::setenv("LINES", "33", 1);
  CHECK(ScreenRows(s.screen) == 33);
  ::unsetenv("LINES");
  CHECK(ScreenRows(s.screen) == 24);
  if (columns) ::setenv("COLUMNS", saved.c_str(), 1);
}

TEST_CASE("Output that fits above the prompt is written directly", "[util][pager]") {
  Scratch s;
  {
    Pager pager(s.screen, s.Recorder(), 10, 80);
    pager.stream() << NumberedLines(9);  // rows - 1: the last row is the prompt's
    pager.Finish();
    CHECK(!pager.paged());
  }
  CHECK(s.Screen() == NumberedLines(9));
  CHECK(!s.Paged());
}

TEST_CASE("Output longer than the screen goes through the pager, all of it", "[util][pager]") {
  Scratch s;
  {
    Pager pager(s.screen, s.Recorder(), 10, 80);
    pager.stream() << NumberedLines(10);
    pager.stream() << NumberedLines(5000);  // past the pipe's buffer
    pager.Finish();
    CHECK(pager.paged());
  }
  CHECK(s.PagedText() == NumberedLines(10) + NumberedLines(5000));
  CHECK(s.Screen().empty());
}

TEST_CASE("Long lines count as the rows they wrap to", "[util][pager]") {
  Scratch s;
  Pager pager(s.screen, s.Recorder(), 10, 20);
  for (int i = 0; i < 5; ++i) pager.stream() << std::string(50, 'x') << "\n";  // 3 rows each
  pager.Finish();
  CHECK(pager.paged());
  CHECK(s.PagedText().size() == 5 * 51);
}

TEST_CASE("A pager that cannot start: the output is written directly", "[util][pager]") {
  Scratch s;
  Pager pager(s.screen, "/nonexistent/pager -R", 10, 80);
  pager.stream() << NumberedLines(100);
  pager.Finish();
  CHECK(!pager.paged());
  CHECK(s.Screen() == NumberedLines(100));
}

TEST_CASE("A pager that quits early ends the output quietly", "[util][pager]") {
  Scratch s;
  Pager pager(s.screen, "head -n 1 > " + s.dir + "/paged", 10, 80);
  // Far more than a pipe holds, so writes go on after head has quit: they
  // fail with EPIPE (not SIGPIPE, which would kill this test).
  for (int i = 0; i < 20; ++i) pager.stream() << NumberedLines(5000);
  CHECK(pager.stream().bad());  // so that writers can stop early
  CHECK_NOTHROW(pager.Finish());
  CHECK(pager.paged());
  CHECK(s.PagedText() == "line 1\n");
  CHECK(s.Screen().empty());
}
