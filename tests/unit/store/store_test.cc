#include <SQLiteCpp/SQLiteCpp.h>

#include <unistd.h>

#include <catch2/catch.hpp>
#include <algorithm>
#include <filesystem>
#include <functional>
#include <map>
#include <random>
#include <tuple>

#include "cli/dump.h"
#include "facts/fact_json.h"
#include "registry/registry.h"
#include "store/store.h"
#include "store/testing.h"
#include "util/error.h"
#include "util/hash.h"

using namespace timeline;

namespace {

const std::string kArticle = "Header\n\nThe envoys met in Seoul on Friday. North Korea fired missiles.\n";

Event MakeEvent(const std::string& id, EventType type, const char* day, const std::string& sentence,
                std::vector<ActorRef> actors) {
  Event e;
  e.id = id;
  e.type = type;
  e.title = "Title of " + id;
  e.date = DaySpan(*ParseIsoDay(day));
  e.actors = std::move(actors);
  e.evidence.text = sentence;
  e.evidence.start = kArticle.find(sentence);
  e.evidence.end = e.evidence.start + sentence.size();
  return e;
}

StoredDocument MakeDocument() {
  StoredDocument doc;
  doc.article_bytes = kArticle;
  doc.facts.article.id = ArticleIdOf(kArticle);
  doc.facts.article.title = "Header";
  doc.facts.article.path = "/tmp/a.txt";
  doc.facts.events.push_back(MakeEvent("s-1", EventType::kMeeting, "2026-01-23",
                                       "The envoys met in Seoul on Friday.",
                                       {{"KOR", "South Korea", "", ActorRole::kParticipant},
                                        {"kim-gunn", "Kim Gunn", "KOR", ActorRole::kParticipant}}));
  doc.facts.events.push_back(MakeEvent("s-2", EventType::kMissileTest, "2025-12-10",
                                       "North Korea fired missiles.",
                                       {{"PRK", "North Korea", "", ActorRole::kInitiator}}));
  return doc;
}

// The reports (events rows) found: these tests are about the indexes, and
// their samples tell the same event in two articles (merged into one
// timeline event otherwise: tests/cli/merge_test.cc).
std::vector<std::string> Ids(const Store& store, StoreQuery query) {
  query.reports = true;
  std::vector<std::string> ids;
  store.Find(query, [&](const EventRecord& r) { ids.push_back(r.event.id); });
  return ids;
}

struct StoreFixture {
  Store store{":memory:", Store::Mode::kCreate, Registry::Builtin()};
  void Load(const StoredDocument& doc, LoadCounts* counts = nullptr) {
    Store::Batch batch(store);
    batch.Add(doc);
    batch.Commit();
    if (counts) *counts = batch.counts();
  }
};

}  // namespace

TEST_CASE_METHOD(StoreFixture, "A new database is migrated to the latest schema", "[store]") {
  CHECK(store.user_version() == Store::SchemaVersion());
  CHECK(Store::SchemaVersion() >= 1);
  CHECK(store.Check().empty());
}

TEST_CASE_METHOD(StoreFixture, "Loading the same document twice changes nothing", "[store]") {
  LoadCounts first, second;
  Load(MakeDocument(), &first);
  CHECK(first.articles_added == 1);
  CHECK(first.events_added == 2);
  Load(MakeDocument(), &second);
  CHECK(second.articles_unchanged == 1);
  CHECK(second.events_unchanged == 2);
  CHECK(second.events_added + second.events_changed + second.events_removed == 0);
  CHECK(Ids(store, {}) == std::vector<std::string>{"s-2", "s-1"});
}

TEST_CASE_METHOD(StoreFixture, "An edited document keeps ids, revises changes, removes the rest", "[store]") {
  Load(MakeDocument());
  StoredDocument edited = MakeDocument();
  edited.facts.events[0].title = "New title";
  edited.facts.events.pop_back();
  LoadCounts counts;
  Load(edited, &counts);
  CHECK(counts.articles_replaced == 1);
  CHECK(counts.events_changed == 1);
  CHECK(counts.events_removed == 1);
  std::string bytes;
  auto record = store.FindEvent("s-1", &bytes);
  REQUIRE(record);
  CHECK(record->event.title == "New title");
  CHECK(record->revision == 1);
  CHECK(bytes == kArticle);
  CHECK_FALSE(store.FindEvent("s-2", nullptr));
}

TEST_CASE_METHOD(StoreFixture, "A failed batch rolls back entirely", "[store]") {
  Load(MakeDocument());
  StoredDocument other = MakeDocument();
  other.article_bytes = kArticle + "more";
  other.facts.article.id = ArticleIdOf(other.article_bytes);
  other.facts.article.path = "/tmp/b.txt";
  other.facts.events[0].id = "new-1";  // fine
  // s-2 already belongs to the first article: the whole batch must fail.
  {
    Store::Batch batch(store);
    CHECK_THROWS_WITH(batch.Add(other),
                      "event s-2: id already belongs to an event of /tmp/a.txt; event ids must be "
                      "unique across articles");
  }
  CHECK(Ids(store, {}) == std::vector<std::string>{"s-2", "s-1"});
  CHECK_FALSE(store.FindEvent("new-1", nullptr));
}

TEST_CASE_METHOD(StoreFixture, "Actor queries roll up members unless exact", "[store]") {
  Load(MakeDocument());
  std::vector<int64_t> kor = store.FindActors("kor");
  REQUIRE(kor.size() == 1);
  StoreQuery by_kor;
  by_kor.actor_sets = {store.ActorWithMembers(kor[0])};
  CHECK(Ids(store, by_kor) == std::vector<std::string>{"s-1"});
  std::vector<int64_t> kim = store.FindActors("kim gunn");
  REQUIRE(kim.size() == 1);
  StoreQuery exact_kim;
  exact_kim.actor_sets = {{kim[0]}};
  CHECK(Ids(store, exact_kim) == std::vector<std::string>{"s-1"});
  StoreQuery both;
  both.actor_sets = {store.ActorWithMembers(kor[0]), store.FindActors("prk")};
  CHECK(Ids(store, both).empty());
}

TEST_CASE_METHOD(StoreFixture, "Date ranges match by overlap or containment", "[store]") {
  StoredDocument doc = MakeDocument();
  doc.facts.events[1].date = MonthSpan(date::year{2025} / 12);
  Load(doc);
  StoreQuery december;
  december.from_day = ToDayNumber(*ParseIsoDay("2025-12-10"));
  december.to_day = ToDayNumber(*ParseIsoDay("2025-12-10"));
  CHECK(Ids(store, december) == std::vector<std::string>{"s-2"});
  december.within = true;
  CHECK(Ids(store, december).empty());
  StoreQuery january;
  january.from_day = ToDayNumber(*ParseIsoDay("2026-01-01"));
  january.to_day = ToDayNumber(*ParseIsoDay("2026-01-31"));
  CHECK(Ids(store, january) == std::vector<std::string>{"s-1"});
}

