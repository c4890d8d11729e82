// Merging reports of the same event (issue 14), end to end on the overlap
// corpus (tests/merge/corpus/, made by tests/merge/make_corpus.py).

#include <SQLiteCpp/SQLiteCpp.h>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <filesystem>
#include <map>
#include <set>

#include "cli/dump.h"
#include "cli/merge_corpus.h"
#include "cli/run.h"
#include "registry/registry.h"
#include "store/store.h"

namespace fs = std::filesystem;
using timeline::testing::Dump;
using timeline::testing::CorpusFiles;
using timeline::testing::EventsOf;
using timeline::testing::LoadFiles;
using timeline::testing::ParseCsv;
using timeline::testing::ReadAll;
using timeline::testing::RunResult;
using timeline::testing::RunTimeline;
using timeline::testing::SourcePath;
using timeline::testing::TempDir;

namespace {

std::string Corpus(const std::string& code) { return SourcePath("tests/merge/corpus/" + code + ".json"); }

// Column `name` of a CSV with a header row.
std::vector<std::string> Column(const std::vector<std::vector<std::string>>& rows, const std::string& name) {
  std::vector<std::string> out;
  auto header = rows.at(0);
  if (!header.empty() && header[0].rfind("\xEF\xBB\xBF", 0) == 0) header[0] = header[0].substr(3);
  size_t at = std::find(header.begin(), header.end(), name) - header.begin();
  REQUIRE(at < header.size());
  for (size_t i = 1; i < rows.size(); ++i) out.push_back(rows[i].at(at));
  return out;
}

}  // namespace

TEST_CASE("Merging does not depend on load order", "[cli][merge]") {
  TempDir dir;
  std::vector<std::string> files = CorpusFiles();
  LoadFiles(dir.File("together.db"), files);
  for (const std::string& f : files) LoadFiles(dir.File("forward.db"), {f});
  for (auto f = files.rbegin(); f != files.rend(); ++f) LoadFiles(dir.File("backward.db"), {*f});
  auto together = EventsOf(dir.File("together.db"));
  CHECK(together.size() == 22);
  CHECK(EventsOf(dir.File("forward.db")) == together);
  CHECK(EventsOf(dir.File("backward.db")) == together);
  // The launch from Sinpo, told in English and Indonesian: one event whose id
  // is the earliest published report's (both 2 March: the smaller uid).
  CHECK(together["m01-e1"] == "m01-e1");
  CHECK(together["m02-e1"] == "m01-e1");
  // Near-misses stay apart: the second launch the same day, the launch a
  // week later, the drill a week later, the announced and cancelled drill.
  CHECK(together["m01-e2"] != together["m01-e1"]);
  CHECK(together["m04-e2"] != together["m01-e1"]);
  CHECK(together["m08-e1"] != together["m05-e2"]);
  CHECK(together["m07-e2"] != together["m09-e1"]);
  CHECK(together["m09-e1"] == together["m12-e1"]);  // two reports of the cancellation
  // The drill told as a day, a week (with only one of the actors) and a day.
  CHECK(together["m06-e1"] == together["m05-e2"]);
  CHECK(together["m08-e2"] == together["m05-e2"]);
}

TEST_CASE("query and export speak in timeline events", "[cli][merge]") {
  TempDir dir;
  std::string db = dir.File("t.db");
  LoadFiles(db, CorpusFiles());
  RunResult events = RunTimeline({"--db", db, "query", "--format", "csv", "--no-bom", "--type", "drill"});
  REQUIRE(events.exit_code == 0);
  auto rows = ParseCsv(events.out);
  std::vector<std::string> ids = Column(rows, "id");
  // Asserted drills: the 10 March drill (3 reports) and the 17 March one (2).
  CHECK(ids == std::vector<std::string>{"m05-e2", "m08-e1"});
  CHECK(Column(rows, "sources") == std::vector<std::string>{"3", "2"});
  CHECK(Column(rows, "start") == std::vector<std::string>{"2026-03-10", "2026-03-17"});
  CHECK(Column(rows, "precision") == std::vector<std::string>{"day", "day"});
  CHECK(Column(rows, "source_titles")[0] ==
        "Allies drill as Pyongyang tests again; Latihan gabungan dan pertemuan di Tokyo; "
        "A second allied drill in a week");
  CHECK(rows[0].back() == "source_titles");  // appended at the end
  CHECK(rows[0][rows[0].size() - 2] == "sources");

  RunResult reports = RunTimeline({"--db", db, "query", "--format", "csv", "--type", "drill", "--reports"});
  CHECK(Column(ParseCsv(reports.out), "id").size() == 5);
  RunResult many = RunTimeline({"--db", db, "query", "--format", "csv", "--min-sources", "3"});
  CHECK(Column(ParseCsv(many.out), "id") == std::vector<std::string>{"m05-e2"});
  // A limit counts events, not reports.
  RunResult limited = RunTimeline({"--db", db, "query", "--format", "csv", "--limit", "3"});
  CHECK(Column(ParseCsv(limited.out), "id").size() == 3);
  std::set<std::string> distinct;
  for (const std::string& id : Column(ParseCsv(limited.out), "id")) distinct.insert(id);
  CHECK(distinct.size() == 3);
  // An actor named by only one report of an event finds the event.
  RunResult by_actor = RunTimeline({"--db", db, "query", "--format", "csv", "--actor", "KOR", "--type", "drill"});
  CHECK(Column(ParseCsv(by_actor.out), "id") == std::vector<std::string>{"m05-e2", "m08-e1"});
}

