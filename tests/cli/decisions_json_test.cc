// People's merge and split decisions in JSON (issue 14, point 4): an export
// carries them (merged_with, split_from), a load stores them, and no later
// load drops them. End to end on the overlap corpus (tests/merge/corpus/).

#include <SQLiteCpp/SQLiteCpp.h>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <filesystem>
#include <map>
#include <set>
#include <tuple>

#include "cli/merge_corpus.h"
#include "cli/run.h"

namespace fs = std::filesystem;
using nlohmann::ordered_json;
using timeline::testing::CorpusFiles;
using timeline::testing::EventsOf;
using timeline::testing::LoadFiles;
using timeline::testing::ParseCsv;
using timeline::testing::ReadAll;
using timeline::testing::RunResult;
using timeline::testing::RunTimeline;
using timeline::testing::SourcePath;
using timeline::testing::TempDir;
using timeline::testing::WriteAll;

namespace {

// merge_decisions, without the time they were made.
std::vector<std::tuple<std::string, std::string, std::string>> DecisionsOf(const std::string& db) {
  SQLite::Database handle(db, SQLite::OPEN_READONLY);
  SQLite::Statement rows(handle, "SELECT a, b, decision FROM merge_decisions ORDER BY a, b");
  std::vector<std::tuple<std::string, std::string, std::string>> out;
  while (rows.executeStep()) {
    out.emplace_back(rows.getColumn(0).getString(), rows.getColumn(1).getString(), rows.getColumn(2).getString());
  }
  return out;
}

RunResult Run(const std::vector<std::string>& args) {
  RunResult r = RunTimeline(args);
  INFO(r.err);
  REQUIRE(r.exit_code == 0);
  return r;
}

// What a person sees of the database: every timeline event (id, dates,
// title, sources and their articles) and every report, as CSV rows. Sorted:
// rows of the same time come in the order their reports were stored (a
// load order's, with or without decisions), the same set of rows in any.
using Rows = std::vector<std::vector<std::string>>;
std::pair<Rows, Rows> Answers(const std::string& db) {
  Rows events = ParseCsv(Run({"--db", db, "query", "--format", "csv", "--no-bom", "--factuality", "any"}).out);
  Rows reports =
      ParseCsv(Run({"--db", db, "query", "--format", "csv", "--no-bom", "--factuality", "any", "--reports"}).out);
  std::sort(events.begin() + 1, events.end());
  std::sort(reports.begin() + 1, reports.end());
  return {events, reports};
}

// The corpus with a person's decisions: the drills a week apart, which the
// rule keeps apart, merged; the launch from Sinpo told by two articles,
// which the rule merges, split.
void Decide(const std::string& db) {
  LoadFiles(db, CorpusFiles());
  auto events = EventsOf(db);
  REQUIRE(events["m08-e1"] != events["m05-e2"]);
  REQUIRE(events["m02-e1"] == events["m01-e1"]);
  Run({"--db", db, "merge", "m05-e2", "m08-e1"});
  Run({"--db", db, "split", "m01-e1"});
  events = EventsOf(db);
  REQUIRE(events["m08-e1"] == events["m05-e2"]);
  REQUIRE(events["m02-e1"] != events["m01-e1"]);
}

// The export's event `id`. (Exports name every factuality: a document
// loaded back is its article's whole set of events.)
ordered_json& EventIn(ordered_json& documents, const std::string& id) {
  for (ordered_json& document : documents) {
    for (ordered_json& event : document["events"]) {
      if (event["id"] == id) return event;
    }
  }
  FAIL("no event " << id << " in the export");
  throw std::logic_error("unreachable");
}

}  // namespace

