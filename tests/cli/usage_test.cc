// End-to-end: how the binary speaks when the command line is wrong, and the
// commands that are about timeline itself (--version, help). Exit codes and
// message prefixes are exact: scripts depend on them (docs/manual.md).

#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>

#include "cli/dump.h"
#include "cli/run.h"

using namespace timeline::testing;
namespace fs = std::filesystem;

namespace {

const std::string kError = "timeline: error: ";

struct Seeded {
  TempDir dir;
  std::string db = dir.File("t.db");
  Seeded() { REQUIRE(RunTimeline({"--db", db, "load", SourcePath("seeds")}).exit_code == 0); }
  RunResult Run(std::vector<std::string> args) const {
    args.insert(args.begin(), {"--db", db});
    return RunTimeline(args);
  }
};

bool StartsWith(const std::string& text, const std::string& prefix) { return text.rfind(prefix, 0) == 0; }

}  // namespace

TEST_CASE("timeline --version prints the version and the schema version", "[cli][usage]") {
  // The highest migration number (numbers may skip: branches number theirs apart).
  size_t migrations = 0;
  for (const auto& entry : fs::directory_iterator(SourcePath("schema"))) {
    if (entry.path().extension() == ".sql") {
      migrations = std::max<size_t>(migrations, std::stoul(entry.path().filename().string().substr(0, 4)));
    }
  }
  RunResult r = RunTimeline({"--version"});
  CHECK(r.exit_code == 0);
  CHECK(StartsWith(r.out, "timeline 0."));
  CHECK(r.out.find("(schema version " + std::to_string(migrations) + ")\n") != std::string::npos);
  CHECK(r.err.empty());
}

TEST_CASE("timeline help [COMMAND] prints the help --help prints", "[cli][usage]") {
  RunResult top = RunTimeline({"help"});
  CHECK(top.exit_code == 0);
  CHECK(top.out == RunTimeline({"--help"}).out);
  for (const char* command : {"load", "extract", "dates", "query", "export", "actors", "show", "stats", "check"}) {
    CHECK(top.out.find(std::string("\n  ") + command + " ") != std::string::npos);
  }
  CHECK(top.out.find("completion") == std::string::npos);  // hidden: for the install rules
  CHECK(top.out.find("Exit codes: 0 success, 1 bad input or data, 2 usage, 3 internal error.") != std::string::npos);
  RunResult query = RunTimeline({"help", "query"});
  CHECK(query.exit_code == 0);
  CHECK(query.out == RunTimeline({"query", "--help"}).out);
  CHECK(query.out.find("Usage: timeline query") != std::string::npos);
  CHECK(query.out.find("--actor") != std::string::npos);

  RunResult typo = RunTimeline({"help", "qurey"});
  CHECK(typo.exit_code == 2);
  CHECK(StartsWith(typo.err, kError + "help: unknown command \"qurey\""));
  CHECK(typo.err.find("did you mean query?") != std::string::npos);
}

TEST_CASE("Usage errors exit 2 with one prefix, name the option and suggest the nearest", "[cli][usage]") {
  Seeded s;
  struct Expect {
    std::vector<std::string> args;
    std::string message;     // the whole first line, less the prefix, up to its end or a suggestion
    std::string suggestion;  // "" for none
  };
  std::vector<Expect> cases = {
      {{"query", "--actr", "PRK"}, "query: unknown option --actr", "did you mean --actor?"},
      {{"query", "--fromm=2026"}, "query: unknown option --fromm", "did you mean --from?"},
      {{"export", "--formt", "csv"}, "export: unknown option --formt", "did you mean --format?"},
      {{"qurey"}, "unknown command \"qurey\"", "did you mean query?"},
      {{"exprot", "-o", "x.csv"}, "unknown command \"exprot\"", "did you mean export?"},
      {{"query", "--role", "attacker"}, "--role: \"attacker\" is not a role: use initiator, target or participant", ""},
      {{"query", "--role", "targt"}, "--role: \"targt\" is not a role", "did you mean target?"},
      {{"query", "--type", "drll"}, "--type: \"drll\" is not a type, category or PLOVER type", "did you mean drill?"},
      {{"query", "--factuality", "assertd"}, "--factuality: \"assertd\" is not a factuality", "did you mean asserted?"},
      {{"query", "--format", "jsn"}, "--format: \"jsn\" is not a format", "did you mean json?"},
      {{"query", "--from", "2026", "--to", "2025"}, "--from 2026 is after --to 2025", ""},
      {{"query", "-n", "0"}, "--limit: \"0\": give a whole number, 1 or more", ""},
      {{"query", "--limit", "-3"}, "--limit: \"-3\": give a whole number, 1 or more", ""},
      {{"query", "--from", "2026-13"}, "--from: month 13 does not exist", ""},
      {{"query", "--actor"}, "query: --actor needs a value", ""},
      {{"query", "-n", "5", "-n", "6"}, "query: --limit takes one value: give it once", ""},
      {{"query", "--within=x"}, "query: --within: \"x\" is not a value it takes; it is a flag", ""},
      {{"query", "--", "--actor"}, "query: unexpected argument \"--actor\"", ""},
      {{"show"}, "show: missing ID", ""},
      {{"load"}, "load: missing PATHS", ""},
      {{}, "no command given: use load, extract", ""},
      {{"export", "-o", "out.CSV"}, "-o out.CSV: the extension \".CSV\" is not lower case", "did you mean --format csv?"},
      {{"export", "-o", "out.txt"}, "-o out.txt: the extension \".txt\" names no format", ""},
      {{"load", "--language", "fr", "x.txt"}, "--language: \"fr\" is not a language: use id or en", ""},
      {{"extract", "x.txt", "-j", "0"}, "--jobs: \"0\": give a whole number from 1 to 64", ""},
  };
  std::string before = Dump(s.db);
  for (const Expect& c : cases) {
    RunResult r = s.Run(c.args);
    std::string line = r.err.substr(0, r.err.find('\n'));
    INFO(line);
    CHECK(r.exit_code == 2);
    CHECK(StartsWith(line, kError + c.message));
    if (c.suggestion.empty()) {
      CHECK(line.find("did you mean") == std::string::npos);
    } else {
      CHECK(line.find(c.suggestion) != std::string::npos);
    }
    CHECK(r.err.find("Run with --help") == std::string::npos);  // CLI11's own voice
    CHECK(r.err.size() < 400);  // not a 309-digit range
    CHECK(r.out.empty());
  }
  CHECK(Dump(s.db) == before);
  CHECK_FALSE(fs::exists("out.CSV"));
  CHECK_FALSE(fs::exists("out.txt"));
}

