// How a question's words are looked up: the plan chosen from how many events
// they match (store/text_plan.h), and the same answer whichever plan runs.

#include <catch2/catch.hpp>

#include <SQLiteCpp/SQLiteCpp.h>
#include <unistd.h>

#include <cstdio>
#include <filesystem>

#include <string>
#include <vector>

#include "model/date_span.h"
#include "registry/registry.h"
#include "store/database.h"
#include "store/query_sql.h"
#include "store/store.h"
#include "store/testing.h"
#include "store/text_plan.h"
#include "util/hash.h"

using namespace timeline;

namespace {

std::vector<std::string> Tokens(const std::string& fts_match) {
  std::vector<std::string> out;
  for (const IndexTerm& t : IndexTermsOf(fts_match)) out.push_back(t.token + (t.prefix ? "*" : ""));
  return out;
}

bool PlanHas(const Store& store, const StoreQuery& q, const std::string& part) {
  for (const std::string& line : store.Explain(q)) {
    if (line.find(part) != std::string::npos) return true;
  }
  return false;
}

std::vector<std::string> Ids(const Store& store, const StoreQuery& q) {
  std::vector<std::string> ids;
  store.Find(q, [&](const EventRecord& r) { ids.push_back(r.event.id); });
  return ids;
}

// One article of `count` events telling "The fleet sailed.", each made by
// `make(i, &event)` (id, type, title, date, actors), loaded into `store`.
template <typename Make>
void LoadFleet(Store& store, const std::string& path, int count, Make make) {
  StoredDocument doc;
  std::string sentence = "The fleet sailed.";
  doc.article_bytes = "Header\n\n" + sentence + "\n";
  doc.facts.article.id = ArticleIdOf(doc.article_bytes);
  doc.facts.article.title = "Header";
  doc.facts.article.path = path;
  for (int i = 0; i < count; ++i) {
    Event e;
    make(i, &e);
    e.evidence.text = sentence;
    e.evidence.start = doc.article_bytes.find(sentence);
    e.evidence.end = e.evidence.start + sentence.size();
    doc.facts.events.push_back(e);
  }
  Store::Batch batch(store);
  batch.Add(doc);
  batch.Commit();
}

}  // namespace

TEST_CASE("A full-text query's terms are the index's own tokens", "[store][text]") {
  CHECK(Tokens("\"korea\"") == std::vector<std::string>{"korea"});
  // Folded as unicode61 with remove_diacritics folds them; a phrase splits.
  CHECK(Tokens("\"Korea Utara\" \"Çakra\"") == std::vector<std::string>{"korea", "utara", "cakra"});
  // Only the last token of a prefix phrase is a prefix.
  CHECK(Tokens("\"uji coba\"*") == std::vector<std::string>{"uji", "coba*"});
  // A doubled quote is a quote inside the string, not its end.
  CHECK(Tokens("\"a\"\"b\" \"c\"") == std::vector<std::string>{"a", "b", "c"});
  CHECK(Tokens("\"-\"").empty());
}

