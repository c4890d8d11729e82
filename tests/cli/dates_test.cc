// End-to-end: `timeline dates` lists every time expression of raw articles
// with its byte span in the file, its interval and its anchor; `timeline
// actors` shows the registry's groups.

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <sstream>

#include "cli/run.h"

using namespace timeline::testing;

namespace {

// Published Thursday 2026-05-14: "last week" is ISO week 19, "on Tuesday"
// the 12th.
const char kArticle[] =
    "Thursday, May 14, 2026\n"
    "\n"
    "Envoys meet again after drills\n"
    "\n"
    "SEOUL - South Korea and Japan held talks last week on maritime security, officials said.\n"
    "\n"
    "North Korea fired a cruise missile on Tuesday, the Joint Chiefs of Staff said. The summit in "
    "Seoul ran 8-9 May 2026, and the ministers met again the next day.\n";

struct Expected {
  const char* text;
  const char* start;  // nullptr: no interval of its own
  const char* end;
  const char* precision;
  const char* anchor;
};

const Expected kExpected[] = {
    {"last week", "2026-05-04", "2026-05-10", "week", "published"},
    {"on Tuesday", "2026-05-12", "2026-05-12", "day", "published"},
    {"8-9 May 2026", "2026-05-08", "2026-05-09", "day", "none"},
    {"the next day", nullptr, nullptr, "unknown", "event"},
};

// Checks one article's "dates" against kExpected, offsets into `file`.
void CheckDates(const nlohmann::json& dates, const std::string& file) {
  REQUIRE(dates.size() == std::size(kExpected));
  for (size_t i = 0; i < dates.size(); ++i) {
    const Expected& want = kExpected[i];
    const nlohmann::json& d = dates[i];
    INFO(want.text);
    CHECK(d["text"] == want.text);
    size_t start = d["start"], end = d["end"];
    CHECK(start == file.find(want.text));
    CHECK(end == start + std::string(want.text).size());
    CHECK(file.substr(start, end - start) == d["text"].get<std::string>());
    if (want.start) {
      CHECK(d["date"]["start"] == want.start);
      CHECK(d["date"]["end"] == want.end);
    } else {
      CHECK(d["date"]["start"].is_null());
      CHECK(d["date"]["end"].is_null());
    }
    CHECK(d["date"]["precision"] == want.precision);
    CHECK(d["anchor"] == want.anchor);
  }
  CHECK(dates[3]["offset_days"] == 1);
}

// The words of `text`, split on spaces.
std::vector<std::string> Words(const std::string& text) {
  std::vector<std::string> words;
  std::istringstream in(text);
  for (std::string w; in >> w;) words.push_back(w);
  return words;
}

}  // namespace

TEST_CASE("timeline dates lists every time expression with its span, interval and anchor", "[cli][dates]") {
  TempDir dir;
  std::string path = dir.File("talks.txt");
  WriteAll(path, kArticle);
  RunResult r = RunTimeline({"dates", path, "--format", "json"});
  INFO(r.err);
  REQUIRE(r.exit_code == 0);
  nlohmann::json out = nlohmann::json::parse(r.out);
  REQUIRE(out.is_array());
  REQUIRE(out.size() == 1);
  CHECK(out[0]["article"] == path);
  CHECK(out[0]["published"] == "2026-05-14");
  CheckDates(out[0]["dates"], kArticle);
  // Exact offsets, counted by hand once.
  CHECK(out[0]["dates"][0]["start"] == 97);
  CHECK(out[0]["dates"][0]["end"] == 106);
  CHECK(out[0]["dates"][3]["start"] == 291);
  CHECK(out[0]["dates"][3]["end"] == 303);
}

TEST_CASE("timeline dates prints one table line per expression", "[cli][dates]") {
  TempDir dir;
  std::string path = dir.File("talks.txt");
  WriteAll(path, kArticle);
  RunResult r = RunTimeline({"dates", path});
  INFO(r.err);
  REQUIRE(r.exit_code == 0);
  std::istringstream lines(r.out);
  std::string line;
  std::getline(lines, line);
  CHECK(line == path + " (published 2026-05-14, en): 4 time expressions");
  const std::vector<std::vector<std::string>> rows = {
      {"97-106", "last", "week", "2026-05-04..2026-05-10", "week", "published"},
      {"181-191", "on", "Tuesday", "2026-05-12", "day", "published"},
      {"249-261", "8-9", "May", "2026", "2026-05-08..2026-05-09", "day", "none"},
      {"291-303", "the", "next", "day", "event+1d", "unknown", "event"},
  };
  for (const auto& row : rows) {
    REQUIRE(std::getline(lines, line));
    CHECK(Words(line) == row);
  }
  CHECK_FALSE(std::getline(lines, line));
}

