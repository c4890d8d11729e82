// Merging month by month (merge_rule.h, ClusterReports: time-local), end to
// end: a chain of reports through three months gives the same events in
// every load order and on every path of the clusterer (a bulk load into a
// new database, cut into chunks of months or not; loads into a database
// with reports, through the sweep or the index look-ups), and a person's
// split outlives later loads.

#include <SQLiteCpp/SQLiteCpp.h>

#include <catch2/catch.hpp>

#include <algorithm>
#include <map>
#include <nlohmann/json.hpp>
#include <random>
#include <string>
#include <vector>

#include "cli/run.h"

using timeline::testing::RunResult;
using timeline::testing::RunTimeline;
using timeline::testing::ReadAll;
using timeline::testing::TempDir;
using timeline::testing::WriteAll;

namespace {

struct ChainReport {
  std::string id, start, end, precision;
  std::string actor = "PRK";  // the initiator
};

// A chain month - day - week - day - month - day - week - day - month
// through January to March 2026 (a drill by North Korea), each report told
// by its own article, published in this order. Every link is the same event
// by the rule, and each week crosses a month's end (a dispute with both
// months), so the whole is one connected set three months long.
const std::vector<ChainReport> kChain = {
    {"e-jan", "2026-01-01", "2026-01-31", "month"},  {"b-jan30", "2026-01-30", "2026-01-30", "day"},
    {"c-w05", "2026-01-26", "2026-02-01", "week"},   {"a-feb1", "2026-02-01", "2026-02-01", "day"},
    {"f-feb", "2026-02-01", "2026-02-28", "month"},  {"g-feb27", "2026-02-27", "2026-02-27", "day"},
    {"h-w09", "2026-02-23", "2026-03-01", "week"},   {"i-mar1", "2026-03-01", "2026-03-01", "day"},
    {"j-mar", "2026-03-01", "2026-03-31", "month"},
};

// One fact file (and its article) per report, in `folder`; returns the paths.
std::vector<std::string> WriteChain(const std::string& folder, const std::vector<ChainReport>& chain,
                                    int first_article = 0) {
  std::vector<std::string> files;
  for (size_t i = 0; i < chain.size(); ++i) {
    const ChainReport& r = chain[i];
    int n = first_article + static_cast<int>(i);
    char published[16];
    std::snprintf(published, sizeof published, "2026-04-%02d", 1 + n);
    std::string sentence = r.actor + " held a drill (" + r.id + ").";
    std::string text = std::string(published) + "\n\nDrill report " + r.id + "\n\n";
    size_t start = text.size();
    text += sentence + "\n";
    WriteAll(folder + "/" + r.id + ".txt", text);
    nlohmann::ordered_json doc;
    doc["article"] = {{"title", "Drill report " + r.id}, {"published", published}, {"language", "en"},
                      {"path", r.id + ".txt"}};
    doc["events"] = nlohmann::ordered_json::array();
    doc["events"].push_back(
        {{"id", r.id},
         {"type", "drill"},
         {"title", r.actor + " holds a drill"},
         {"date", {{"start", r.start}, {"end", r.end}, {"precision", r.precision}}},
         {"actors", nlohmann::ordered_json::array({{{"id", r.actor}, {"name", r.actor}, {"role", "initiator"}}})},
         {"factuality", "asserted"},
         {"evidence", {{"text", sentence}, {"start", start}, {"end", start + sentence.size()}}}});
    files.push_back(folder + "/" + r.id + ".json");
    WriteAll(files.back(), doc.dump(2) + "\n");
  }
  return files;
}

// The same documents as one JSON Lines file (`folder`/`name`): one load,
// one transaction, so that a load into a new database takes the bulk
// path (a load of several files commits and re-clusters file by file).
std::string AsLines(const std::string& folder, const std::string& name, const std::vector<std::string>& files) {
  std::string lines;
  for (const std::string& f : files) lines += nlohmann::ordered_json::parse(ReadAll(f)).dump() + "\n";
  WriteAll(folder + "/" + name, lines);
  return folder + "/" + name;
}

void Load(const std::string& db, const std::vector<std::string>& files, const std::string& batch = "") {
  std::vector<std::string> args = {"--db", db, "load"};
  args.insert(args.end(), files.begin(), files.end());
  std::vector<std::string> env;
  if (!batch.empty()) env.push_back("TIMELINE_MERGE_BATCH=" + batch);
  RunResult r = RunTimeline(args, env);
  INFO(r.err);
  REQUIRE(r.exit_code == 0);
}

// report uid -> "its event's id", with " disputed" when the event is.
std::map<std::string, std::string> State(const std::string& db) {
  SQLite::Database handle(db, SQLite::OPEN_READONLY);
  SQLite::Statement rows(handle,
                         "SELECT e.uid, coalesce(t.uid, e.uid), coalesce(t.disputed, 0) FROM events e "
                         "LEFT JOIN timeline_events t ON t.id = e.cluster");
  std::map<std::string, std::string> out;
  while (rows.executeStep()) {
    out[rows.getColumn(0).getString()] =
        rows.getColumn(1).getString() + (rows.getColumn(2).getInt() ? " disputed" : "");
  }
  return out;
}

}  // namespace