TEST_CASE("A JSON export keeps people's decisions and loads back into the same events, in any order",
          "[cli][merge][decisions]") {
  TempDir dir;
  std::string db1 = dir.File("db1.db");
  Decide(db1);
  fs::create_directories(dir.File("out"));
  std::string exported = dir.File("out/export.json");
  Run({"--db", db1, "export", "--format", "json", "--factuality", "any", "-o", exported});

  // Each report names the reports a person merged it with or split it from,
  // on both sides, sorted; reports without decisions have neither field.
  ordered_json documents = ordered_json::parse(ReadAll(exported));
  ordered_json& drill = EventIn(documents, "m08-e1");
  CHECK(drill["merged_with"] == ordered_json({"m05-e2"}));
  CHECK_FALSE(drill.contains("split_from"));
  CHECK(EventIn(documents, "m01-e1")["split_from"] == ordered_json({"m02-e1"}));
  CHECK(EventIn(documents, "m02-e1")["split_from"] == ordered_json({"m01-e1"}));
  // `merge` merged whole events: the drill of 10 March (m05-e2, m06-e1,
  // m08-e2) and the one of 17 March (m08-e1, m09-e2), each report to the first.
  CHECK(EventIn(documents, "m05-e2")["merged_with"] ==
        ordered_json({"m06-e1", "m08-e1", "m08-e2", "m09-e2"}));
  CHECK_FALSE(EventIn(documents, "m03-e1").contains("merged_with"));
  CHECK_FALSE(EventIn(documents, "m03-e1").contains("split_from"));
  // The derived codes stay last.
  std::vector<std::string> keys;
  for (auto it = drill.begin(); it != drill.end(); ++it) keys.push_back(it.key());
  CHECK(std::vector<std::string>(keys.end() - 3, keys.end()) ==
        std::vector<std::string>{"merged_with", "plover", "cameo"});

  // Loaded into a new database, whole: the same events, ids and sources.
  std::string db2 = dir.File("db2.db");
  LoadFiles(db2, {exported});
  CHECK(EventsOf(db2) == EventsOf(db1));
  CHECK(DecisionsOf(db2) == DecisionsOf(db1));
  std::pair<Rows, Rows> answers = Answers(db1);
  std::set<std::string> events;
  for (const auto& [report, event] : EventsOf(db1)) events.insert(event);
  CHECK(answers.first.size() == events.size() + 1);  // a row per event, and the header
  CHECK(answers.second.size() == 22 + 1);            // a row per report
  CHECK(Answers(db2) == answers);

  // One document per file, loaded one by one from the last to the first:
  // a decision naming a report not loaded yet waits for it.
  std::vector<std::string> files;
  for (size_t i = documents.size(); i-- > 0;) {
    std::string file = dir.File("out/doc" + std::to_string(100 + documents.size() - i) + ".json");
    WriteAll(file, documents[i].dump(2));
    files.push_back(file);
  }
  std::string db3 = dir.File("db3.db");
  for (const std::string& file : files) LoadFiles(db3, {file});
  CHECK(EventsOf(db3) == EventsOf(db1));
  CHECK(DecisionsOf(db3) == DecisionsOf(db1));
  CHECK(Answers(db3) == answers);
  // And all at once, in that order.
  std::string db4 = dir.File("db4.db");
  LoadFiles(db4, files);
  CHECK(Answers(db4) == answers);

  // As JSON Lines (read by the SAX reader, streamed), in reverse order.
  std::string lines;
  for (size_t i = documents.size(); i-- > 0;) lines += documents[i].dump() + "\n";
  WriteAll(dir.File("out/export.jsonl"), lines);
  std::string db5 = dir.File("db5.db");
  LoadFiles(db5, {dir.File("out/export.jsonl")});
  CHECK(EventsOf(db5) == EventsOf(db1));
  CHECK(DecisionsOf(db5) == DecisionsOf(db1));
  CHECK(Answers(db5) == answers);

  // The export of the loaded database is the export it was loaded from.
  std::string again = dir.File("out/again.json");
  Run({"--db", db2, "export", "--format", "json", "--factuality", "any", "-o", again});
  CHECK(ReadAll(again) == ReadAll(exported));
}

TEST_CASE("A JSON export without decisions has no decision fields", "[cli][merge][decisions]") {
  TempDir dir;
  std::string db = dir.File("t.db");
  LoadFiles(db, CorpusFiles());
  RunResult out = Run({"--db", db, "export", "--format", "json", "--factuality", "any"});
  CHECK(out.out.find("merged_with") == std::string::npos);
  CHECK(out.out.find("split_from") == std::string::npos);
}