TEST_CASE("The plan follows how many events the words match", "[store][text]") {
  const int64_t events = 1'000'000;
  // A word in most events: "first 100" finds its hundred after ~130 events,
  // while a list would hold 800,000 events (in each of nine arms).
  CHECK(ChooseTextPlan(800'000, events, 100, 9, false) == TextPlan::kProbe);
  // A rare word: its one list drives, and the few it finds are sorted.
  CHECK(ChooseTextPlan(200, events, 100, 9, false) == TextPlan::kDriven);
  CHECK(ChooseTextPlan(20'000, events, 100, 9, false) == TextPlan::kDriven);
  CHECK(ChooseTextPlan(0, events, 100, 9, false) == TextPlan::kDriven);
  // Between them, probing wins once the word is common enough.
  CHECK(ChooseTextPlan(40'000, events, 100, 9, false) == TextPlan::kProbe);
  // With an actor the actor's index drives: the list, or probes.
  CHECK(ChooseTextPlan(200, events, 100, 9, true) == TextPlan::kList);
  CHECK(ChooseTextPlan(800'000, events, 100, 9, true) == TextPlan::kProbe);
  // One arm builds its list once: no plan beats it for a rare word.
  CHECK(ChooseTextPlan(200, events, 100, 1, false) == TextPlan::kList);
  // Unlimited: a driven answer is sorted whole, so only a short one; probing
  // would read every candidate of the dates.
  CHECK(ChooseTextPlan(20'000, events, std::nullopt, 9, false) == TextPlan::kDriven);
  CHECK(ChooseTextPlan(800'000, events, std::nullopt, 9, false) == TextPlan::kList);
}

TEST_CASE("Words are counted only as far as the plan turns on the count", "[store][text]") {
  // At 1M events, "first 100" in nine arms: probing beats the driven plan
  // from sqrt(60 / 6 * 100 * 1M) = 31,623 events on, and every count above
  // that gives the same plan; just below it the plan differs.
  const int64_t events = 1'000'000;
  int64_t cap = DecidingMatches(events, 100, 9, false);
  CHECK(cap >= 31'623);
  CHECK(cap <= 31'626);
  CHECK(ChooseTextPlan(cap, events, 100, 9, false) == TextPlan::kProbe);
  CHECK(ChooseTextPlan(31'622, events, 100, 9, false) == TextPlan::kDriven);
  // With the sqrt's growth: 100k events, 10,000; 10M, 100,000.
  CHECK(DecidingMatches(100'000, 100, 9, false) <= 10'002);
  CHECK(DecidingMatches(10'000'000, 100, 9, false) <= 100'002);
  // An actor drives: probes against the list, sqrt(60 * 100 * 1M / arms).
  CHECK(DecidingMatches(events, 100, 3, true) >= 44'721);
  CHECK(DecidingMatches(events, 100, 3, true) <= 44'723);
  CHECK(ChooseTextPlan(44'720, events, 100, 3, true) == TextPlan::kList);
  // Unlimited: the driven plan's bound on what it sorts is the threshold.
  CHECK(DecidingMatches(events, std::nullopt, 9, false) >= 50'001);
  CHECK(ChooseTextPlan(50'000, events, std::nullopt, 9, false) == TextPlan::kDriven);

  // Whatever the question, a count at the cap or above chooses as the
  // largest count would.
  for (int64_t n : {int64_t{0}, int64_t{1}, int64_t{10}, int64_t{1'000}, int64_t{100'000}, int64_t{10'000'000}}) {
    for (std::optional<int64_t> limit : {std::optional<int64_t>{}, std::optional<int64_t>{1},
                                         std::optional<int64_t>{100}, std::optional<int64_t>{5'000}}) {
      for (size_t arms : {size_t{1}, size_t{3}, size_t{9}, size_t{36}}) {
        for (bool actor : {false, true}) {
          int64_t at = DecidingMatches(n, limit, arms, actor);
          TextPlan plan = ChooseTextPlan(at, n, limit, arms, actor);
          for (int64_t more : {at + 1, at * 2, at * 1000, n + 1, n * 10 + 5}) {
            if (more < at) continue;
            INFO("events " << n << " limit " << limit.value_or(-1) << " arms " << arms << " actor " << actor
                           << " count " << more);
            CHECK(ChooseTextPlan(more, n, limit, arms, actor) == plan);
          }
        }
      }
    }
  }
}

TEST_CASE("A frequent word's count is estimated from the start of its list", "[store][text]") {
  // Fewer than the sample: the list's end was reached, the count is exact.
  CHECK(EstimateMatches(17, 900'000, 1'000'000) == 17);
  CHECK(EstimateMatches(kSampledMatches - 1, 999'000, 1'000'000) == kSampledMatches - 1);
  // The sample among the first 10% of ids: ten times as many in all.
  CHECK(EstimateMatches(kSampledMatches, 100'000, 1'000'000) == kSampledMatches * 10);
  // Its last id is the largest: no more to suppose.
  CHECK(EstimateMatches(kSampledMatches, 1'000'000, 1'000'000) == kSampledMatches);
  CHECK(EstimateMatches(kSampledMatches, 0, 1'000'000) == kSampledMatches);
  // A word in every event: the sample is ids 1..4096, the estimate all.
  CHECK(EstimateMatches(kSampledMatches, kSampledMatches, 1'000'000) == 1'000'000);
}

TEST_CASE("The query compiler writes the plan it is given", "[store][text]") {
  StoreQuery q;
  q.fts_match = "\"korea\"";
  q.limit = 10;
  std::vector<std::pair<int, int64_t>> classes = {{0, 0}, {1, 6}};
  std::string list = BuildQuery(q, classes, TextPlan::kList).text;
  std::string probe = BuildQuery(q, classes, TextPlan::kProbe).text;
  QuerySql driven = BuildQuery(q, classes, TextPlan::kDriven);
  CHECK(driven.text.find("FROM events_fts JOIN events e ON e.id = events_fts.rowid") != std::string::npos);
  CHECK(driven.text.find("e.span_class IN (0, 1)") != std::string::npos);
  CHECK(driven.text.find("UNION") == std::string::npos);  // one list, no arms
  CHECK(list.find("e.id IN (SELECT rowid FROM events_fts WHERE events_fts MATCH :fts)") != std::string::npos);
  CHECK(probe.find("MATCH :fts AND rowid = e.id") != std::string::npos);
  CHECK(probe.find("e.id IN (SELECT rowid") == std::string::npos);
  CHECK(ArmCount(q, classes.size()) == 2);
}

TEST_CASE("The store probes for a frequent word, lists a rare one, and answers alike", "[store][text]") {
  Store store(":memory:", Store::Mode::kCreate, Registry::Builtin());
  // 400 events over 400 days: "harbour" in every title, "lighthouse" in two.
  date::sys_days first = *ParseIsoDay("2020-01-01");
  LoadFleet(store, "/tmp/harbour.txt", 400, [&](int i, Event* e) {
    e->id = "h-" + std::to_string(i);
    e->type = EventType::kDrill;
    e->title = std::string("harbour drill ") + (i == 7 || i == 300 ? "lighthouse" : "pier");
    e->date = DaySpan(first + date::days(i));
    e->actors = {{"PRK", "North Korea", "", ActorRole::kInitiator}};
  });
  StoreQuery frequent;
  frequent.fts_match = "\"harbour\"";
  frequent.limit = 5;
  // FTS5's plan "0:=M": MATCH with rowid equality, one seek per candidate.
  CHECK(PlanHas(store, frequent, ":=M"));
  CHECK_FALSE(PlanHas(store, frequent, "LIST SUBQUERY"));
  StoreQuery rare = frequent;
  rare.fts_match = "\"lighthouse\"";
  CHECK(PlanHas(store, rare, "LIST SUBQUERY"));
  CHECK_FALSE(PlanHas(store, rare, ":=M"));
  StoreQuery all = frequent;
  all.limit.reset();
  CHECK(PlanHas(store, all, "LIST SUBQUERY"));  // unlimited: the list

  // Probed or listed, the answer is the same: the first five in time order.
  std::vector<std::string> everything = Ids(store, all);
  REQUIRE(everything.size() == 400);
  CHECK(Ids(store, frequent) == std::vector<std::string>(everything.begin(), everything.begin() + 5));
  CHECK(Ids(store, rare) == std::vector<std::string>{"h-7", "h-300"});
  // A word the index has never seen matches nothing, by either plan.
  StoreQuery unknown = frequent;
  unknown.fts_match = "\"submarine\"";
  CHECK(Ids(store, unknown).empty());
  // A prefix sums its terms' documents: as frequent as the word.
  StoreQuery prefix = frequent;
  prefix.fts_match = "\"harb\"*";
  CHECK(PlanHas(store, prefix, ":=M"));
  CHECK(Ids(store, prefix) == Ids(store, frequent));
}

TEST_CASE("Every plan gives the same answer to every kind of question", "[store][text]") {
  Store store(":memory:", Store::Mode::kCreate, Registry::Builtin());
  // Events of every precision over ten years, words of every frequency.
  date::sys_days first = *ParseIsoDay("2016-01-01");
  const char* actors[] = {"PRK", "KOR", "JPN"};
  LoadFleet(store, "/tmp/fleet.txt", 600, [&](int i, Event* e) {
    e->id = "f-" + std::to_string(i);
    e->type = i % 3 ? EventType::kDrill : EventType::kMeeting;
    e->title = std::string("fleet ") + (i % 2 ? "harbour " : "") + (i % 10 == 0 ? "anchor " : "") +
               (i % 97 == 0 ? "lighthouse" : "pier");
    date::sys_days start = first + date::days((i * 37) % 3650);
    // Calendar units as the date model has them: a week from its Monday, a
    // month from its first day, a year from 1 January; and a few ranges.
    date::year_month_day ymd{start};
    date::sys_days monday = start - (date::weekday{start} - date::Monday);
    date::sys_days month_first = date::sys_days{ymd.year() / ymd.month() / 1};
    date::sys_days month_last = date::sys_days{ymd.year() / ymd.month() / date::last};
    date::sys_days year_first = date::sys_days{ymd.year() / 1 / 1};
    date::sys_days year_last = date::sys_days{ymd.year() / 12 / 31};
    switch (i % 6) {
      case 0: e->date = DaySpan(start); break;
      case 1: e->date = DateSpan{monday, monday + date::days(6), DatePrecision::kWeek, ""}; break;
      case 2: e->date = DateSpan{month_first, month_last, DatePrecision::kMonth, ""}; break;
      case 3: e->date = DateSpan{year_first, year_last, DatePrecision::kYear, ""}; break;
      case 4: e->date = DateSpan{start, start + date::days(40 + i % 300), DatePrecision::kRange, ""}; break;
      default: if (i % 12 == 5) e->date = DateSpan{}; else e->date = DaySpan(start);
    }
    e->actors = {{actors[i % 3], "", "", ActorRole::kInitiator}};
  });
  int compared = 0;
  for (const char* words : {"\"harbour\"", "\"anchor\"", "\"lighthouse\"", "\"fleet\" \"pier\"", "\"anc\"*",
                            "\"submarine\""}) {
    for (int dates = 0; dates < 3; ++dates) {
      for (std::optional<int64_t> limit : {std::optional<int64_t>{}, std::optional<int64_t>{7}}) {
        StoreQuery q;
        q.fts_match = words;
        q.limit = limit;
        if (dates == 1) {  // overlapping 2019
          q.from_day = ToDayNumber(*ParseIsoDay("2019-01-01"));
          q.to_day = ToDayNumber(*ParseIsoDay("2019-12-31"));
        } else if (dates == 2) {  // within 2018-03 .. 2020-06
          q.from_day = ToDayNumber(*ParseIsoDay("2018-03-01"));
          q.to_day = ToDayNumber(*ParseIsoDay("2020-06-30"));
          q.within = true;
        }
        if (compared % 2) q.types = {"drill"};
        INFO(words << " dates " << dates << " limit " << limit.value_or(0) << " types " << q.types.size());
        std::vector<std::string> list = StoreTesting::IdsWithPlan(store, q, TextPlan::kList);
        CHECK(StoreTesting::IdsWithPlan(store, q, TextPlan::kProbe) == list);
        CHECK(StoreTesting::IdsWithPlan(store, q, TextPlan::kDriven) == list);
        std::vector<std::string> found;
        store.Find(q, [&](const EventRecord& r) { found.push_back(r.event.id); });
        CHECK(found == list);
        ++compared;
      }
    }
  }
  CHECK(compared == 36);
}

TEST_CASE("A load into an empty database leaves its full-text index in one segment", "[store][text]") {
  // One file per process: CTest runs test cases in parallel processes.
  std::string path = (std::filesystem::temp_directory_path() /
                      ("timeline_text_plan_test_" + std::to_string(getpid()) + ".db"))
                         .string();
  auto remove = [&] {
    for (const char* suffix : {"", "-wal", "-shm", "-journal"}) std::remove((path + suffix).c_str());
  };
  remove();
  auto segments = [&] {
    SQLite::Database db(path, SQLite::OPEN_READONLY);
    return db.execAndGet("SELECT count(DISTINCT segid) FROM events_fts_idx").getInt();
  };
  { Store create(path, Store::Mode::kCreate, Registry::Builtin()); }
  {
    // FTS5 writes a segment each time its pending terms pass `hashsize`
    // bytes (1 MB by default): a tiny one makes a small load write many.
    SQLite::Database db(path, SQLite::OPEN_READWRITE);
    db.exec("INSERT INTO events_fts (events_fts, rank) VALUES ('hashsize', 64)");
  }
  date::sys_days first = *ParseIsoDay("2020-01-01");
  auto make = [&](const std::string& prefix) {
    return [=](int i, Event* e) {
      e->id = prefix + std::to_string(i);
      e->type = EventType::kDrill;
      e->title = "harbour drill " + prefix + std::to_string(i);
      e->date = DaySpan(first + date::days(i));
      e->actors = {{"PRK", "North Korea", "", ActorRole::kInitiator}};
    };
  };
  {
    Store store(path, Store::Mode::kExisting, Registry::Builtin());
    LoadFleet(store, "/tmp/first.txt", 60, make("first"));
  }
  // Merged at the bulk load's commit: a probe seeks once per candidate.
  CHECK(segments() == 1);
  {
    // A word's count reads the term's own list (FTS5's MATCH index "M"),
    // not the whole index, and sorts nothing.
    SQLite::Database db(path, SQLite::OPEN_READONLY);
    SQLite::Statement plan(db, std::string("EXPLAIN QUERY PLAN ") + Database::kSampleTermSql);
    plan.bind(":term", "\"harbour\"");
    plan.bind(":read", kSampledMatches);
    std::string details;
    while (plan.executeStep()) details += plan.getColumn(3).getString() + "\n";
    INFO(details);
    CHECK(details.find("SCAN events_fts VIRTUAL TABLE INDEX 0:M") != std::string::npos);
    CHECK(details.find("TEMP B-TREE") == std::string::npos);
    SQLite::Statement sample(db, Database::kSampleTermSql);
    sample.bind(":term", "\"harbour\"");
    sample.bind(":read", 10);
    REQUIRE(sample.executeStep());
    CHECK(sample.getColumn(0).getInt() == 10);  // stopped at :read of 60
    CHECK(sample.getColumn(1).getInt64() == 10);  // rowids 1..10
  }
  {
    Store store(path, Store::Mode::kExisting, Registry::Builtin());
    LoadFleet(store, "/tmp/second.txt", 60, make("second"));
    // A later load adds its own segments: the index is not rewritten whole
    // for a few events.
    CHECK(segments() > 1);
    StoreQuery q;
    q.fts_match = "\"harbour\"";
    // The same article's text (LoadFleet): its new version's events.
    std::vector<std::string> ids = Ids(store, q);
    CHECK(ids.size() == 60);
    CHECK(ids.front() == "second0");
    CHECK(store.Check().empty());
  }
  remove();
}
