// The read snapshot at the store's level (store/snapshot.h): which
// questions it answers, that Find reads it only while it is fresh, that the
// writes the CLI cannot reach alone (a registry change, a dry run) leave it
// as they should, and that its statements read indexes in order.

#include <SQLiteCpp/SQLiteCpp.h>

#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "cli/merge_corpus.h"
#include "cli/run.h"
#include "model/date_span.h"
#include "registry/registry.h"
#include "store/database.h"
#include "store/row_reader.h"
#include "store/snapshot.h"
#include "store/store.h"
#include "util/text.h"

using namespace timeline;
using timeline::testing::CorpusFiles;
using timeline::testing::LoadFiles;
using timeline::testing::ReadAll;
using timeline::testing::SourcePath;
using timeline::testing::TempDir;

namespace {

// Every field Find fills that an output prints, one line per event.
std::vector<std::string> Answer(const Store& store, const StoreQuery& query) {
  std::vector<std::string> out;
  store.Find(query, [&](const EventRecord& r) {
    std::string line = r.event.id + "|" + r.event.title + "|" + DateLabel(r.event.date) + "~" + r.event.date.text + "|" +
                       std::to_string(r.source_count()) + "|" + std::to_string(r.disputed) + "|" +
                       r.source.id + "|" + std::to_string(r.revision);
    for (const ActorRef& a : r.event.actors) line += "|" + a.id + ":" + a.name;
    for (const std::string& id : r.report_ids) line += "|" + id;
    out.push_back(line);
  });
  return out;
}

StoreQuery ActorQuery(const Store& store, const std::string& code) {
  StoreQuery q;
  std::vector<int64_t> keys = store.FindActors(FoldForMatch(code));
  REQUIRE(!keys.empty());
  std::vector<int64_t> members;
  for (int64_t key : keys) {
    for (int64_t m : store.ActorWithMembers(key)) members.push_back(m);
  }
  q.actor_sets = {members};
  q.actor_roots = {keys};
  return q;
}

void Tamper(const std::string& db) {
  SQLite::Database sql(db, SQLite::OPEN_READWRITE);
  sql.exec("UPDATE snapshot_events SET title = 'STALE SNAPSHOT'");
}

bool AnyStale(const std::vector<std::string>& lines) {
  for (const std::string& line : lines) {
    if (line.find("STALE SNAPSHOT") != std::string::npos) return true;
  }
  return false;
}

}  // namespace

TEST_CASE("The read snapshot serves timeline events by one rolled-up actor with dates and factuality and sources",
          "[store][snapshot]") {
  StoreQuery q;
  CHECK(SnapshotServes(q));
  q.from_day = 10;
  q.within = true;
  q.factualities = {Factuality::kAsserted};
  q.min_sources = 2;
  q.limit = 100;
  q.offset = 3;
  CHECK(SnapshotServes(q));
  q.actor_sets = {{1, 2, 3}};
  q.actor_roots = {{1}};
  CHECK(SnapshotServes(q));
  StoreQuery exact = q;
  exact.actor_roots = {{}};
  CHECK_FALSE(SnapshotServes(exact));
  StoreQuery two = q;
  two.actor_sets.push_back({4});
  two.actor_roots.push_back({4});
  CHECK_FALSE(SnapshotServes(two));
  StoreQuery role = q;
  role.role = ActorRole::kInitiator;
  CHECK_FALSE(SnapshotServes(role));
  for (auto change : std::vector<void (*)(StoreQuery&)>{
           [](StoreQuery& s) { s.reports = true; }, [](StoreQuery& s) { s.group_by_article = true; },
           [](StoreQuery& s) { s.types = {"drill"}; }, [](StoreQuery& s) { s.fts_match = "\"launch\""; },
           [](StoreQuery& s) { s.place_folded = "seoul"; }, [](StoreQuery& s) { s.place_countries = {"KOR"}; }}) {
    StoreQuery other = q;
    change(other);
    CHECK_FALSE(SnapshotServes(other));
  }
}