TEST_CASE("iCalendar: one VEVENT per event with every source, SEQUENCE rises as it grows", "[cli][merge]") {
  TempDir dir;
  std::string db = dir.File("t.db");
  std::string ics = dir.File("t.ics");
  LoadFiles(db, {Corpus("m05")});
  std::vector<std::string> env = {"SOURCE_DATE_EPOCH=1767225600"};
  auto export_ics = [&] {
    RunResult r = RunTimeline({"--db", db, "export", "--type", "drill", "-o", ics}, env);
    REQUIRE(r.exit_code == 0);
    return ReadAll(ics);
  };
  std::string alone = export_ics();
  CHECK(alone.find("UID:m05-e2@timeline") != std::string::npos);
  CHECK(alone.find("SEQUENCE:0") != std::string::npos);
  LoadFiles(db, {Corpus("m08")});
  std::string two = export_ics();
  CHECK(two.find("UID:m05-e2@timeline") != std::string::npos);  // the same UID, grown
  CHECK(two.find("SEQUENCE:1") != std::string::npos);
  CHECK(two.find("Sources (2):") != std::string::npos);
  LoadFiles(db, {Corpus("m06")});
  std::string three = export_ics();
  CHECK(three.find("UID:m05-e2@timeline") != std::string::npos);
  CHECK(three.find("SEQUENCE:2") != std::string::npos);
  CHECK(three.find("Sources (3):") != std::string::npos);
  size_t vevents = 0;
  for (size_t at = three.find("BEGIN:VEVENT"); at != std::string::npos; at = three.find("BEGIN:VEVENT", at + 1)) {
    ++vevents;
  }
  CHECK(vevents == 2);  // the 10 March drill and the 17 March one
}

TEST_CASE("merge and split are kept by later loads", "[cli][merge]") {
  TempDir dir;
  std::string db = dir.File("t.db");
  LoadFiles(db, CorpusFiles());
  auto events = EventsOf(db);
  REQUIRE(events["m06-e1"] == "m05-e2");
  RunResult split = RunTimeline({"--db", db, "split", "m05-e2"});
  INFO(split.err);
  REQUIRE(split.exit_code == 0);
  CHECK(split.out == "split m05-e2 into 3 events: m05-e2 m06-e1 m08-e2\n");
  events = EventsOf(db);
  CHECK(events["m06-e1"] == "m06-e1");
  CHECK(events["m08-e2"] == "m08-e2");
  // Loading the same and more articles again does not merge them back.
  RunTimeline({"--db", db, "remove", "m08-e2"});
  LoadFiles(db, CorpusFiles());
  events = EventsOf(db);
  CHECK(events["m06-e1"] == "m06-e1");
  CHECK(events["m05-e2"] == "m05-e2");

  // A person merges what the rule keeps apart: the drills a week apart.
  RunResult merge = RunTimeline({"--db", db, "merge", "m05-e2", "m08-e1"});
  INFO(merge.err);
  REQUIRE(merge.exit_code == 0);
  events = EventsOf(db);
  CHECK(events["m08-e1"] == events["m05-e2"]);
  CHECK(events["m09-e2"] == events["m05-e2"]);  // the events merge whole
  std::string merged = events["m05-e2"];
  LoadFiles(db, {Corpus("m09")});  // nothing new: the merge stays
  CHECK(EventsOf(db)["m08-e1"] == merged);

  RunResult unknown = RunTimeline({"--db", db, "merge", "m05-e2", "no-such-id"});
  CHECK(unknown.exit_code == 1);
  CHECK(unknown.err == "timeline: error: no event with id \"no-such-id\"; `timeline query` lists event ids; "
                       "nothing was merged\n");
  // Ids already of one event (the same id twice, or two of its reports).
  std::string before = ReadAll(db);
  for (const auto& ids : {std::vector<std::string>{"m05-e2", "m05-e2"}, std::vector<std::string>{"m05-e2", "m08-e1"}}) {
    std::vector<std::string> args = {"--db", db, "merge"};
    args.insert(args.end(), ids.begin(), ids.end());
    RunResult again = RunTimeline(args);
    CHECK(again.exit_code == 1);
    CHECK(again.err == "timeline: error: these ids name one event already; nothing to merge\n");
  }
  CHECK(ReadAll(db) == before);
  RunResult alone = RunTimeline({"--db", db, "split", "m07-e2"});  // the announced drill: one report
  CHECK(alone.exit_code == 1);
  CHECK(alone.err == "timeline: error: event \"m07-e2\" is one report already; nothing to split\n");
}