TEST_CASE("A chain across three months gives the same events in any load order and on every path",
          "[cli][merge][window]") {
  TempDir dir;
  std::vector<std::string> files = WriteChain(dir.path(), kChain);
  // Each month keeps its own day; the week of 26 January joins its Friday
  // (a January pair goes before February's), the week of 23 February its
  // Friday (closer than the month). Each week crosses two months: every
  // event of two reports is disputed; the January month alone is a report.
  const std::map<std::string, std::string> expected = {
      {"e-jan", "e-jan"},
      {"b-jan30", "b-jan30 disputed"},
      {"c-w05", "b-jan30 disputed"},
      {"a-feb1", "a-feb1 disputed"},
      {"f-feb", "a-feb1 disputed"},
      {"g-feb27", "g-feb27 disputed"},
      {"h-w09", "g-feb27 disputed"},
      {"i-mar1", "i-mar1 disputed"},
      {"j-mar", "i-mar1 disputed"},
  };
  // A bulk load into a new database: one chunk, and a chunk per month;
  // and the files in one command (a transaction each).
  std::string lines = AsLines(dir.path(), "chain.jsonl", files);
  for (const std::string batch : {"", "1"}) {
    INFO("TIMELINE_MERGE_BATCH=" << batch);
    std::string db = dir.File("together" + batch + ".db");
    Load(db, {lines}, batch);
    CHECK(State(db) == expected);
  }
  Load(dir.File("files.db"), files);
  CHECK(State(dir.File("files.db")) == expected);
  // One by one (the index look-ups), forward, backward and shuffled.
  std::vector<std::string> order = files;
  std::mt19937 shuffle(14);
  for (int round = 0; round < 4; ++round) {
    if (round == 1) std::reverse(order.begin(), order.end());
    if (round >= 2) std::shuffle(order.begin(), order.end(), shuffle);
    std::string db = dir.File("one-by-one" + std::to_string(round) + ".db");
    for (const std::string& f : order) Load(db, {f});
    INFO("round " << round);
    CHECK(State(db) == expected);
  }
  // Later reports, then earlier ones, each part in one transaction: 7
  // then 2 (the index look-ups), 2 then 7 (the sweep into a database with
  // reports, as many new as old or more).
  for (size_t half : {size_t{2}, size_t{7}}) {
    std::string n = std::to_string(half);
    std::string db = dir.File("halves" + n + ".db");
    Load(db, {AsLines(dir.path(), "later" + n + ".jsonl", std::vector<std::string>(files.begin() + half, files.end()))});
    Load(db, {AsLines(dir.path(), "earlier" + n + ".jsonl", std::vector<std::string>(files.begin(), files.begin() + half))});
    CHECK(State(db) == expected);
  }
}

TEST_CASE("A group still open when a type's last chunk has no pairs is written all the same", "[cli][merge][window]") {
  // With a chunk per month, February is handed on when South Korea's
  // drill of 1 March (no pair: another state) is read; the week of 23
  // February and its Friday end on 1 March, so they are carried, and no
  // later chunk has pairs.
  TempDir dir;
  std::vector<std::string> files = WriteChain(
      dir.path(), {kChain[4], kChain[5], kChain[6], {"z-mar1", "2026-03-01", "2026-03-01", "day", "KOR"}});
  const std::map<std::string, std::string> expected = {
      {"f-feb", "f-feb"}, {"g-feb27", "g-feb27 disputed"}, {"h-w09", "g-feb27 disputed"}, {"z-mar1", "z-mar1"}};
  std::string lines = AsLines(dir.path(), "open.jsonl", files);
  for (const std::string batch : {"", "1"}) {
    INFO("TIMELINE_MERGE_BATCH=" << batch);
    std::string db = dir.File("together" + batch + ".db");
    Load(db, {lines}, batch);
    CHECK(State(db) == expected);
  }
  std::string db = dir.File("one-by-one.db");
  for (const std::string& f : files) Load(db, {f});
  CHECK(State(db) == expected);
}

TEST_CASE("A report a person split from its event stays apart through later loads in any order",
          "[cli][merge][window]") {
  TempDir dir;
  std::vector<std::string> files = WriteChain(dir.path(), kChain);
  std::string db = dir.File("t.db");
  Load(db, {AsLines(dir.path(), "chain.jsonl", files)});
  REQUIRE(State(db)["f-feb"] == "a-feb1 disputed");
  RunResult split = RunTimeline({"--db", db, "split", "a-feb1"});
  INFO(split.err);
  REQUIRE(split.exit_code == 0);
  CHECK(split.out == "split a-feb1 into 2 events: a-feb1 f-feb\n");
  // A second telling of 1 February, then every file again in reverse: the
  // new day joins its day, never the month the person split from it.
  std::vector<std::string> more = WriteChain(dir.path(), {{"k-feb1", "2026-02-01", "2026-02-01", "day"}}, 20);
  Load(db, more);
  for (auto f = files.rbegin(); f != files.rend(); ++f) Load(db, {*f});
  std::map<std::string, std::string> state = State(db);
  CHECK(state["a-feb1"] == "a-feb1");
  CHECK(state["k-feb1"] == "a-feb1");
  CHECK(state["f-feb"] == "f-feb");
  CHECK(state["b-jan30"] == "b-jan30 disputed");  // the rest as before
  CHECK(state["j-mar"] == "i-mar1 disputed");
}
