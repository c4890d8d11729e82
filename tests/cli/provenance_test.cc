// Provenance: each stored article says where its facts came from, and a raw
// article's extraction never silently replaces a person's reviewed facts.

#include <SQLiteCpp/SQLiteCpp.h>

#include <catch2/catch.hpp>

#include <filesystem>
#include <string>
#include <tuple>

#include "cli/run.h"

using namespace timeline::testing;

namespace {

const std::string kText = "seeds/000_69a52ad502c6601e.txt";
const std::string kFacts = "seeds/000_69a52ad502c6601e.json";

// (provenance, facts_file, extractor) of the seed's article.
std::tuple<std::string, std::string, std::string> Source(const std::string& db) {
  SQLite::Database handle(db, SQLite::OPEN_READONLY);
  SQLite::Statement s(handle, "SELECT provenance, coalesce(facts_file, ''), coalesce(extractor, '') "
                              "FROM articles WHERE code = 'ef51e85a4b49d795'");
  REQUIRE(s.executeStep());
  return {s.getColumn(0).getString(), s.getColumn(1).getString(), s.getColumn(2).getString()};
}

}  // namespace

TEST_CASE("Reviewed facts are recorded with their fact file and never replaced by extraction unasked",
          "[cli][provenance]") {
  TempDir dir;
  std::string db = dir.File("t.db");
  REQUIRE(RunTimeline({"--db", db, "load", SourcePath(kFacts)}).exit_code == 0);
  CHECK(Source(db) == std::make_tuple(std::string("reviewed"), SourcePath(kFacts), std::string()));

  const std::string before = ReadAll(db);
  RunResult refused = RunTimeline({"--db", db, "load", SourcePath(kText)});
  CHECK(refused.exit_code == 1);
  CHECK(refused.err.find("timeline: error: " + SourcePath(kText) + ": article ef51e85a4b49d795 has reviewed "
                         "facts from " + SourcePath(kFacts)) != std::string::npos);
  CHECK(refused.err.find("--replace-reviewed") != std::string::npos);
  CHECK(ReadAll(db) == before);
  // The dry run says the same, the file untouched.
  CHECK(RunTimeline({"--db", db, "load", "--dry-run", SourcePath(kText)}).exit_code == 1);
  CHECK(ReadAll(db) == before);

  RunResult replaced = RunTimeline({"--db", db, "load", "--replace-reviewed", SourcePath(kText)});
  INFO(replaced.err);
  REQUIRE(replaced.exit_code == 0);
  CHECK(replaced.out.find("16 removed") != std::string::npos);
  auto [provenance, facts_file, extractor] = Source(db);
  CHECK(provenance == "extracted");
  CHECK(facts_file.empty());
  CHECK(extractor.rfind("timeline-extract data:", 0) == 0);
  // Extracted facts may be extracted again without the flag.
  CHECK(RunTimeline({"--db", db, "load", SourcePath(kText)}).exit_code == 0);
  // And the fact file takes the article back as reviewed.
  REQUIRE(RunTimeline({"--db", db, "load", SourcePath(kFacts)}).exit_code == 0);
  CHECK(std::get<0>(Source(db)) == "reviewed");
}

TEST_CASE("A fact file and its raw article in one load: the raw article is refused", "[cli][provenance]") {
  TempDir dir;
  std::string db = dir.File("t.db");
  RunResult r = RunTimeline({"--db", db, "load", SourcePath(kText), SourcePath(kFacts)});
  CHECK(r.exit_code == 1);
  CHECK(r.err.find("has reviewed facts from " + SourcePath(kFacts) + " (in this load)") != std::string::npos);
  CHECK_FALSE(std::filesystem::exists(db));
}

TEST_CASE("The same facts from a reviewed file after extraction become reviewed", "[cli][provenance]") {
  TempDir dir;
  std::string db = dir.File("t.db");
  REQUIRE(RunTimeline({"--db", db, "load", SourcePath(kText)}).exit_code == 0);
  CHECK(std::get<0>(Source(db)) == "extracted");
  // The extractor's own output, saved as a fact file a person then keeps.
  std::string saved = dir.File("reviewed.json");
  REQUIRE(RunTimeline({"extract", SourcePath(kText), "--format", "json", "-o", saved}).exit_code == 0);
  RunResult again = RunTimeline({"--db", db, "load", saved});
  INFO(again.err);
  REQUIRE(again.exit_code == 0);
  CHECK(std::get<0>(Source(db)) == "reviewed");
  CHECK(std::get<1>(Source(db)) == saved);
}