TEST_CASE("Find reads the read snapshot only while no write has happened since it was built",
          "[store][snapshot]") {
  TempDir dir;
  std::string db = dir.File("t.db");
  LoadFiles(db, CorpusFiles());
  std::vector<std::string> normal;
  {
    Store store(db, Store::Mode::kExisting, Registry::Builtin());
    CHECK_FALSE(store.ReadSnapshotFresh());
    normal = Answer(store, StoreQuery());
    SnapshotCounts counts = store.BuildReadSnapshot();
    CHECK(counts.reports > counts.events);  // some events have several reports
    CHECK(counts.events == static_cast<int64_t>(normal.size()));
    CHECK(store.ReadSnapshotFresh());
    CHECK(store.AnswersFromSnapshot(StoreQuery()));
    CHECK(Answer(store, StoreQuery()) == normal);
  }
  Tamper(db);
  {
    Store store(db, Store::Mode::kReadOnly, Registry::Builtin());
    CHECK(AnyStale(Answer(store, StoreQuery())));
    CHECK(AnyStale(Answer(store, ActorQuery(store, "PRK"))));
  }
  SECTION("a dry run changes nothing, and leaves it fresh") {
    {
      Store store(db, Store::Mode::kDryRun, Registry::Builtin());
      store.Remove({"m04-e2"});
      CHECK_FALSE(store.ReadSnapshotFresh());
      CHECK_FALSE(AnyStale(Answer(store, StoreQuery())));  // its own change, by the normal path
    }
    Store store(db, Store::Mode::kReadOnly, Registry::Builtin());
    CHECK(store.ReadSnapshotFresh());
    CHECK(AnyStale(Answer(store, StoreQuery())));
  }
  SECTION("a registry change makes it stale") {
    nlohmann::json actors = nlohmann::json::parse(ReadAll(SourcePath("data/actors.json")));
    bool renamed = false;
    for (nlohmann::json& actor : actors) {
      if (actor.at("id") == "PRK") {
        actor["name"] = "Democratic People's Republic of Korea (renamed)";
        renamed = true;
      }
    }
    REQUIRE(renamed);
    Registry changed = Registry::Parse(actors.dump(), "changed.json");
    std::vector<std::string> after;
    {
      Store store(db, Store::Mode::kExisting, changed);  // syncs the registry: a write
      CHECK_FALSE(store.ReadSnapshotFresh());
      after = Answer(store, StoreQuery());
      CHECK_FALSE(AnyStale(after));
      CHECK(Answer(store, ActorQuery(store, "PRK")).size() > 0);
      CHECK_FALSE(AnyStale(Answer(store, ActorQuery(store, "PRK"))));
      store.BuildReadSnapshot();
      CHECK(Answer(store, StoreQuery()) == after);
    }
    Store store(db, Store::Mode::kExisting, Registry::Builtin());  // back: a write again
    CHECK_FALSE(store.ReadSnapshotFresh());
    CHECK(Answer(store, StoreQuery()) == normal);
  }
  SECTION("a load, a merge and a split make it stale") {
    Store store(db, Store::Mode::kExisting, Registry::Builtin());
    CHECK(store.ReadSnapshotFresh());
    store.Merge({"m01-e2", "m04-e2"});
    CHECK_FALSE(store.ReadSnapshotFresh());
    CHECK_FALSE(AnyStale(Answer(store, StoreQuery())));
    store.BuildReadSnapshot();
    Tamper(db);
    CHECK(AnyStale(Answer(store, StoreQuery())));
    store.Split("m01-e2");
    CHECK_FALSE(store.ReadSnapshotFresh());
    CHECK_FALSE(AnyStale(Answer(store, StoreQuery())));
    store.BuildReadSnapshot();
    Tamper(db);
    CHECK(AnyStale(Answer(store, StoreQuery())));
    {
      Store::Batch batch(store);
      batch.Commit();  // even a load of nothing is a write
    }
    CHECK_FALSE(store.ReadSnapshotFresh());
    CHECK_FALSE(AnyStale(Answer(store, StoreQuery())));
  }
}

TEST_CASE("The read snapshot's statements read their indexes in order, without a sort", "[store][snapshot]") {
  TempDir dir;
  std::string db = dir.File("t.db");
  LoadFiles(db, CorpusFiles());
  Store store(db, Store::Mode::kExisting, Registry::Builtin());
  store.BuildReadSnapshot();
  std::vector<StoreQuery> questions;
  questions.push_back(StoreQuery());
  StoreQuery actor = ActorQuery(store, "PRK");
  questions.push_back(actor);
  actor.limit = 100;
  questions.push_back(actor);
  actor.from_day = 20513;  // 2026-03-01
  actor.to_day = 20543;
  questions.push_back(actor);
  StoreQuery month;
  month.from_day = 20513;
  month.to_day = 20543;
  month.factualities = {Factuality::kAsserted};
  questions.push_back(month);
  month.limit = 10;
  questions.push_back(month);
  StoreQuery north_korea = ActorQuery(store, "north korea");
  questions.push_back(north_korea);
  for (const StoreQuery& q : questions) {
    REQUIRE(store.AnswersFromSnapshot(q));
    std::string plan;
    for (const std::string& line : store.Explain(q)) plan += line + "\n";
    INFO(plan);
    CHECK(plan.find("SEARCH se USING") != std::string::npos);
    CHECK(plan.find("TEMP B-TREE") == std::string::npos);
  }
}