TEST_CASE("No load drops a person's decision, and a file adds decisions even to unchanged facts",
          "[cli][merge][decisions]") {
  TempDir dir;
  std::string db = dir.File("t.db");
  Decide(db);
  auto decided = DecisionsOf(db);
  auto events = EventsOf(db);
  std::pair<Rows, Rows> answers = Answers(db);

  // The articles' fact files again, without the fields: nothing changes.
  LoadFiles(db, CorpusFiles());
  CHECK(DecisionsOf(db) == decided);
  CHECK(Answers(db) == answers);

  // A person edits the export: a title changed, the decisions deleted. The
  // edited article loads as a revision; the decisions stay.
  std::string exported = dir.File("export.json");
  Run({"--db", db, "export", "--format", "json", "--factuality", "any", "-o", exported});
  ordered_json documents = ordered_json::parse(ReadAll(exported));
  for (ordered_json& document : documents) {
    for (ordered_json& event : document["events"]) {
      event.erase("merged_with");
      event.erase("split_from");
    }
  }
  EventIn(documents, "m08-e1")["title"] = "The second allied drill, retitled";
  WriteAll(exported, documents.dump(2));
  RunResult edited = LoadFiles(db, {exported});
  CHECK(edited.out.find("1 changed") != std::string::npos);
  CHECK(DecisionsOf(db) == decided);
  CHECK(EventsOf(db) == events);

  // A stale file that says the opposite of a later decision: the decision
  // stays, and the load says so.
  EventIn(documents, "m02-e1")["merged_with"] = {"m01-e1"};
  WriteAll(exported, documents.dump(2));
  RunResult stale = LoadFiles(db, {exported});
  CHECK(stale.err.find("timeline: warning: " + exported +
                       ": event m02-e1: merged_with \"m01-e1\": these reports were split by an earlier decision, "
                       "which is kept (`timeline merge` changes it)") != std::string::npos);
  CHECK(DecisionsOf(db) == decided);
  CHECK(EventsOf(db) == events);

  // A new database, the corpus without decisions; then the export with one
  // decision added to facts that did not change: the article is unchanged,
  // the decision is stored and applied.
  std::string fresh = dir.File("fresh.db");
  LoadFiles(fresh, CorpusFiles());
  REQUIRE(EventsOf(fresh)["m02-e1"] == EventsOf(fresh)["m01-e1"]);
  Run({"--db", fresh, "export", "--format", "json", "--factuality", "any", "-o", exported});
  documents = ordered_json::parse(ReadAll(exported));
  EventIn(documents, "m02-e1")["split_from"] = {"m01-e1"};
  WriteAll(exported, documents.dump(2));
  RunResult added = LoadFiles(fresh, {exported});
  CHECK(added.out.find("0 changed") != std::string::npos);
  CHECK(EventsOf(fresh)["m02-e1"] != EventsOf(fresh)["m01-e1"]);
  REQUIRE(DecisionsOf(fresh).size() == 1);
  CHECK(DecisionsOf(fresh)[0] == std::make_tuple(std::string("m01-e1"), std::string("m02-e1"), std::string("split")));
  // ... and a person's `merge` still turns it.
  Run({"--db", fresh, "merge", "m01-e1", "m02-e1"});
  CHECK(EventsOf(fresh)["m02-e1"] == EventsOf(fresh)["m01-e1"]);
}

TEST_CASE("A bad decision field changes nothing and names the file and field", "[cli][merge][decisions]") {
  TempDir dir;
  std::string db = dir.File("t.db");
  LoadFiles(db, CorpusFiles());
  std::string exported = dir.File("export.json");
  Run({"--db", db, "export", "--format", "json", "--factuality", "any", "-o", exported});
  ordered_json documents = ordered_json::parse(ReadAll(exported));
  EventIn(documents, "m02-e1")["split_from"] = {"m01-e1", 3};
  WriteAll(exported, documents.dump(2));
  std::string before = ReadAll(db);
  RunResult bad = RunTimeline({"--db", db, "load", exported});
  CHECK(bad.exit_code == 1);
  CHECK(bad.err.find("timeline: error: " + exported + ": event m02-e1: split_from[1]: must be an event id (a string), "
                     "not a number") != std::string::npos);
  CHECK(ReadAll(db) == before);
  CHECK(DecisionsOf(db).empty());
}

TEST_CASE("A JSON export holds every factuality, so loading it back loses no event", "[cli][export]") {
  // The seed's reviewed facts hold negated and possible events; a document
  // loaded back is its article's whole set, so an export of only the
  // asserted ones would have removed the others from the database.
  TempDir dir;
  std::string db = dir.File("t.db");
  REQUIRE(RunTimeline({"--db", db, "load", SourcePath("seeds")}).exit_code == 0);
  auto all_reports = [&] {
    RunResult r = RunTimeline({"--db", db, "query", "--factuality", "any", "--reports", "--format", "csv"});
    REQUIRE(r.exit_code == 0);
    return ParseCsv(r.out);
  };
  std::vector<std::vector<std::string>> before = all_reports();
  std::string exported = dir.File("all.json");
  REQUIRE(RunTimeline({"--db", db, "export", "-o", exported}).exit_code == 0);
  ordered_json documents = ordered_json::parse(ReadAll(exported));
  bool not_asserted = false;
  for (const auto& doc : documents) {
    for (const auto& e : doc["events"]) not_asserted = not_asserted || e["factuality"] != "asserted";
  }
  CHECK(not_asserted);
  RunResult load = RunTimeline({"--db", db, "load", exported});
  INFO(load.err);
  REQUIRE(load.exit_code == 0);
  CHECK(all_reports() == before);
}