TEST_CASE("A database from a newer version is refused by name", "[store]") {
  std::string path = "/tmp/timeline-store-test-newer.db";
  std::remove(path.c_str());
  {
    SQLite::Database db(path, SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
    db.exec("PRAGMA user_version = 999");
  }
  CHECK_THROWS_WITH(Store(path, Store::Mode::kExisting, Registry::Builtin()),
                    path + ": database schema version 999 is too new: this timeline knows up to "
                           "version " + std::to_string(Store::SchemaVersion()) + "; use a newer timeline");
  std::remove(path.c_str());
  {
    SQLite::Database db(path, SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
    db.exec("CREATE TABLE other (x)");
  }
  CHECK_THROWS_WITH(Store(path, Store::Mode::kExisting, Registry::Builtin()),
                    Catch::Contains("is an SQLite database but not a timeline one"));
  std::remove(path.c_str());
}

TEST_CASE_METHOD(StoreFixture, "The query mix uses indexes, not full scans", "[store]") {
  Load(MakeDocument());
  StoreQuery q;
  q.actor_sets = {store.FindActors("prk")};
  q.from_day = 20000;
  q.to_day = 20030;
  for (const std::string& line : store.Explain(q)) {
    INFO(line);
    CHECK(line.find("SCAN e ") == std::string::npos);
    CHECK(line != "SCAN e");
  }
}

namespace {

std::vector<std::string> IndexNames(const std::string& path) {
  SQLite::Database db(path);
  SQLite::Statement s(db,
                      "SELECT name FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL "
                      "AND tbl_name IN ('events', 'event_actors') ORDER BY name");
  std::vector<std::string> names;
  while (s.executeStep()) names.push_back(s.getColumn(0).getString());
  return names;
}

StoredDocument SecondDocument() {
  StoredDocument doc = MakeDocument();
  doc.article_bytes = kArticle + "Later text.\n";
  doc.facts.article.id = ArticleIdOf(doc.article_bytes);
  doc.facts.article.path = "/tmp/second.txt";
  doc.facts.events.resize(1);
  doc.facts.events[0].id = "t-1";
  doc.facts.events[0].title = "Envoys gather again";
  return doc;
}

struct FileStoreFixture {
  // One file per process: CTest runs test cases in parallel processes.
  std::string path = (std::filesystem::temp_directory_path() /
                      ("timeline_store_test_" + std::to_string(getpid()) + ".db"))
                         .string();
  FileStoreFixture() { Remove(); }
  ~FileStoreFixture() { Remove(); }
  void Remove() {
    for (const char* suffix : {"", "-wal", "-shm", "-journal"}) std::remove((path + suffix).c_str());
  }
};

const std::vector<std::string> kSecondaryIndexes = {"event_actors_by_actor", "events_by_article",
                                                    "events_by_cluster", "events_by_time", "events_by_type"};

}  // namespace

TEST_CASE_METHOD(FileStoreFixture, "A load into an empty database builds indexes and full text at commit",
                 "[store]") {
  {
    Store store(path, Store::Mode::kCreate, Registry::Builtin());
    Store::Batch batch(store);
    batch.Add(MakeDocument());
    batch.Add(SecondDocument());
    batch.Commit();
    CHECK(store.Check().empty());
    StoreQuery words;
    words.fts_match = "\"envoys\"";
    CHECK(Ids(store, words) == std::vector<std::string>{"s-1", "t-1"});
    StoreQuery missiles;
    missiles.fts_match = "\"missiles\"";
    CHECK(Ids(store, missiles) == std::vector<std::string>{"s-2"});
  }
  CHECK(IndexNames(path) == kSecondaryIndexes);
}

TEST_CASE_METHOD(FileStoreFixture, "A failed load into an empty database keeps its indexes", "[store]") {
  {
    Store store(path, Store::Mode::kCreate, Registry::Builtin());
    Store::Batch batch(store);
    batch.Add(MakeDocument());
    // No Commit: the batch rolls back, the dropped indexes with it.
  }
  CHECK(IndexNames(path) == kSecondaryIndexes);
  Store store(path, Store::Mode::kExisting, Registry::Builtin());
  CHECK(Ids(store, {}).empty());
  CHECK(store.Check().empty());
}

TEST_CASE_METHOD(FileStoreFixture, "A bulk load writes without WAL and leaves the database in WAL",
                 "[store]") {
  Store store(path, Store::Mode::kCreate, Registry::Builtin());
  REQUIRE(testing::FileJournal(path) == "wal");
  {
    Store::Batch batch(store);
    CHECK(testing::FileJournal(path) == "rollback");
    batch.Add(MakeDocument());
    batch.Commit();
    CHECK(testing::FileJournal(path) == "wal");
  }
  CHECK(testing::FileJournal(path) == "wal");
  CHECK_FALSE(std::filesystem::exists(path + "-journal"));
  // A load into a database with events is no bulk one: it stays in WAL.
  Store::Batch batch(store);
  CHECK(testing::FileJournal(path) == "wal");
  batch.Add(SecondDocument());
  batch.Commit();
  CHECK(testing::FileJournal(path) == "wal");
  CHECK(store.Check().empty());
}

TEST_CASE_METHOD(FileStoreFixture, "A failed bulk load leaves the database as it was, in WAL",
                 "[store]") {
  std::string before;
  {
    Store store(path, Store::Mode::kCreate, Registry::Builtin());
    before = testing::Dump(path);
    Store::Batch batch(store);
    REQUIRE(testing::FileJournal(path) == "rollback");
    batch.Add(MakeDocument());
    batch.Add(SecondDocument());
    StoredDocument taken = SecondDocument();  // another article claiming t-1
    taken.article_bytes += "More.\n";
    taken.facts.article.id = ArticleIdOf(taken.article_bytes);
    CHECK_THROWS_AS(batch.Add(taken), Error);
    // No Commit: rolled back through the journal.
  }
  CHECK(testing::FileJournal(path) == "wal");
  CHECK_FALSE(std::filesystem::exists(path + "-journal"));
  CHECK(testing::Dump(path) == before);
  Store store(path, Store::Mode::kExisting, Registry::Builtin());
  CHECK(store.Check().empty());
}

TEST_CASE_METHOD(FileStoreFixture,
                 "A bulk load keeps WAL while another connection has the database open",
                 "[store]") {
  Store store(path, Store::Mode::kCreate, Registry::Builtin());
  SQLite::Database reader(path, SQLite::OPEN_READONLY);
  CHECK(reader.execAndGet("SELECT count(*) FROM events").getInt() == 0);
  Store::Batch batch(store);
  CHECK(testing::FileJournal(path) == "wal");
  batch.Add(MakeDocument());
  batch.Commit();
  CHECK(reader.execAndGet("SELECT count(*) FROM events").getInt() == 2);
  CHECK(testing::FileJournal(path) == "wal");
}

TEST_CASE_METHOD(FileStoreFixture,
                 "An event inserted and removed by the same batch leaves the full-text index sound",
                 "[store]") {
  // The article given twice in one batch, the second time without s-2: s-2
  // never reached the full-text index, which adds a load's events at commit.
  for (bool bulk : {true, false}) {
    INFO((bulk ? "into an empty database" : "into a database with events"));
    Remove();
    Store store(path, Store::Mode::kCreate, Registry::Builtin());
    if (!bulk) {
      Store::Batch first(store);
      first.Add(SecondDocument());
      first.Commit();
    }
    Store::Batch batch(store);
    batch.Add(MakeDocument());
    StoredDocument fewer = MakeDocument();
    fewer.facts.events.resize(1);
    batch.Add(fewer);
    batch.Commit();
    CHECK(batch.counts().events_removed == 1);
    CHECK(store.Check().empty());
    StoreQuery missiles;
    missiles.fts_match = "\"missiles\"";
    CHECK(Ids(store, missiles).empty());
    StoreQuery envoys;
    envoys.fts_match = "\"envoys\"";
    std::vector<std::string> found = Ids(store, envoys);
    std::sort(found.begin(), found.end());
    CHECK(found ==
          (bulk ? std::vector<std::string>{"s-1"} : std::vector<std::string>{"s-1", "t-1"}));
  }
}

TEST_CASE_METHOD(StoreFixture, "A load into a database with events indexes its new events' words",
                 "[store]") {
  Load(MakeDocument());
  Load(SecondDocument());
  CHECK(store.Check().empty());
  StoreQuery words;
  words.fts_match = "\"gather\"";
  CHECK(Ids(store, words) == std::vector<std::string>{"t-1"});
  StoreQuery envoys;
  envoys.fts_match = "\"envoys\"";
  CHECK(Ids(store, envoys) == std::vector<std::string>{"s-1", "t-1"});
}

TEST_CASE_METHOD(StoreFixture, "Time-ordered answers come from an index, not a sort", "[store]") {
  StoredDocument doc = MakeDocument();
  doc.facts.events[1].actors.push_back({"PRK-KPA", "Korean People's Army", "PRK", ActorRole::kInitiator});
  Load(doc);
  std::vector<int64_t> prk = store.ActorWithMembers(store.FindActors("prk")[0]);
  REQUIRE(prk.size() > 1);  // North Korea and its agencies: one arm each, merged
  StoreQuery first_100;
  first_100.actor_sets = {prk};
  first_100.limit = 100;
  StoreQuery one_actor = first_100;
  one_actor.actor_sets = {store.FindActors("kor")};
  StoreQuery a_year;
  a_year.from_day = 20000;
  a_year.to_day = 20365;
  a_year.limit = 100;
  StoreQuery type_year = a_year;
  type_year.types = {"meeting"};
  StoreQuery whole_year = a_year;
  whole_year.limit.reset();
  // Pages: OFFSET on the same plans, never a sort of the whole answer.
  StoreQuery second_page = a_year;
  second_page.offset = 100;
  StoreQuery after_100 = whole_year;
  after_100.offset = 100;
  StoreQuery actor_page = first_100;
  actor_page.offset = 50;
  const std::string keys_scan = std::string("SCAN ") + kLimitedKeysTable;
  int display_lookups = 0;
  for (const StoreQuery& q : {first_100, one_actor, a_year, type_year, whole_year, second_page, after_100, actor_page}) {
    bool keys_first = false;
    for (const std::string& line : store.Explain(q)) {
      INFO(line);
      std::string detail = line.substr(line.find_first_not_of(' '));
      bool top = detail.size() == line.size();
      // Nothing sorts: every arm reads an index in time order, and a
      // limited answer's outer level streams its keys in their order (a
      // sort there read every row of the limit before the first came out).
      CHECK(detail.find("TEMP B-TREE") == std::string::npos);
      // A timeline event's display row and shown report: by key, per row.
      if (detail.rfind("SEARCH te ", 0) == 0 || detail.rfind("SEARCH sh ", 0) == 0) {
        CHECK(detail.find("USING INTEGER PRIMARY KEY (rowid=?)") != std::string::npos);
        ++display_lookups;
      }
      if (detail == keys_scan) {
        CHECK(top);
        keys_first = true;
      } else {
        CHECK(detail.rfind("SCAN", 0) == std::string::npos);
      }
    }
    CHECK(keys_first == q.limit.has_value());
  }
  CHECK(display_lookups >= 16);  // te and sh in each of the eight answers
  CHECK(Ids(store, first_100) == std::vector<std::string>{"s-2"});
  CHECK(Ids(store, whole_year) == Ids(store, a_year));
}

TEST_CASE_METHOD(StoreFixture, "Pages of an answer (offset, limit) are slices of the whole", "[store]") {
  Load(MakeDocument());
  Load(SecondDocument());
  for (bool by_actor : {false, true}) {
    StoreQuery whole;
    if (by_actor) whole.actor_sets = {store.ActorWithMembers(store.FindActors("kor")[0])};
    std::vector<std::string> all = Ids(store, whole);
    REQUIRE(all.size() >= 2);
    for (int64_t offset = 0; offset <= static_cast<int64_t>(all.size()) + 1; ++offset) {
      for (int64_t limit = 1; limit <= static_cast<int64_t>(all.size()) + 1; ++limit) {
        INFO("by actor " << by_actor << ", offset " << offset << ", limit " << limit);
        StoreQuery page = whole;
        page.offset = offset;
        page.limit = limit;
        size_t begin = std::min<size_t>(offset, all.size());
        size_t end = std::min<size_t>(offset + limit, all.size());
        CHECK(Ids(store, page) == std::vector<std::string>(all.begin() + begin, all.begin() + end));
        page.group_by_article = true;  // JSON: the same page, regrouped
        std::vector<std::string> grouped = Ids(store, page);
        std::sort(grouped.begin(), grouped.end());
        std::vector<std::string> expected(all.begin() + begin, all.begin() + end);
        std::sort(expected.begin(), expected.end());
        CHECK(grouped == expected);
      }
      StoreQuery rest = whole;
      rest.offset = offset;
      size_t begin = std::min<size_t>(offset, all.size());
      CHECK(Ids(store, rest) == std::vector<std::string>(all.begin() + begin, all.end()));
    }
  }
}

TEST_CASE_METHOD(StoreFixture, "An actor named twice in one event takes part once", "[store]") {
  StoredDocument doc = MakeDocument();
  doc.facts.events[1].actors.push_back({"PRK", "North Korea", "", ActorRole::kTarget});
  Load(doc);
  StoreQuery q;
  q.actor_sets = {store.FindActors("prk")};
  std::vector<EventRecord> records;
  store.Find(q, [&](const EventRecord& r) { records.push_back(r); });
  REQUIRE(records.size() == 1);
  REQUIRE(records[0].event.actors.size() == 1);
  CHECK(records[0].event.actors[0].role == ActorRole::kInitiator);
}

TEST_CASE_METHOD(StoreFixture, "Long spans are searched in their own class, short ones stay tight",
                 "[store]") {
  StoredDocument doc = MakeDocument();
  Event& range = doc.facts.events[1];  // North Korea's missiles: say, over five years
  range.date = DaysSpan(*ParseIsoDay("2021-01-01"), *ParseIsoDay("2025-12-31"));
  range.date.precision = DatePrecision::kRange;
  Load(doc);
  CHECK(store.Check().empty());
  std::vector<std::pair<int, int64_t>> classes = StoreTesting::SpanClasses(store);
  CHECK(classes == std::vector<std::pair<int, int64_t>>{{0, 0}, {8, 1825}});

  StoreQuery mid_range;  // March 2023: only the long event
  mid_range.from_day = ToDayNumber(*ParseIsoDay("2023-03-01"));
  mid_range.to_day = ToDayNumber(*ParseIsoDay("2023-03-31"));
  CHECK(Ids(store, mid_range) == std::vector<std::string>{"s-2"});
  StoreQuery january = mid_range;  // January 2026: only the meeting
  january.from_day = ToDayNumber(*ParseIsoDay("2026-01-01"));
  january.to_day = ToDayNumber(*ParseIsoDay("2026-01-31"));
  CHECK(Ids(store, january) == std::vector<std::string>{"s-1"});

  // The day-long class is bounded by its own longest span (0 days), not by
  // the range's five years.
  StoreTesting::Statement statement = StoreTesting::QueryStatement(store, january);
  std::map<std::string, std::string> parameters(statement.parameters.begin(), statement.parameters.end());
  CHECK(parameters.at(":lo_key0") == std::to_string(*january.from_day * 8));
  CHECK(parameters.at(":lo_key8") == std::to_string((*january.from_day - 1825) * 8));
}

TEST_CASE_METHOD(StoreFixture, "Calendar units are searched from the start of their unit", "[store]") {
  StoredDocument doc = MakeDocument();
  doc.facts.events[0].date = YearSpan(date::year{2025});
  doc.facts.events[1].date = MonthSpan(date::year{2025} / 12);
  Load(doc);
  CHECK(store.Check().empty());
  CHECK(StoreTesting::SpanClasses(store) == std::vector<std::pair<int, int64_t>>{{2, 30}, {4, 364}});

  StoreQuery mid_december;
  mid_december.from_day = ToDayNumber(*ParseIsoDay("2025-12-15"));
  mid_december.to_day = ToDayNumber(*ParseIsoDay("2025-12-20"));
  CHECK(Ids(store, mid_december) == std::vector<std::string>{"s-1", "s-2"});
  StoreQuery january = mid_december;
  january.from_day = ToDayNumber(*ParseIsoDay("2026-01-01"));
  january.to_day = ToDayNumber(*ParseIsoDay("2026-01-31"));
  CHECK(Ids(store, january).empty());

  // Each unit's search starts where its unit containing the query's first
  // day starts, not a longest span earlier: mid-December reads no November
  // months and no 2024 years.
  StoreTesting::Statement statement = StoreTesting::QueryStatement(store, mid_december);
  std::map<std::string, std::string> parameters(statement.parameters.begin(), statement.parameters.end());
  CHECK(parameters.at(":lo_key2") == std::to_string(ToDayNumber(*ParseIsoDay("2025-12-01")) * 8));
  CHECK(parameters.at(":lo_key4") == std::to_string(ToDayNumber(*ParseIsoDay("2025-01-01")) * 8));
}

TEST_CASE_METHOD(StoreFixture, "Interval searches agree with a plain overlap test over every kind of span",
                 "[store]") {
  // Several hundred events of every precision and length, and many date
  // questions (overlap and containment, open at either end): the answer must
  // be exactly the events a brute-force test keeps, in time order.
  std::mt19937_64 random(20261130);
  auto below = [&](int64_t n) { return static_cast<int64_t>(random() % static_cast<uint64_t>(n)); };
  const int64_t first_day = ToDayNumber(*ParseIsoDay("2018-01-01"));
  std::vector<Event> events;
  for (int i = 0; i < 400; ++i) {
    Event e = MakeDocument().facts.events[i % 2];
    e.id = "r-" + std::to_string(i);
    date::sys_days day = FromDayNumber(first_day + below(3000));
    date::year_month_day ymd(day);
    switch (i % 8) {
      case 0: e.date = DaySpan(day); break;
      case 1: e.date = DaysSpan(day, day + date::days(1 + below(10))); break;
      case 2: e.date = *UnitContaining(day, DatePrecision::kWeek); break;
      case 3: e.date = *UnitContaining(day, DatePrecision::kMonth); break;
      case 4: e.date = *UnitContaining(day, DatePrecision::kQuarter); break;
      case 5: e.date = *UnitContaining(day, DatePrecision::kYear); break;
      case 6:
        e.date = DaysSpan(day, day + date::days(below(2000)));
        e.date.precision = DatePrecision::kRange;
        break;
      default: e.date = DateSpan{}; break;
    }
    events.push_back(e);
  }
  StoredDocument doc = MakeDocument();
  doc.facts.events = events;
  Load(doc);
  REQUIRE(store.Check().empty());
  REQUIRE(StoreTesting::SpanClasses(store).size() == 9);

  for (int i = 0; i < 300; ++i) {
    StoreQuery q;
    int64_t from = first_day - 100 + below(3300);
    int64_t to = from + below(i % 3 == 0 ? 10 : 400);
    if (i % 7 != 1) q.from_day = from;
    if (i % 7 != 2) q.to_day = to;
    q.within = i % 5 == 0;
    std::vector<std::string> expected;
    std::vector<const Event*> kept;
    for (const Event& e : events) {
      if (!e.date.known()) continue;
      int64_t start = ToDayNumber(*e.date.start), end = ToDayNumber(*e.date.end);
      bool in = q.within ? (!q.from_day || start >= from) && (!q.to_day || end <= to)
                         : (!q.from_day || end >= from) && (!q.to_day || start <= to);
      if (in) kept.push_back(&e);
    }
    std::stable_sort(kept.begin(), kept.end(), [](const Event* a, const Event* b) {
      return std::make_tuple(*a->date.start, a->date.precision, *a->date.end) <
             std::make_tuple(*b->date.start, b->date.precision, *b->date.end);
    });
    for (const Event* e : kept) expected.push_back(e->id);
    INFO("from " << from << " to " << to << " within " << q.within);
    CHECK(Ids(store, q) == expected);
  }
}

namespace {

// A roll-up question as ResolveFilter asks it: the actor, and its members.
StoreQuery RolledUp(const Store& store, const std::string& folded) {
  StoreQuery q;
  std::vector<int64_t> roots = store.FindActors(folded);
  std::vector<int64_t> all;
  for (int64_t root : roots) {
    for (int64_t key : store.ActorWithMembers(root)) all.push_back(key);
  }
  q.actor_sets = {all};
  q.actor_roots = {roots};
  return q;
}

}  // namespace

TEST_CASE_METHOD(StoreFixture, "Rolled-up actors are answered from actor_timeline, kept in step",
                 "[store]") {
  StoredDocument doc = MakeDocument();
  doc.facts.events[1].actors.push_back({"PRK-KPA", "Korean People's Army", "PRK", ActorRole::kInitiator});
  doc.facts.events[0].actors = {{"envoy-x", "Envoy X", "KOR", ActorRole::kParticipant}};  // a file's own
  Load(doc);
  CHECK(store.Check().empty());
  StoreQuery prk = RolledUp(store, "prk");
  CHECK(Ids(store, prk) == std::vector<std::string>{"s-2"});  // once, though two of its actors are in it
  bool from_timeline = false;  // actor_timeline's key is (actor, span_class, ...)
  for (const std::string& line : store.Explain(prk)) {
    from_timeline |= line.find("USING PRIMARY KEY (actor=? AND span_class=?") != std::string::npos;
  }
  CHECK(from_timeline);
  CHECK(Ids(store, RolledUp(store, "kor")) == std::vector<std::string>{"s-1"});  // through Envoy X

  // Envoy X acts for the United States in an edited file: KOR's roll-up
  // loses the meeting, USA's gains it.
  StoredDocument edited = doc;
  edited.facts.events[0].actors[0].country = "USA";
  Load(edited);
  CHECK(store.Check().empty());
  CHECK(Ids(store, RolledUp(store, "kor")).empty());
  CHECK(Ids(store, RolledUp(store, "usa")) == std::vector<std::string>{"s-1"});

  // The missiles are re-attributed to South Korea: a changed event's rows
  // are rebuilt (the other event's stay).
  edited.facts.events[1].actors = {{"KOR", "South Korea", "", ActorRole::kInitiator}};
  LoadCounts counts;
  Load(edited, &counts);
  CHECK(counts.events_changed == 1);
  CHECK(store.Check().empty());
  CHECK(Ids(store, RolledUp(store, "prk")).empty());
  CHECK(Ids(store, RolledUp(store, "kor")) == std::vector<std::string>{"s-2"});
  CHECK(Ids(store, RolledUp(store, "usa")) == std::vector<std::string>{"s-1"});

  // The event leaves the document: its rows go with it.
  edited.facts.events.pop_back();
  Load(edited);
  CHECK(store.Check().empty());
  CHECK(Ids(store, RolledUp(store, "prk")).empty());
}

TEST_CASE_METHOD(StoreFixture, "Each record of an answer is read whole, nothing kept from the row before",
                 "[store]") {
  // Store::Find reuses one record for every row: a row with fewer actors, no
  // place, no confidence and no quantities must not show the earlier row's.
  // The actors are listed in both orders, so one of the two events has them
  // out of the store's key order and must come back in the fact file's.
  StoredDocument doc = MakeDocument();
  Event& rich = doc.facts.events[1];  // 2025-12-10, read first
  rich.actors = {{"USA", "United States", "", ActorRole::kInitiator},
                 {"PRK", "North Korea", "", ActorRole::kTarget},
                 {"KOR", "South Korea", "", ActorRole::kParticipant}};
  rich.place = Place{"Seoul", "KOR"};
  rich.confidence = 0.5;
  rich.quantities = {{620e6, "USD", "US$620 juta"}, {2, "missiles", "two missiles"}};
  Event& plain = doc.facts.events[0];  // 2026-01-23, read second
  plain.actors = {{"KOR", "South Korea", "", ActorRole::kParticipant},
                  {"PRK", "North Korea", "", ActorRole::kParticipant},
                  {"USA", "United States", "", ActorRole::kTarget}};
  Event bare = MakeEvent("s-3", EventType::kStatement, "2026-02-01", "North Korea fired missiles.",
                         {{"PRK", "North Korea", "", ActorRole::kInitiator}});
  bare.date = DateSpan{};  // undated: read last
  doc.facts.events.push_back(bare);
  Load(doc);

  std::vector<EventRecord> records;
  store.Find({}, [&](const EventRecord& r) { records.push_back(r); });
  REQUIRE(records.size() == 3);
  auto actors = [](const Event& e) {
    std::vector<std::string> out;
    for (const ActorRef& a : e.actors) out.push_back(a.id + "/" + std::string(ToString(a.role)));
    return out;
  };
  CHECK(records[0].event.id == "s-2");
  CHECK(actors(records[0].event) ==
        std::vector<std::string>{"USA/initiator", "PRK/target", "KOR/participant"});
  REQUIRE(records[0].event.place);
  CHECK(records[0].event.place->name == "Seoul");
  CHECK(records[0].event.confidence == Approx(0.5));
  REQUIRE(records[0].event.quantities.size() == 2);
  CHECK(records[0].event.quantities[0].value == Approx(620e6));
  CHECK(records[0].event.quantities[0].unit == "USD");
  CHECK(records[0].event.quantities[1].text == "two missiles");

  CHECK(records[1].event.id == "s-1");
  CHECK(actors(records[1].event) ==
        std::vector<std::string>{"KOR/participant", "PRK/participant", "USA/target"});
  CHECK_FALSE(records[1].event.place);
  CHECK_FALSE(records[1].event.confidence);
  CHECK(records[1].event.quantities.empty());

  CHECK(records[2].event.id == "s-3");
  CHECK_FALSE(records[2].event.date.start);
  CHECK(records[2].event.date.precision == DatePrecision::kUnknown);
  CHECK(actors(records[2].event) == std::vector<std::string>{"PRK/initiator"});
  CHECK(records[2].modified);  // the store's own "YYYY-MM-DD HH:MM:SS", read back
}

TEST_CASE("Every field of an event and of its article changes the digests", "[store]") {
  StoredDocument base = MakeDocument();
  base.facts.events[0].place = Place{"Seoul", "KOR"};
  base.facts.events[0].quantities = {{2, "missiles", "two"}};
  base.facts.events[0].confidence = 0.5;
  ComputeDigests(&base);
  REQUIRE(base.event_digests.size() == 2);
  CHECK(base.event_digests[0] != base.event_digests[1]);
  CHECK(base.facts_digest.rfind("2:", 0) == 0);  // format 2

  using Edit = std::function<void(StoredDocument&)>;
  const std::vector<std::pair<std::string, Edit>> edits = {
      {"id", [](StoredDocument& d) { d.facts.events[0].id = "s-9"; }},
      {"type", [](StoredDocument& d) { d.facts.events[0].type = EventType::kDrill; }},
      {"title", [](StoredDocument& d) { d.facts.events[0].title += "!"; }},
      {"start", [](StoredDocument& d) { d.facts.events[0].date.start = *ParseIsoDay("2026-01-22"); }},
      {"end", [](StoredDocument& d) { d.facts.events[0].date.end = *ParseIsoDay("2026-01-24"); }},
      {"precision", [](StoredDocument& d) { d.facts.events[0].date.precision = DatePrecision::kRange; }},
      {"date text", [](StoredDocument& d) { d.facts.events[0].date.text = "Friday"; }},
      {"actor id", [](StoredDocument& d) { d.facts.events[0].actors[0].id = "PRK"; }},
      {"actor name", [](StoredDocument& d) { d.facts.events[0].actors[0].name = "ROK"; }},
      {"actor country", [](StoredDocument& d) { d.facts.events[0].actors[1].country = "USA"; }},
      {"actor role", [](StoredDocument& d) { d.facts.events[0].actors[0].role = ActorRole::kTarget; }},
      {"actor order", [](StoredDocument& d) {
         std::swap(d.facts.events[0].actors[0], d.facts.events[0].actors[1]);
       }},
      {"no place", [](StoredDocument& d) { d.facts.events[0].place.reset(); }},
      {"place name", [](StoredDocument& d) { d.facts.events[0].place->name = "Busan"; }},
      {"place country", [](StoredDocument& d) { d.facts.events[0].place->country = ""; }},
      {"factuality", [](StoredDocument& d) { d.facts.events[0].factuality = Factuality::kNegated; }},
      {"quantity value", [](StoredDocument& d) { d.facts.events[0].quantities[0].value = 3; }},
      {"quantity unit", [](StoredDocument& d) { d.facts.events[0].quantities[0].unit = "rockets"; }},
      {"quantity text", [](StoredDocument& d) { d.facts.events[0].quantities[0].text = "dua"; }},
      {"no quantities", [](StoredDocument& d) { d.facts.events[0].quantities.clear(); }},
      {"evidence text", [](StoredDocument& d) { d.facts.events[0].evidence.text += " "; }},
      {"evidence start", [](StoredDocument& d) { d.facts.events[0].evidence.start += 1; }},
      {"evidence end", [](StoredDocument& d) { d.facts.events[0].evidence.end += 1; }},
      {"confidence", [](StoredDocument& d) { d.facts.events[0].confidence = 0.25; }},
      {"no confidence", [](StoredDocument& d) { d.facts.events[0].confidence.reset(); }},
  };
  for (const auto& [field, edit] : edits) {
    StoredDocument changed = MakeDocument();
    changed.facts.events[0].place = Place{"Seoul", "KOR"};
    changed.facts.events[0].quantities = {{2, "missiles", "two"}};
    changed.facts.events[0].confidence = 0.5;
    edit(changed);
    ComputeDigests(&changed);
    INFO(field);
    CHECK(changed.event_digests[0] != base.event_digests[0]);
    CHECK(changed.event_digests[1] == base.event_digests[1]);
    CHECK(changed.facts_digest != base.facts_digest);
  }
  const std::vector<std::pair<std::string, Edit>> article_edits = {
      {"article id", [](StoredDocument& d) { d.facts.article.id = "0000000000000000"; }},
      {"article title", [](StoredDocument& d) { d.facts.article.title = "Other"; }},
      {"published", [](StoredDocument& d) { d.facts.article.published = *ParseIsoDay("2026-01-24"); }},
      {"language", [](StoredDocument& d) { d.facts.article.language = "en"; }},
      {"path", [](StoredDocument& d) { d.facts.article.path = "/tmp/b.txt"; }},
      {"article text", [](StoredDocument& d) { d.article_bytes += "\n"; }},
      {"one event less", [](StoredDocument& d) { d.facts.events.pop_back(); }},
  };
  for (const auto& [field, edit] : article_edits) {
    StoredDocument changed = base;
    edit(changed);
    ComputeDigests(&changed);
    INFO(field);
    CHECK(changed.facts_digest != base.facts_digest);
  }
}

TEST_CASE("People's decisions change no digest: they are stored beside the event", "[store][decisions]") {
  StoredDocument base = MakeDocument();
  ComputeDigests(&base);
  StoredDocument decided = MakeDocument();
  decided.facts.events[0].merged_with = {"x-1"};
  decided.facts.events[1].split_from = {"s-1"};
  ComputeDigests(&decided);
  CHECK(decided.event_digests == base.event_digests);
  CHECK(decided.facts_digest == base.facts_digest);
}

TEST_CASE_METHOD(StoreFixture, "A batch stores the documents' decisions, keeps them, and reads them back",
                 "[store][decisions]") {
  // The decisions of each report as a JSON document gives them.
  auto decisions = [this](bool wanted) {
    StoreQuery query;
    query.reports = true;
    query.decisions = wanted;
    std::map<std::string, std::pair<std::vector<std::string>, std::vector<std::string>>> out;
    store.Find(query, [&](const EventRecord& r) { out[r.event.id] = {r.event.merged_with, r.event.split_from}; });
    return out;
  };
  using Lists = std::pair<std::vector<std::string>, std::vector<std::string>>;
  StoredDocument doc = MakeDocument();
  Load(doc);
  CHECK(decisions(true)["s-1"] == Lists{});  // none yet: the table is empty

  // Added to facts that are otherwise unchanged: stored, no event revised.
  StoredDocument decided = MakeDocument();
  decided.facts.events[0].merged_with = {"x-2", "x-1"};  // x-1, x-2: not loaded (yet)
  decided.facts.events[0].split_from = {"s-2"};
  LoadCounts counts;
  Load(decided, &counts);
  CHECK(counts.articles_unchanged == 1);
  CHECK(counts.events_unchanged == 2);
  CHECK(decisions(true)["s-1"] == Lists{{"x-1", "x-2"}, {"s-2"}});  // sorted
  CHECK(decisions(true)["s-2"] == Lists{{}, {"s-1"}});              // both sides
  CHECK(decisions(false)["s-1"] == Lists{});                        // only when asked
  CHECK(store.FindEvent("s-1", nullptr)->revision == 0);

  // A document without them removes none; one saying the opposite is a
  // warning, and the stored decision stays.
  Load(doc);
  CHECK(decisions(true)["s-1"] == Lists{{"x-1", "x-2"}, {"s-2"}});
  StoredDocument contrary = MakeDocument();
  contrary.facts.events[1].merged_with = {"s-1"};
  Store::Batch batch(store);
  batch.Add(contrary);
  batch.Commit();
  REQUIRE(batch.warnings().size() == 1);
  CHECK(batch.warnings()[0] ==
        "event s-2: merged_with \"s-1\": these reports were split by an earlier decision, which is kept "
        "(`timeline merge` changes it)");
  CHECK(decisions(true)["s-2"] == Lists{{}, {"s-1"}});
  CHECK(store.Check().empty());
}

TEST_CASE_METHOD(FileStoreFixture, "Facts stored with format 1 digests stay unchanged on re-load",
                 "[store]") {
  // A database written before digest format 2 holds digests of the facts'
  // JSON text; re-loading the same facts must change nothing (no new
  // revision, which calendar apps would see as an update).
  const StoredDocument doc = MakeDocument();
  {
    Store store(path, Store::Mode::kCreate, Registry::Builtin());
    Store::Batch batch(store);
    batch.Add(doc);
    batch.Commit();
  }
  {
    SQLite::Database db(path, SQLite::OPEN_READWRITE);
    SQLite::Statement article(db, "UPDATE articles SET facts_digest = ?");
    article.bind(1, Fnv1a64Hex(DocumentToJson(doc.facts).dump()) + "-" + Fnv1a64Hex(doc.article_bytes));
    CHECK(article.exec() == 1);
    for (const Event& event : doc.facts.events) {
      SQLite::Statement update(db, "UPDATE events SET content_digest = ? WHERE uid = ?");
      update.bind(1, Fnv1a64Hex(EventToJson(event).dump()));
      update.bind(2, event.id);
      CHECK(update.exec() == 1);
    }
  }
  Store store(path, Store::Mode::kExisting, Registry::Builtin());
  auto load = [&store](const StoredDocument& document) {
    Store::Batch batch(store);
    batch.Add(document);
    batch.Commit();
    return batch.counts();
  };
  LoadCounts same = load(doc);
  CHECK(same.articles_unchanged == 1);
  CHECK(same.events_unchanged == 2);
  // Decisions are no part of the facts, whatever the digests' format.
  StoredDocument decided = doc;
  decided.facts.events[0].merged_with = {"x-1"};
  LoadCounts with_decisions = load(decided);
  CHECK(with_decisions.articles_unchanged == 1);

  // An edited event among format 1 rows: it alone is revised.
  StoredDocument edited = MakeDocument();
  edited.facts.events[1].title = "Missiles again";
  LoadCounts counts = load(edited);
  CHECK(counts.articles_replaced == 1);
  CHECK(counts.events_changed == 1);
  CHECK(counts.events_unchanged == 1);
  CHECK(store.FindEvent("s-1", nullptr)->revision == 0);
  CHECK(store.FindEvent("s-2", nullptr)->revision == 1);
}

// Store::Find keeps its prepared statements (Database::Cached) and the span
// classes it last read: neither may outlive what it was made from.
TEST_CASE_METHOD(StoreFixture, "A kept statement is not reused while its rows are read", "[store][cache]") {
  Load(MakeDocument());
  StoreQuery all;
  // The same question asked again inside the callback: a second statement,
  // or the outer answer would be reset under its reader.
  std::vector<std::string> outer, inner;
  all.reports = true;
  store.Find(all, [&](const EventRecord& r) {
    outer.push_back(r.event.id);
    inner.clear();
    store.Find(all, [&](const EventRecord& i) { inner.push_back(i.event.id); });
  });
  CHECK(outer == std::vector<std::string>{"s-2", "s-1"});
  CHECK(inner == outer);
  // And once more, from the kept statement, with other parameters.
  StoreQuery january;
  january.from_day = ToDayNumber(*ParseIsoDay("2026-01-01"));
  january.to_day = ToDayNumber(*ParseIsoDay("2026-01-31"));
  CHECK(Ids(store, january) == std::vector<std::string>{"s-1"});
  StoreQuery december = january;
  december.from_day = ToDayNumber(*ParseIsoDay("2025-12-01"));
  december.to_day = ToDayNumber(*ParseIsoDay("2025-12-31"));
  CHECK(Ids(store, december) == std::vector<std::string>{"s-2"});
}

TEST_CASE_METHOD(StoreFixture, "A load's new span class is searched by the next question", "[store][cache]") {
  StoredDocument doc = MakeDocument();
  doc.facts.events.pop_back();
  Load(doc);
  StoreQuery march;  // March 2023
  march.from_day = ToDayNumber(*ParseIsoDay("2023-03-01"));
  march.to_day = ToDayNumber(*ParseIsoDay("2023-03-31"));
  CHECK(Ids(store, march).empty());
  // Five years over March 2023: a span class the database had no event of.
  StoredDocument range = MakeDocument();
  range.facts.events[1].date = DaysSpan(*ParseIsoDay("2021-01-01"), *ParseIsoDay("2025-12-31"));
  range.facts.events[1].date.precision = DatePrecision::kRange;
  Load(range);
  CHECK(Ids(store, march) == std::vector<std::string>{"s-2"});
}

TEST_CASE_METHOD(FileStoreFixture, "Another connection's load is seen by the next question", "[store][cache]") {
  StoredDocument doc = MakeDocument();
  doc.facts.events.pop_back();
  {
    Store writer(path, Store::Mode::kCreate, Registry::Builtin());
    Store::Batch batch(writer);
    batch.Add(doc);
    batch.Commit();
  }
  Store reader(path, Store::Mode::kReadOnly, Registry::Builtin());
  StoreQuery march;
  march.from_day = ToDayNumber(*ParseIsoDay("2023-03-01"));
  march.to_day = ToDayNumber(*ParseIsoDay("2023-03-31"));
  CHECK(Ids(reader, march).empty());
  StoredDocument range = MakeDocument();
  range.facts.events[1].date = DaysSpan(*ParseIsoDay("2021-01-01"), *ParseIsoDay("2025-12-31"));
  range.facts.events[1].date.precision = DatePrecision::kRange;
  {
    Store writer(path, Store::Mode::kExisting, Registry::Builtin());
    Store::Batch batch(writer);
    batch.Add(range);
    batch.Commit();
  }
  CHECK(Ids(reader, march) == std::vector<std::string>{"s-2"});
}

TEST_CASE_METHOD(FileStoreFixture, "Kept statements do not stand in a bulk load's way", "[store][cache]") {
  // A question on the empty database keeps its statement; the bulk load
  // that follows drops indexes and changes the journal mode, which SQLite
  // refuses while a statement is still being read.
  Store store(path, Store::Mode::kCreate, Registry::Builtin(), Store::Threads::kThreads);
  StoreQuery all;
  CHECK(Ids(store, all).empty());
  {
    Store::Batch batch(store);
    batch.Add(MakeDocument());
    batch.Commit();
  }
  CHECK(Ids(store, all) == std::vector<std::string>{"s-2", "s-1"});
  SQLite::Database db(path, SQLite::OPEN_READONLY);
  CHECK(db.execAndGet("PRAGMA journal_mode").getString() == "wal");
}

TEST_CASE_METHOD(StoreFixture, "Quantities are read unless the output prints none", "[store]") {
  StoredDocument doc = MakeDocument();
  doc.facts.events[1].quantities.push_back({3, "missile", "three missiles"});
  Load(doc);
  StoreQuery q;
  q.types = {"missile_test"};
  for (bool limited : {false, true}) {
    if (limited) q.limit = 10;
    std::vector<size_t> counts;
    for (bool with : {true, false}) {
      q.with_quantities = with;
      store.Find(q, [&](const EventRecord& r) { counts.push_back(r.event.quantities.size()); });
    }
    CHECK(counts == std::vector<size_t>{1, 0});
  }
}

namespace {

// A document of its own article (the text after kArticle tells them apart)
// with the given events.
StoredDocument ArticleWith(const std::string& tail, std::vector<Event> events) {
  StoredDocument doc;
  doc.article_bytes = kArticle + tail + "\n";
  doc.facts.article.id = ArticleIdOf(doc.article_bytes);
  doc.facts.article.title = "Header " + tail;
  doc.facts.article.path = "/tmp/" + tail + ".txt";
  doc.facts.events = std::move(events);
  return doc;
}

Event Meeting(const std::string& id, const std::string& actor, const std::string& place = "Seoul") {
  Event e = MakeEvent(id, EventType::kMeeting, "2026-01-23", "The envoys met in Seoul on Friday.",
                      {{actor, actor == "KOR" ? "South Korea" : "North Korea", "", ActorRole::kParticipant}});
  e.place = Place{place, place == "Seoul" ? "KOR" : "PRK"};
  return e;
}

// Each report and the timeline event it shows in, with what that event
// shows (not its revisions: a report updated within a load has one more).
std::string ClusterState(const std::string& path) {
  SQLite::Database db(path, SQLite::OPEN_READONLY);
  SQLite::Statement rows(db,
                         "SELECT e.uid, coalesce(t.uid, e.uid), t.title, t.start_day, t.actors_json, "
                         "t.sources, t.report_ids_json FROM events e "
                         "LEFT JOIN timeline_events t ON t.id = e.cluster ORDER BY e.uid");
  std::string out;
  while (rows.executeStep()) {
    for (int c = 0; c < rows.getColumnCount(); ++c) out += rows.getColumn(c).getString() + "|";
    out += "\n";
  }
  return out;
}

}  // namespace

TEST_CASE_METHOD(FileStoreFixture,
                 "A report updated or deleted within one load is clustered as stored, not as first written",
                 "[store][merge]") {
  // The load's reports as written are held for re-clustering
  // (store/new_reports.h) until one of them changes. Updated: a-1 is written
  // as a meeting in Pyongyang, then rewritten as in Seoul (the same meeting
  // as b-1 and c-1) by a second version of its article in the same load;
  // clustered from what was first written, a-1 would stay alone, as stored
  // it joins b-1 and c-1. Deleted: a-1 (the last key) goes with a second
  // version of its article that has no events, and d-1, naming North Korea,
  // takes its key; held by key, d-1 would be a-1. In a bulk load (an empty
  // database) and in a load into one that has a report already, with the
  // held rows, without them (TIMELINE_MERGE_CAPTURE=0, or a cap too small
  // for them), and as a load of the final versions only.
  const Event missiles = MakeEvent("a-2", EventType::kMissileTest, "2025-12-10", "North Korea fired missiles.",
                                   {{"PRK", "North Korea", "", ActorRole::kInitiator}});
  for (const bool update : {true, false}) {
    for (const bool bulk : {true, false}) {
      for (const char* capture : {static_cast<const char*>(nullptr), "0", "100"}) {
        INFO((update ? "update" : "delete") << " bulk " << bulk << " capture "
                                            << (capture ? capture : "default"));
        auto load = [&](bool final_only) {
          Remove();
          Store store(path, Store::Mode::kCreate, Registry::Builtin());
          if (!bulk) {
            Store::Batch before(store);
            before.Add(ArticleWith("z", {MakeEvent("z-1", EventType::kMissileTest, "2020-01-01",
                                                   "North Korea fired missiles.",
                                                   {{"PRK", "North Korea", "", ActorRole::kInitiator}})}));
            before.Commit();
          }
          if (capture) ::setenv("TIMELINE_MERGE_CAPTURE", capture, 1);
          Store::Batch batch(store);
          ::unsetenv("TIMELINE_MERGE_CAPTURE");
          if (update) {
            if (!final_only) batch.Add(ArticleWith("a", {Meeting("a-1", "KOR", "Pyongyang"), missiles}));
            batch.Add(ArticleWith("b", {Meeting("b-1", "KOR")}));
            batch.Add(ArticleWith("c", {Meeting("c-1", "KOR")}));
            batch.Add(ArticleWith("a", {Meeting("a-1", "KOR"), missiles}));
          } else {
            batch.Add(ArticleWith("b", {Meeting("b-1", "KOR")}));
            batch.Add(ArticleWith("c", {Meeting("c-1", "KOR")}));
            if (!final_only) batch.Add(ArticleWith("a", {Meeting("a-1", "KOR")}));
            batch.Add(ArticleWith("a", {}));
            batch.Add(ArticleWith("d", {Meeting("d-1", "PRK")}));
          }
          batch.Commit();
          if (!final_only) {
            CHECK(batch.counts().events_changed == (update ? 1 : 0));
            CHECK(batch.counts().events_removed == (update ? 0 : 1));
          }
          CHECK(store.Check().empty());
          return ClusterState(path);
        };
        const std::string state = load(false);
        INFO(state);
        if (update) {  // one event, led by the smallest uid
          CHECK(state.find("a-1|a-1|") != std::string::npos);
          CHECK(state.find("b-1|a-1|") != std::string::npos);
          CHECK(state.find("c-1|a-1|") != std::string::npos);
        } else {
          CHECK(state.find("b-1|b-1|") != std::string::npos);
          CHECK(state.find("c-1|b-1|") != std::string::npos);
          CHECK(state.find("d-1|d-1|") != std::string::npos);  // alone
        }
        CHECK(state == load(true));
      }
    }
  }
}
