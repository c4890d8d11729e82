// Provenance: each stored article says where its facts came from, and a raw
// article's extraction never silently replaces a person's reviewed facts.

#include <SQLiteCpp/SQLiteCpp.h>

#include <catch2/catch.hpp>

#include <filesystem>
#include <nlohmann/json.hpp>
#include <regex>
#include <set>
#include <string>
#include <tuple>

#include "cli/run.h"
#include "util/hash.h"

using namespace timeline::testing;
namespace fs = std::filesystem;

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
  // The program's version and a digest of the extractor's sources and data.
  CHECK(std::regex_match(extractor, std::regex("timeline-extract [0-9]+\\.[0-9]+\\.[0-9]+ sha256:[0-9a-f]{16}")));
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

namespace {

std::set<std::string> Uids(const std::string& db) {
  SQLite::Database handle(db, SQLite::OPEN_READONLY);
  SQLite::Statement s(handle, "SELECT uid FROM events");
  std::set<std::string> uids;
  while (s.executeStep()) uids.insert(s.getColumn(0).getString());
  return uids;
}

int64_t Count(const std::string& db, const std::string& sql) {
  SQLite::Database handle(db, SQLite::OPEN_READONLY);
  return handle.execAndGet(sql).getInt64();
}

}  // namespace

TEST_CASE("A corrected raw article replaces its events as a revision, ids kept where evidence matches",
          "[cli][provenance][identity]") {
  TempDir dir;
  std::string db = dir.File("t.db");
  std::string text = dir.File("article.txt");
  fs::copy_file(SourcePath(kText), text);
  REQUIRE(RunTimeline({"--db", db, "load", text}).exit_code == 0);
  std::set<std::string> before = Uids(db);
  REQUIRE(before.size() > 10);

  // One word corrected near the start: every evidence offset after it moves.
  std::string bytes = ReadAll(text);
  size_t at = bytes.find("Korea Utara");
  REQUIRE(at != std::string::npos);
  bytes.replace(at, 11, "Korea  Utara");
  WriteAll(text, bytes);
  RunResult again = RunTimeline({"--db", db, "load", text});
  INFO(again.err);
  REQUIRE(again.exit_code == 0);
  CHECK(again.out.find("0 articles added, 1 replaced") != std::string::npos);
  CHECK(again.out.find("0 removed") != std::string::npos);
  CHECK(Count(db, "SELECT count(*) FROM articles") == 1);
  CHECK(Uids(db) == before);  // the same calendar UIDs
  CHECK(Count(db, "SELECT min(revision) FROM events") >= 1);  // SEQUENCE raised
  CHECK(Count(db, "SELECT count(*) FROM articles WHERE code = '" + timeline::ArticleIdOf(bytes) + "'") == 1);
  CHECK(RunTimeline({"--db", db, "check"}).exit_code == 0);
}

TEST_CASE("A corrected article under a reviewed fact file keeps the file's ids as one article",
          "[cli][provenance][identity]") {
  TempDir dir;
  std::string db = dir.File("t.db");
  std::string text = dir.File("000_69a52ad502c6601e.txt");
  std::string facts = dir.File("000_69a52ad502c6601e.json");
  fs::copy_file(SourcePath(kText), text);
  nlohmann::json doc = nlohmann::json::parse(ReadAll(SourcePath(kFacts)));
  doc["article"]["path"] = text;
  WriteAll(facts, doc.dump(2));
  REQUIRE(RunTimeline({"--db", db, "load", facts}).exit_code == 0);
  // A typo fixed after every piece of evidence: the facts stay valid.
  std::string bytes = ReadAll(text) + "Koreksi: ejaan.\n";
  WriteAll(text, bytes);
  doc["article"]["id"] = timeline::ArticleIdOf(bytes);
  doc["events"][0]["title"] = "A corrected title";
  WriteAll(facts, doc.dump(2));
  RunResult again = RunTimeline({"--db", db, "load", facts});
  INFO(again.err);
  REQUIRE(again.exit_code == 0);
  CHECK(again.out.find("0 articles added, 1 replaced") != std::string::npos);
  CHECK(again.out.find("0 events added, 1 changed, 0 removed, 15 unchanged") != std::string::npos);
  CHECK(Count(db, "SELECT count(*) FROM articles") == 1);
  CHECK(Count(db, "SELECT count(*) FROM removed_events") == 0);
  // Corrected once more, the raw text alone is still that reviewed article.
  WriteAll(text, bytes + "Lagi.\n");
  RunResult raw = RunTimeline({"--db", db, "load", text});
  CHECK(raw.exit_code == 1);
  CHECK(raw.err.find("has reviewed facts from " + facts) != std::string::npos);
}