TEST_CASE("ReadRecord reads the JSON columns SQLite writes with their escapes", "[store][snapshot]") {
  // Row layouts as Find reads them (event_columns.h, Col): the JSON columns
  // made by SQLite's own json functions from awkward text. The first row's
  // control character comes back as \u0001, which the quick reader leaves
  // to the general decoder; the second row is read by the quick one alone.
  // Each row is read both ways, through SQLiteCpp's statement and through
  // SQLite's own handle (Database::KeptStatement, what Find reads), into a
  // record left from an earlier row.
  SQLite::Database db(":memory:", SQLite::OPEN_READWRITE);
  const std::string sql =
      "SELECT 1, 8, 20000, 'uid-1', 0, 'meeting', 'Title', 20000, 0, NULL, 'asserted', NULL, NULL, "
      "'evidence', 0, 8, NULL, 0, '2026-01-01 00:00:00', 1, 'code', 'Article', NULL, 'en', '/a.txt', NULL, "
      "json_array(json_array(1, 'B\"q', 'Na\\me' || char(9) || char(10), NULL, 'target'), "
      "json_array(0, 'A', 'Sé €', 'KOR', 'initiator')), '[]', 7, 20001, "
      "json_array(json_array('c1', :title, NULL, 'en', '/p', ''), "
      "json_array('c2', 'T2', '2026-01-02', 'id', '/q', 'u')), json_array('a', 'b\"c'), 1";
  for (const char* source_title : {"T \"1\" \\ \x01 end", "T \"1\" \\ / end"}) {
    for (bool handle : {false, true}) {
      EventRecord record;
      // Left from an earlier row: overwritten.
      record.event.actors.resize(5);
      record.event.quantities.resize(1);
      record.sources.resize(3);
      record.sources[0].published = ParseIsoDay("2020-01-01");
      record.sources[0].source_url = "old";
      if (handle) {
        Database::KeptStatement row(db.getHandle(), sql);
        row.Bind(":title", std::string(source_title));
        REQUIRE(row.Step());
        ReadRecord(row.handle(), &record);
      } else {
        SQLite::Statement row(db, sql);
        row.bind(":title", source_title);
        REQUIRE(row.executeStep());
        ReadRecord(row, &record);
      }
      INFO(source_title << (handle ? ", SQLite's handle" : ", SQLiteCpp"));
      CHECK(record.event.id == "uid-1");
      CHECK(record.event.type == EventType::kMeeting);
      CHECK(record.event.date.end == FromDayNumber(20001));
      CHECK_FALSE(record.event.place.has_value());
      CHECK_FALSE(record.event.confidence.has_value());
      CHECK(record.event.evidence.end == 8);
      CHECK(record.source.path == "/a.txt");
      CHECK_FALSE(record.source.published.has_value());
      CHECK(record.event.quantities.empty());
      REQUIRE(record.event.actors.size() == 2);
      CHECK(record.event.actors[0].id == "A");  // by seq
      CHECK(record.event.actors[0].name == "Sé €");
      CHECK(record.event.actors[0].country == "KOR");
      CHECK(record.event.actors[0].role == ActorRole::kInitiator);
      CHECK(record.event.actors[1].id == "B\"q");
      CHECK(record.event.actors[1].name == "Na\\me\t\n");
      CHECK(record.event.actors[1].country.empty());
      CHECK(record.event.actors[1].role == ActorRole::kTarget);
      REQUIRE(record.sources.size() == 2);
      CHECK(record.sources[0].title == source_title);
      CHECK_FALSE(record.sources[0].published.has_value());
      CHECK(record.sources[0].source_url.empty());
      CHECK(record.sources[1].id == "c2");
      CHECK(record.sources[1].published == ParseIsoDay("2026-01-02"));
      CHECK(record.sources[1].language == "id");
      CHECK(record.sources[1].path == "/q");
      CHECK(record.sources[1].source_url == "u");
      CHECK(record.report_ids == std::vector<std::string>{"a", "b\"c"});
      CHECK(record.disputed);
    }
  }
}
