// End-to-end: the publication date of raw articles, and --published as the
// date of those that state none.

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "cli/run.h"

using namespace timeline::testing;

namespace {

const char kUndated[] =
    "Reuters\n\nNorth Korea fires missiles\n\nNorth Korea fired two ballistic missiles on 3 March 2026, "
    "South Korea's military said. It fired another one on Friday.\n";
const char kDated[] =
    "Kompas.com - 04/12/2025, 14:22 WIB\n\nKorut tembakkan rudal\n\nSEOUL, KOMPAS.com - Korea Utara "
    "menembakkan rudal balistik pada Kamis (4/12).\n";

std::string Warning(const std::string& file) {
  return "timeline: warning: " + file +
         ": no publication date found in the header; relative dates left unknown (give --published "
         "YYYY-MM-DD)\n";
}

}  // namespace

TEST_CASE("An article without a publication date is extracted with a warning naming it", "[cli]") {
  TempDir dir;
  std::string undated = dir.File("undated.txt");
  WriteAll(undated, kUndated);
  RunResult r = RunTimeline({"extract", undated, "--format", "json"});
  INFO(r.err);
  REQUIRE(r.exit_code == 0);
  CHECK(r.err == Warning(undated));
  nlohmann::json doc = nlohmann::json::parse(r.out);
  CHECK(doc["article"]["published"].is_null());
  bool full = false;
  for (const auto& e : doc["events"]) {
    if (e["date"]["start"] == "2026-03-03") full = true;
    if (e["date"]["text"] == "on Friday") CHECK(e["date"]["precision"] == "unknown");
  }
  CHECK(full);

  // --published fills the missing date: no warning, Friday resolves.
  r = RunTimeline({"extract", undated, "--published", "2026-03-07"});
  REQUIRE(r.exit_code == 0);
  CHECK(r.err.empty());
  CHECK(nlohmann::json::parse(r.out)["article"]["published"] == "2026-03-07");

  // Loading it warns the same and stores it.
  RunResult load = RunTimeline({"--db", dir.File("t.db"), "load", undated});
  INFO(load.err);
  REQUIRE(load.exit_code == 0);
  CHECK(load.err == Warning(undated));
  CHECK(load.out.find("1 articles added") != std::string::npos);
}

TEST_CASE("A date given with --published never overrides one the article states", "[cli]") {
  TempDir dir;
  std::string dated = dir.File("dated.txt");
  WriteAll(dated, kDated);
  RunResult r = RunTimeline({"extract", dated, "--published", "2026-01-01"});
  INFO(r.err);
  REQUIRE(r.exit_code == 0);
  CHECK(r.err.empty());
  CHECK(nlohmann::json::parse(r.out)["article"]["published"] == "2025-12-04");
}
