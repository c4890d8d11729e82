// The bad-input corpus (tests/bad/): every case fails with its message and
// exit code and leaves the database exactly as it was.

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "cli/dump.h"
#include "cli/run.h"

using namespace timeline::testing;
namespace fs = std::filesystem;

namespace {

// One entry per line; an empty line is an empty argument ("--actor" "").
std::vector<std::string> Lines(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

std::string Substitute(std::string text, const std::string& case_dir, const std::string& tmp) {
  for (const auto& [from, to] : {std::pair<std::string, std::string>{"{case}", case_dir}, {"{tmp}", tmp}}) {
    for (size_t at; (at = text.find(from)) != std::string::npos;) text.replace(at, from.size(), to);
  }
  return text;
}

struct Case {
  std::string name;
  std::string dir;  // holds its inputs
  std::vector<std::string> args;
  std::vector<std::string> expect;
  int exit_code = 1;
};

// Inputs too big or too binary to keep in git are made here.
std::vector<Case> GeneratedCases(const std::string& root) {
  std::vector<Case> cases;
  auto make = [&](const std::string& name, const std::string& file, const std::string& bytes,
                  std::vector<std::string> expect) {
    std::string dir = root + "/" + name;
    fs::create_directories(dir);
    WriteAll(dir + "/" + file, bytes);
    cases.push_back({name, dir, {"load", dir + "/" + file}, std::move(expect), 1});
  };
  make("nul-bytes", "facts.json", std::string("{\"article\": \0\0\0 }", 18),
       {"facts.json:1:13: invalid JSON"});
  std::string junk;
  for (int i = 0; i < 4096; ++i) junk += static_cast<char>((i * 7919 + 13) % 256);
  make("binary-junk", "facts.json", junk, {"facts.json:1:", "invalid UTF-8 at byte"});
  make("utf16-bom", "facts.json", std::string("\xff\xfe{\0}\0", 6), {"facts.json:1:1: invalid UTF-8 at byte 0"});
  make("huge-line", "facts.json", "[" + std::string(20 * 1024 * 1024, ' ') + "}",
       {"facts.json:1:20971522: invalid JSON"});
  make("empty-jsonl", "facts.jsonl", "\n\n", {});
  cases.back().exit_code = 0;  // blank lines only: loads nothing, no error
  return cases;
}

std::vector<Case> StoredCases() {
  std::vector<Case> cases;
  std::string root = SourcePath("tests/bad");
  for (const auto& entry : fs::directory_iterator(root)) {
    if (!entry.is_directory()) continue;
    Case c;
    c.dir = entry.path().string();
    c.name = entry.path().filename().string();
    c.args = Lines(ReadAll(c.dir + "/args"));
    c.expect = Lines(ReadAll(c.dir + "/expect"));
    if (fs::exists(c.dir + "/exit")) c.exit_code = std::stoi(ReadAll(c.dir + "/exit"));
    cases.push_back(std::move(c));
  }
  std::sort(cases.begin(), cases.end(), [](const Case& a, const Case& b) { return a.name < b.name; });
  return cases;
}

}  // namespace

TEST_CASE("Every bad input fails clearly and leaves the database as it was", "[cli][bad]") {
  TempDir dir;
  std::string db = dir.File("t.db");
  RunResult seeded = RunTimeline({"--db", db, "load", SourcePath("seeds")});
  REQUIRE(seeded.exit_code == 0);
  std::string before = Dump(db);
  std::vector<Case> cases = StoredCases();
  REQUIRE(cases.size() >= 30);
  for (Case& generated : GeneratedCases(dir.File("generated"))) cases.push_back(std::move(generated));
  for (const Case& c : cases) {
    {
      TempDir tmp;
      std::vector<std::string> args = {"--db", db};
      for (const std::string& a : c.args) args.push_back(Substitute(a, c.dir, tmp.path()));
      RunResult r = RunTimeline(args);
      INFO("case " << c.name << "\nstderr: " << r.err);
      CHECK(r.exit_code == c.exit_code);
      // One voice: the error is the first thing said, or follows warnings.
      if (c.exit_code != 0) {
        CHECK((r.err.rfind("timeline: error: ", 0) == 0 || r.err.find("\ntimeline: error: ") != std::string::npos));
      }
      for (const std::string& line : c.expect) {
        if (line.empty()) continue;
        CHECK(r.err.find(Substitute(line, c.dir, tmp.path())) != std::string::npos);
      }
      CHECK(Dump(db) == before);
      CHECK(fs::is_empty(tmp.path()));  // no half-written output left behind
    }
  }
}

TEST_CASE("A malformed TIMELINE_MERGE_CAPTURE fails the load clearly and changes nothing", "[cli][bad]") {
  TempDir dir;
  std::string db = dir.File("t.db");
  REQUIRE(RunTimeline({"--db", db, "load", SourcePath("seeds")}).exit_code == 0);
  const std::string before = Dump(db);
  for (const char* value : {"abc", "12MB", "-1", " 5", "99999999999999999999999"}) {
    INFO(value);
    RunResult r = RunTimeline({"--db", db, "load", SourcePath("tests/merge/corpus")},
                              {std::string("TIMELINE_MERGE_CAPTURE=") + value});
    CHECK(r.exit_code == 1);
    CHECK(r.err.find(std::string("TIMELINE_MERGE_CAPTURE=") + value + ": not a whole number of bytes") !=
          std::string::npos);
    CHECK(Dump(db) == before);
    // And a database that did not exist is not created.
    CHECK(RunTimeline({"--db", dir.File("new.db"), "load", SourcePath("seeds")},
                      {std::string("TIMELINE_MERGE_CAPTURE=") + value})
              .exit_code == 1);
    CHECK_FALSE(fs::exists(dir.File("new.db")));
  }
  // 0 holds nothing and loads as before.
  CHECK(RunTimeline({"--db", dir.File("zero.db"), "load", SourcePath("seeds")}, {"TIMELINE_MERGE_CAPTURE=0"})
            .exit_code == 0);
}