TEST_CASE("show lists every report of an event and what disputes it", "[cli][merge]") {
  TempDir dir;
  std::string db = dir.File("t.db");
  LoadFiles(db, CorpusFiles());
  RunResult show = RunTimeline({"--db", db, "show", "m06-e1"});  // a report's id finds its event
  INFO(show.err);
  REQUIRE(show.exit_code == 0);
  CHECK(show.out.rfind("m05-e2  drill (military)\n", 0) == 0);
  CHECK(show.out.find("sources:    3 articles, 3 reports") != std::string::npos);
  CHECK(show.out.find("-- report 1 of 3: m05-e2") != std::string::npos);
  CHECK(show.out.find("-- report 3 of 3: m08-e2") != std::string::npos);
  CHECK(show.out.find("differs:    m06-e1 gives the date less precisely: 2026-W11 (week)") != std::string::npos);
  CHECK(show.out.find("differs:    m06-e1 does not name KOR") != std::string::npos);
  // The cancellation is disputed by the announcement.
  RunResult cancelled = RunTimeline({"--db", db, "show", "m09-e1"});
  REQUIRE(cancelled.exit_code == 0);
  CHECK(cancelled.out.find("disputed:   m07-e2 (Seoul and Tokyo talk, plan naval drill) gives a different "
                           "factuality: possible") != std::string::npos);
}

TEST_CASE("Pages (--count with --offset) count timeline events, not reports", "[cli][merge]") {
  TempDir dir;
  std::string db = dir.File("t.db");
  LoadFiles(db, CorpusFiles());
  for (std::vector<std::string> filter : {std::vector<std::string>{}, {"--text", "drill"}, {"--actor", "KOR"}}) {
    std::vector<std::string> args = {"--db", db, "query", "--format", "csv", "--factuality", "any"};
    args.insert(args.end(), filter.begin(), filter.end());
    RunResult all = RunTimeline(args);
    REQUIRE(all.exit_code == 0);
    std::vector<std::string> ids = Column(ParseCsv(all.out), "id");
    REQUIRE(ids.size() >= 3);
    std::vector<std::string> paged;
    for (size_t offset = 0; offset < ids.size(); offset += 2) {
      std::vector<std::string> page = args;
      page.insert(page.end(), {"--count", "2", "--offset", std::to_string(offset)});
      RunResult r = RunTimeline(page);
      REQUIRE(r.exit_code == 0);
      for (const std::string& id : Column(ParseCsv(r.out), "id")) paged.push_back(id);
    }
    CHECK(paged == ids);
  }
}

TEST_CASE("A CSV of merged events loads back unchanged, --prune keeping every report", "[cli][merge][sheet]") {
  TempDir dir;
  std::string db = dir.File("t.db");
  LoadFiles(db, CorpusFiles());
  REQUIRE(RunTimeline({"--db", db, "export", "--factuality", "any", "-o", dir.File("all.csv")}).exit_code == 0);
  REQUIRE(ParseCsv(ReadAll(dir.File("all.csv"))).size() - 1 < EventsOf(db).size());  // some rows stand for several reports
  std::string before = Dump(db);
  RunResult again = RunTimeline({"--db", db, "load", dir.File("all.csv")});
  INFO(again.err);
  REQUIRE(again.exit_code == 0);
  CHECK(Dump(db) == before);
  RunResult pruned = RunTimeline({"--db", db, "load", "--prune", dir.File("all.csv")});
  INFO(pruned.err);
  REQUIRE(pruned.exit_code == 0);
  CHECK(Dump(db) == before);
}

