// End-to-end: `timeline export --format html` and `timeline view` write the
// page with the events the filters select (without a browser; what the page
// does with them is tests/browser/browser_test.py's).
#include <catch2/catch.hpp>
#include <algorithm>
#include <filesystem>
#include <nlohmann/json.hpp>

#include "cli/run.h"

using namespace timeline::testing;
namespace fs = std::filesystem;

namespace {

// The page's #timeline-events element, parsed.
nlohmann::json PageEvents(const std::string& page) {
  const std::string open = "<script type=\"application/json\" id=\"timeline-events\">";
  size_t start = page.find(open);
  REQUIRE(start != std::string::npos);
  start += open.size();
  size_t end = page.find("</script>", start);
  REQUIRE(end != std::string::npos);
  return nlohmann::json::parse(page.substr(start, end - start));
}

std::vector<std::string> Ids(const nlohmann::json& events) {
  std::vector<std::string> ids;
  for (const auto& e : events) ids.push_back(e["id"]);
  std::sort(ids.begin(), ids.end());
  return ids;
}

// The ids a JSON export of the same filters gives.
std::vector<std::string> ExportedIds(const std::string& db, std::vector<std::string> filters) {
  std::vector<std::string> args = {"--db", db, "export", "--format", "json"};
  args.insert(args.end(), filters.begin(), filters.end());
  RunResult r = RunTimeline(args);
  REQUIRE(r.exit_code == 0);
  nlohmann::json events = nlohmann::json::array();
  for (const auto& document : nlohmann::json::parse(r.out)) {
    for (const auto& e : document["events"]) events.push_back(e);
  }
  return Ids(events);
}

}  // namespace

TEST_CASE("export writes the page of the events its filters select", "[cli][html]") {
  TempDir dir;
  std::string db = dir.File("t.db");
  REQUIRE(RunTimeline({"--db", db, "load", SourcePath("seeds")}).exit_code == 0);

  // The format from the extension; the same events as the JSON export.
  RunResult r = RunTimeline({"--db", db, "export", "--factuality", "any", "-o", dir.File("all.html")});
  REQUIRE(r.exit_code == 0);
  std::string page = ReadAll(dir.File("all.html"));
  CHECK(page.rfind("<!DOCTYPE html>", 0) == 0);
  CHECK(Ids(PageEvents(page)) == ExportedIds(db, {"--factuality", "any"}));
  CHECK(r.err.find("exported 16 events") != std::string::npos);

  // Filters apply as to any export; standard output with --format html.
  r = RunTimeline({"--db", db, "export", "--format", "html", "--actor", "Korea Utara", "--type", "military"});
  REQUIRE(r.exit_code == 0);
  std::vector<std::string> military =
      ExportedIds(db, {"--actor", "Korea Utara", "--type", "military", "--factuality", "asserted"});
  CHECK(!military.empty());
  CHECK(Ids(PageEvents(r.out)) == military);
}

TEST_CASE("view writes the page to a new temporary file and prints its path", "[cli][html]") {
  TempDir dir, tmp;
  std::string db = dir.File("t.db");
  REQUIRE(RunTimeline({"--db", db, "load", SourcePath("seeds")}).exit_code == 0);
  std::vector<std::string> env = {"TMPDIR=" + tmp.path()};

  RunResult first = RunTimeline({"--db", db, "view", "--factuality", "any"}, env);
  REQUIRE(first.exit_code == 0);
  std::string path = first.out.substr(0, first.out.find('\n'));
  CHECK(fs::path(path).parent_path() == fs::path(tmp.path()));
  CHECK(fs::path(path).extension() == ".html");
  CHECK(Ids(PageEvents(ReadAll(path))) == ExportedIds(db, {"--factuality", "any"}));

  // A second view is a second file: the first stays open in its browser tab.
  RunResult second = RunTimeline({"--db", db, "view", "--type", "sanction"}, env);
  REQUIRE(second.exit_code == 0);
  std::string path2 = second.out.substr(0, second.out.find('\n'));
  CHECK(path2 != path);
  CHECK(fs::exists(path));
  CHECK(Ids(PageEvents(ReadAll(path2))) == ExportedIds(db, {"--type", "sanction"}));
}

TEST_CASE("a view that fails leaves no file behind", "[cli][html]") {
  TempDir dir, tmp;
  std::vector<std::string> env = {"TMPDIR=" + tmp.path()};
  RunResult r = RunTimeline({"--db", dir.File("missing.db"), "view"}, env);
  CHECK(r.exit_code == 1);
  CHECK(r.out.empty());
  CHECK(fs::is_empty(tmp.path()));

  REQUIRE(RunTimeline({"--db", dir.File("t.db"), "load", SourcePath("seeds")}).exit_code == 0);
  r = RunTimeline({"--db", dir.File("t.db"), "view", "--actor", "Atlantis"}, env);
  CHECK(r.exit_code == 1);
  CHECK(fs::is_empty(tmp.path()));
}