TEST_CASE("Names in option values are matched in any case, once", "[cli][usage]") {
  Seeded s;
  RunResult lower = s.Run({"query", "--type", "drill", "--role", "initiator", "--format", "csv"});
  REQUIRE(lower.exit_code == 0);
  REQUIRE(lower.out.find("drill") != std::string::npos);
  CHECK(s.Run({"query", "--type", "Drill", "--role", "INITIATOR", "--format", "CSV"}).out == lower.out);
  CHECK(s.Run({"query", "--type", "MILITARY", "--factuality", "Any"}).exit_code == 0);
  // The names only: not the positions CLI11 maps them through.
  CHECK(s.Run({"query", "--role", "0"}).exit_code == 2);
  CHECK(s.Run({"query", "--format", "1"}).exit_code == 2);
}

TEST_CASE("Bad input and data exit 1, usage 2: the same kind of mistake, the same code", "[cli][usage]") {
  Seeded s;
  TempDir other;
  // Files that do not exist, for every command that reads files.
  for (const char* command : {"load", "extract", "dates"}) {
    RunResult r = s.Run({command, other.File("missing.txt")});
    INFO(command << ": " << r.err);
    CHECK(r.exit_code == 1);
    CHECK(StartsWith(r.err, kError + other.File("missing.txt")));
  }
  // Names the database does not know.
  RunResult actor = s.Run({"query", "--actor", "Korea Utra"});
  CHECK(actor.exit_code == 1);
  CHECK(StartsWith(actor.err, kError + "--actor \"Korea Utra\": no actor by that name; did you mean"));
  RunResult event = s.Run({"show", "no-such-event"});
  CHECK(event.exit_code == 1);
  CHECK(StartsWith(event.err, kError + "no event with id \"no-such-event\""));
}

TEST_CASE("Output files: a known lower-case extension or --format says the format", "[cli][usage]") {
  Seeded s;
  RunResult ics = s.Run({"export", "-o", s.dir.File("out.ics")});
  REQUIRE(ics.exit_code == 0);
  CHECK(StartsWith(ReadAll(s.dir.File("out.ics")), "BEGIN:VCALENDAR"));
  RunResult forced = s.Run({"export", "--format", "json", "-o", s.dir.File("OUT.TXT")});
  REQUIRE(forced.exit_code == 0);
  CHECK(StartsWith(ReadAll(s.dir.File("OUT.TXT")), "["));
  RunResult refused = s.Run({"export", "-o", s.dir.File("out.Ics")});
  CHECK(refused.exit_code == 2);
  CHECK_FALSE(fs::exists(s.dir.File("out.Ics")));
  // extract -o names a fact file: `-o article.txt` would overwrite the article.
  std::string article = s.dir.File("a.txt");
  WriteAll(article, ReadAll(SourcePath("tests/bad/month-13/a.txt")));
  std::string bytes = ReadAll(article);
  RunResult slip = RunTimeline({"extract", article, "-o", article});
  CHECK(slip.exit_code == 2);
  CHECK(ReadAll(article) == bytes);
  CHECK(RunTimeline({"extract", article, "-o", s.dir.File("a.json")}).exit_code == 0);
}