namespace {

// Every timeline event of several reports as a query reads it (its stored
// display row, store/timeline_event.h) against the same event composed from
// its reports now (`show`'s way): a stored row that a change left stale
// differs.
void CheckStoredRowsFresh(const std::string& db) {
  timeline::Store store(db, timeline::Store::Mode::kReadOnly, timeline::Registry::Builtin());
  size_t merged = 0;
  store.Find(timeline::StoreQuery(), [&](const timeline::EventRecord& row) {
    if (row.report_ids.empty()) return;
    ++merged;
    std::optional<timeline::TimelineEventView> view = store.FindTimelineEvent(row.event.id);
    REQUIRE(view);
    const timeline::EventRecord& fresh = view->event;
    INFO(row.event.id);
    CHECK(row.event.title == fresh.event.title);
    CHECK(row.event.date.start == fresh.event.date.start);
    CHECK(row.event.date.end == fresh.event.date.end);
    CHECK(row.event.date.precision == fresh.event.date.precision);
    CHECK(row.event.date.text == fresh.event.date.text);
    CHECK(row.event.evidence.text == fresh.event.evidence.text);
    CHECK(row.event.type == fresh.event.type);
    CHECK(row.source.id == fresh.source.id);
    CHECK(row.source.title == fresh.source.title);
    CHECK(row.revision == fresh.revision);
    CHECK(row.disputed == fresh.disputed);
    CHECK(row.report_ids == fresh.report_ids);
    REQUIRE(row.event.actors.size() == fresh.event.actors.size());
    for (size_t i = 0; i < row.event.actors.size(); ++i) {
      CHECK(row.event.actors[i].id == fresh.event.actors[i].id);
      CHECK(row.event.actors[i].name == fresh.event.actors[i].name);
      CHECK(row.event.actors[i].role == fresh.event.actors[i].role);
    }
    REQUIRE(row.sources.size() == fresh.sources.size());
    for (size_t i = 0; i < row.sources.size(); ++i) {
      CHECK(row.sources[i].id == fresh.sources[i].id);
      CHECK(row.sources[i].title == fresh.sources[i].title);
      CHECK(row.sources[i].path == fresh.sources[i].path);
      CHECK(row.sources[i].published == fresh.sources[i].published);
    }
  });
  CHECK(merged > 0);
}

}  // namespace

TEST_CASE("A query reads each merged event's stored row, kept fresh by load, merge, split and remove",
          "[cli][merge]") {
  TempDir dir;
  std::string db = dir.File("t.db");
  LoadFiles(db, CorpusFiles());
  CheckStoredRowsFresh(db);
  REQUIRE(RunTimeline({"--db", db, "merge", "m05-e2", "m08-e1"}).exit_code == 0);
  CheckStoredRowsFresh(db);
  REQUIRE(RunTimeline({"--db", db, "split", "m01-e1"}).exit_code == 0);
  CheckStoredRowsFresh(db);
  REQUIRE(RunTimeline({"--db", db, "remove", "m06-e1"}).exit_code == 0);
  CheckStoredRowsFresh(db);
  // The same facts from an article with a new title: no report changes and
  // nothing re-clusters, but the event's sources show the new title.
  std::string text = ReadAll(Corpus("m02"));
  const std::string old_title = "\"title\": \"";
  size_t at = text.find(old_title);
  REQUIRE(at != std::string::npos);
  text.insert(at + old_title.size(), "Retitled: ");
  timeline::testing::WriteAll(dir.File("m02.json"), text);
  fs::copy_file(SourcePath("tests/merge/corpus/m02.txt"), dir.File("m02.txt"));
  LoadFiles(db, {dir.File("m02.json")});
  CheckStoredRowsFresh(db);
  RunResult csv = RunTimeline({"--db", db, "query", "--format", "csv", "--no-bom", "--min-sources", "2"});
  CHECK(csv.out.find("Retitled: ") != std::string::npos);
}

