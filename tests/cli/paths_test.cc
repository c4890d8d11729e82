// End-to-end: fact files and exports name their articles so that they load
// from any working folder, and no export carries an absolute local path.

#include <catch2/catch.hpp>
#include <filesystem>
#include <nlohmann/json.hpp>

#include "cli/dump.h"
#include "cli/run.h"

using namespace timeline::testing;
namespace fs = std::filesystem;

namespace {

const char* const kSeed = "000_69a52ad502c6601e";

// A scratch folder with the seed's article and fact file under in/, and the
// empty folders the tests work from.
struct Tree {
  TempDir dir;
  std::string root = fs::weakly_canonical(dir.path()).string();
  Tree() {
    for (const char* folder : {"in", "facts", "out", "elsewhere"}) fs::create_directories(root + "/" + folder);
    for (const char* ext : {".txt", ".json"}) {
      fs::copy_file(SourcePath(std::string("seeds/") + kSeed + ext), In(ext));
    }
  }
  std::string In(const std::string& ext) const { return root + "/in/" + kSeed + ext; }
  std::string Path(const std::string& relative) const { return root + "/" + relative; }
};

std::string ArticlePathOf(const std::string& fact_file) {
  nlohmann::json doc = nlohmann::json::parse(ReadAll(fact_file));
  return (doc.is_array() ? doc[0] : doc)["article"]["path"];
}

}  // namespace

TEST_CASE("extract -o names the article from the fact file, the fact file loads from any folder",
          "[cli][paths]") {
  Tree t;
  RunResult extracted =
      RunTimeline({"extract", std::string("in/") + kSeed + ".txt", "-o", "facts/a.json"}, {}, t.root);
  INFO(extracted.err);
  REQUIRE(extracted.exit_code == 0);
  CHECK(ArticlePathOf(t.Path("facts/a.json")) == std::string("../in/") + kSeed + ".txt");

  // From the fact file's own folder, from another folder, and from / with
  // an absolute path: the same article, the same events.
  std::vector<std::string> dumps;
  const std::pair<std::string, std::string> runs[] = {
      {t.Path("facts"), "a.json"}, {t.Path("elsewhere"), "../facts/a.json"}, {"/", t.Path("facts/a.json")}};
  int n = 0;
  for (const auto& [cwd, file] : runs) {
    INFO(cwd << " " << file);
    std::string db = t.Path("out/" + std::to_string(++n) + ".db");
    RunResult loaded = RunTimeline({"--db", db, "load", file}, {}, cwd);
    INFO(loaded.err);
    CHECK(loaded.exit_code == 0);
    CHECK(loaded.out.find("1 articles added") != std::string::npos);
    RunResult table = RunTimeline({"--db", db, "query", "--factuality", "any"});
    CHECK(table.exit_code == 0);
    dumps.push_back(table.out);
  }
  CHECK(dumps[0] == dumps[1]);
  CHECK(dumps[0] == dumps[2]);
  CHECK(dumps[0].find("missile_test") != std::string::npos);

  // To standard output the path stays as given (relative to the working folder).
  RunResult printed = RunTimeline({"extract", std::string("in/") + kSeed + ".txt"}, {}, t.root);
  CHECK(nlohmann::json::parse(printed.out)["article"]["path"] == std::string("in/") + kSeed + ".txt");
}

TEST_CASE("A JSON export loads into a fresh database from another folder with the same events",
          "[cli][paths]") {
  Tree t;
  std::string db = t.Path("t.db");
  REQUIRE(RunTimeline({"--db", db, "load", t.In(".json")}).exit_code == 0);
  RunResult exported =
      RunTimeline({"--db", db, "export", "--factuality", "any", "-o", t.Path("out/all.json")}, {}, t.Path("in"));
  INFO(exported.err);
  REQUIRE(exported.exit_code == 0);
  CHECK(ArticlePathOf(t.Path("out/all.json")) == std::string("../in/") + kSeed + ".txt");

  RunResult loaded = RunTimeline({"--db", "fresh.db", "load", "../out/all.json"}, {}, t.Path("elsewhere"));
  INFO(loaded.err);
  REQUIRE(loaded.exit_code == 0);
  CHECK(loaded.out.find("16 events added") != std::string::npos);
  // The same events: exported again beside the first export, byte for byte.
  RunResult again = RunTimeline(
      {"--db", t.Path("elsewhere/fresh.db"), "export", "--factuality", "any", "-o", t.Path("out/again.json")});
  REQUIRE(again.exit_code == 0);
  CHECK(ReadAll(t.Path("out/again.json")) == ReadAll(t.Path("out/all.json")));
  // And into the database it came from: nothing changes.
  std::string before = Dump(db);
  CHECK(RunTimeline({"--db", db, "load", t.Path("out/all.json")}).exit_code == 0);
  CHECK(Dump(db) == before);
}

TEST_CASE("No export or query output holds the absolute path of the articles' folder", "[cli][paths]") {
  Tree t;
  std::string db = t.Path("t.db");
  REQUIRE(RunTimeline({"--db", db, "load", t.In(".json")}).exit_code == 0);
  std::string given = t.dir.path();  // as the test made it, before links are resolved
  auto check_clean = [&](const std::string& what, const std::string& text) {
    INFO(what);
    CHECK_FALSE(text.empty());
    CHECK(text.find(t.root) == std::string::npos);
    CHECK(text.find(given) == std::string::npos);
  };
  const std::string article = std::string("in/") + kSeed + ".txt";
  for (const char* format : {"csv", "ics", "json"}) {
    for (const std::string& cwd : {t.root, t.Path("elsewhere"), std::string("/")}) {
      std::string what = std::string(format) + " from " + cwd;
      RunResult queried = RunTimeline({"--db", db, "query", "--factuality", "any", "--format", format}, {}, cwd);
      REQUIRE(queried.exit_code == 0);
      check_clean("query " + what, queried.out);
      RunResult printed = RunTimeline({"--db", db, "export", "--factuality", "any", "--format", format}, {}, cwd);
      REQUIRE(printed.exit_code == 0);
      check_clean("export to stdout " + what, printed.out);
      std::string file = t.Path(std::string("out/x.") + format);
      RunResult written = RunTimeline({"--db", db, "export", "--factuality", "any", "-o", file}, {}, cwd);
      REQUIRE(written.exit_code == 0);
      check_clean("export to a file " + what, ReadAll(file));
      // The database sits in the articles' tree: CSV and iCalendar name the
      // article from its folder.
      if (std::string(format) != "json") {
        std::string unfolded = ReadAll(file);
        for (size_t at; (at = unfolded.find("\r\n ")) != std::string::npos;) unfolded.erase(at, 3);
        CHECK(unfolded.find(std::string(format) == "csv" ? "," + article + "," : "\\n" + article + " bytes") !=
              std::string::npos);
      }
    }
  }
  // The database elsewhere: the file name only.
  std::string other = t.Path("out/sub/t.db");
  fs::create_directories(t.Path("out/sub"));
  REQUIRE(RunTimeline({"--db", other, "load", t.In(".json")}).exit_code == 0);
  RunResult csv = RunTimeline({"--db", other, "query", "--format", "csv"}, {}, t.Path("elsewhere"));
  check_clean("csv, database elsewhere", csv.out);
  CHECK(csv.out.find(std::string(",") + kSeed + ".txt,") != std::string::npos);
}