TEST_CASE("timeline dates counts offsets in the file as given, BOM and CRLF included", "[cli][dates]") {
  TempDir dir;
  std::string crlf = "\xEF\xBB\xBF";
  for (const char* c = kArticle; *c; ++c) crlf += *c == '\n' ? std::string("\r\n") : std::string(1, *c);
  std::string plain = dir.File("plain.txt"), windows = dir.File("windows.txt");
  WriteAll(plain, kArticle);
  WriteAll(windows, crlf);
  RunResult r = RunTimeline({"dates", plain, windows, "-f", "json"});
  INFO(r.err);
  REQUIRE(r.exit_code == 0);
  nlohmann::json out = nlohmann::json::parse(r.out);
  REQUIRE(out.size() == 2);
  CHECK(out[1]["article"] == windows);
  CheckDates(out[0]["dates"], kArticle);
  CheckDates(out[1]["dates"], crlf);
  CHECK(out[1]["dates"][0]["start"] == out[0]["dates"][0]["start"].get<size_t>() + 3 + 4);  // BOM, 4 CRs
}

TEST_CASE("timeline dates: missing files and dates fail as the other commands do", "[cli][dates]") {
  TempDir dir;
  std::string missing = dir.File("nowhere.txt");
  RunResult r = RunTimeline({"dates", missing});
  CHECK(r.exit_code == 1);  // bad input, as for `load` of a missing file
  CHECK(r.err.find(missing) != std::string::npos);
  CHECK(r.out.empty());

  std::string undated = dir.File("undated.txt");
  WriteAll(undated, "Talks\n\nSouth Korea and Japan held talks last week.\n");
  // Without a date: listed all the same, relative ones unresolved, with the
  // warning extract gives.
  RunResult no_date = RunTimeline({"dates", undated, "--format", "json"});
  CHECK(no_date.exit_code == 0);
  CHECK(no_date.err.find(undated + ": no publication date found") != std::string::npos);
  CHECK(no_date.err.find("--published") != std::string::npos);
  nlohmann::json unresolved = nlohmann::json::parse(no_date.out);
  CHECK(unresolved[0]["published"].is_null());
  REQUIRE(unresolved[0]["dates"].size() == 1);
  CHECK(unresolved[0]["dates"][0]["date"]["precision"] == "unknown");
  CHECK(unresolved[0]["dates"][0]["anchor"] == "published");

  RunResult given = RunTimeline({"dates", undated, "--published", "2026-05-14", "--format", "json"});
  INFO(given.err);
  REQUIRE(given.exit_code == 0);
  nlohmann::json out = nlohmann::json::parse(given.out);
  CHECK(out[0]["published"] == "2026-05-14");
  REQUIRE(out[0]["dates"].size() == 1);
  CHECK(out[0]["dates"][0]["date"]["start"] == "2026-05-04");

  CHECK(RunTimeline({"dates", undated, "--published", "2026-02-30"}).exit_code == 2);
  CHECK(RunTimeline({"dates", undated, "--format", "csv"}).exit_code == 2);
}

TEST_CASE("timeline actors shows an armed group by any of its names", "[cli][registry]") {
  TempDir dir;
  for (const char* name : {"Hizbullah", "Hezbollah", "LBN-HEZBOLLAH"}) {
    INFO(name);
    RunResult r = RunTimeline({"--db", dir.File("none.db"), "actors", name});
    INFO(r.err);
    REQUIRE(r.exit_code == 0);
    CHECK(r.out.rfind("LBN-HEZBOLLAH\tgroup\tHezbollah\tcountry LBN\t0 events\n", 0) == 0);
    // Its names as the registry writes them, never folded.
    CHECK(r.out.find("  names: Hezbollah (en); Hizbullah (id)\n") != std::string::npos);
    CHECK(r.out.find("Hizbullah Lebanon") != std::string::npos);
    CHECK(r.out.find("hizbullah") == std::string::npos);
  }
  RunResult iaea = RunTimeline({"--db", dir.File("none.db"), "actors", "I.A.E.A."});
  CHECK(iaea.out.rfind("IAEA\tbody\t", 0) == 0);
}