namespace {

// What the clusterer wrote, without load times: every report's event and
// every timeline event's content and stored display row; with `revisions`,
// each event's revision and the removed events too (a load file by file
// raises revisions a bulk load never does).
std::string ClusterState(const std::string& db, bool revisions = true) {
  SQLite::Database handle(db, SQLite::OPEN_READONLY);
  std::string out;
  for (const auto& [uid, event] : EventsOf(db)) out += uid + " -> " + event + "\n";
  SQLite::Statement rows(handle,
                         std::string("SELECT t.uid, l.uid, t.title, t.start_day, t.end_day, t.precision, t.sources, "
                                     "t.disputed, t.digest, ") +
                             (revisions ? "t.revision, " : "") +
                             "s.uid, t.actors_json, t.sources_json, t.report_ids_json FROM timeline_events t "
                             "JOIN events l ON l.id = t.lead JOIN events s ON s.id = t.shown ORDER BY t.uid");
  while (rows.executeStep()) {
    for (int i = 0; i < rows.getColumnCount(); ++i) out += rows.getColumn(i).getString() + "|";
    out += "\n";
  }
  if (!revisions) return out;
  SQLite::Statement removed(handle, "SELECT uid, revision FROM removed_events ORDER BY uid");
  while (removed.executeStep()) out += "removed " + removed.getColumn(0).getString() + " " +
                                       removed.getColumn(1).getString() + "\n";
  return out;
}

}  // namespace

TEST_CASE("Clustering in batches gives the answer of one batch (TIMELINE_MERGE_BATCH)", "[cli][merge]") {
  TempDir dir;
  std::vector<std::string> files = CorpusFiles();
  // The corpus is far smaller than a default batch (one batch); with a
  // batch of 1 or 3 reports every connected set or few make their own.
  auto run = [&](const std::string& db, std::vector<std::string> args, const std::string& batch) {
    args.insert(args.begin(), {"--db", db});
    std::vector<std::string> env;
    if (!batch.empty()) env.push_back("TIMELINE_MERGE_BATCH=" + batch);
    RunResult r = RunTimeline(args, env);
    INFO(r.err);
    REQUIRE(r.exit_code == 0);
  };
  std::vector<std::string> load = {"load"};
  load.insert(load.end(), files.begin(), files.end());
  std::map<std::string, std::string> states;
  for (const std::string batch : {"", "1", "3"}) {
    std::string db = dir.File("b" + batch + ".db");
    run(db, load, batch);
    std::string state = ClusterState(db);
    // A removal and a person's merge and split re-cluster sets across batches too.
    run(db, {"remove", "m06-e1"}, batch);
    run(db, {"merge", "m05-e2", "m08-e1"}, batch);
    run(db, {"split", "m01-e1"}, batch);
    states[batch] = state + "--\n" + ClusterState(db);
  }
  CHECK(states[""].find("m02-e1 -> m01-e1") != std::string::npos);  // it merged something
  CHECK(states["1"] == states[""]);
  CHECK(states["3"] == states[""]);
}

TEST_CASE("A bulk load clusters from the reports it held and agrees with loads one by one", "[cli][merge]") {
  // The corpus as one JSON Lines file into a new database: one transaction,
  // so the bulk path (the reports held from the pair filter's passes, only
  // the titles read again); one by one, each load re-clusters through the
  // index look-ups, reading every report. The events, their titles, dates,
  // actors, sources and report ids must be the same (revisions and
  // tombstones record the path, so they are left out).
  TempDir dir;
  std::vector<std::string> files;  // copies beside the lines, so that articles' paths are the same
  std::string lines;
  for (const std::string& f : CorpusFiles()) {
    lines += nlohmann::ordered_json::parse(ReadAll(f)).dump() + "\n";
    fs::path text = fs::path(f).replace_extension(".txt");
    fs::copy_file(text, dir.File(text.filename().string()));
    files.push_back(dir.File(fs::path(f).filename().string()));
    fs::copy_file(f, files.back());
  }
  timeline::testing::WriteAll(dir.File("corpus.jsonl"), lines);
  std::string bulk = dir.File("bulk.db"), one_by_one = dir.File("one-by-one.db"), read = dir.File("read.db");
  LoadFiles(bulk, {dir.File("corpus.jsonl")});
  for (const std::string& f : files) LoadFiles(one_by_one, {f});
  // The bulk path without the held reports, reading each chunk's (as a
  // load whose reports do not fit what is held goes).
  RunResult r = RunTimeline({"--db", read, "load", dir.File("corpus.jsonl")}, {"TIMELINE_MERGE_HOLD=0"});
  INFO(r.err);
  REQUIRE(r.exit_code == 0);
  CheckStoredRowsFresh(bulk);
  CheckStoredRowsFresh(read);
  auto content = [](const std::string& db) { return ClusterState(db, /*revisions=*/false); };
  std::string state = content(bulk);
  CHECK(state.find("m02-e1 -> m01-e1") != std::string::npos);  // it merged something
  CHECK(state.find("North Korea") != std::string::npos);        // with the shown actors
  CHECK(content(one_by_one) == state);
  CHECK(content(read) == state);
}
