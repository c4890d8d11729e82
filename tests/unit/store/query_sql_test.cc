// The query compiler without a database: what SQL a StoreQuery becomes and
// which parameters carry its values.

#include <catch2/catch.hpp>

#include <algorithm>
#include <string>

#include "model/date_span.h"
#include "store/query_sql.h"
#include "store/time_order.h"

using namespace timeline;

namespace {

size_t Count(const std::string& text, const std::string& part) {
  size_t n = 0;
  for (size_t at = text.find(part); at != std::string::npos; at = text.find(part, at + 1)) ++n;
  return n;
}

template <typename Value>
const Value* Param(const std::vector<std::pair<std::string, Value>>& params, const std::string& name) {
  auto found = std::find_if(params.begin(), params.end(), [&](const auto& p) { return p.first == name; });
  return found == params.end() ? nullptr : &found->second;
}

int64_t Day(const char* iso) { return ToDayNumber(*ParseIsoDay(iso)); }

const std::vector<std::pair<int, int64_t>> kAllClasses = {{0, 0}, {1, 6},   {2, 30},  {3, 91}, {4, 365},
                                                          {5, 20}, {6, 200}, {7, 900}, {8, 4000}};

}  // namespace

TEST_CASE("Every value of a question is a parameter, never SQL text", "[store][query_sql]") {
  StoreQuery q;
  q.fts_match = "\"x'); DROP TABLE events; --\"";
  q.types = {"drill'--"};
  q.place_folded = "se'oul";
  q.place_countries = {"KOR'"};
  q.factualities = {Factuality::kAsserted, Factuality::kPossible};
  q.role = ActorRole::kInitiator;
  q.actor_sets = {{7, 8}};
  QuerySql sql = BuildQuery(q, {{0, 0}});
  CHECK(sql.text.find("DROP") == std::string::npos);
  CHECK(sql.text.find('\'') == sql.text.find("'\\'"));  // the only quote: LIKE's ESCAPE '\'
  REQUIRE(Param(sql.texts, ":fts"));
  CHECK(*Param(sql.texts, ":fts") == q.fts_match);
  CHECK(*Param(sql.texts, ":type0") == "drill'--");
  CHECK(*Param(sql.texts, ":place_country0") == "KOR'");
  CHECK(*Param(sql.texts, ":factuality0") == "asserted");
  CHECK(*Param(sql.texts, ":factuality1") == "possible");
  CHECK(*Param(sql.texts, ":role") == "initiator");
  CHECK(*Param(sql.ints, ":a0_0") == 7);
  CHECK(*Param(sql.ints, ":a0_1") == 8);
  // Literals (for the sqlite3 shell) double the quotes.
  auto literals = sql.Literals();
  CHECK(*Param(literals, ":type0") == "'drill''--'");
  CHECK(*Param(literals, ":a0_0") == "7");
}

TEST_CASE("A --place pattern escapes LIKE's wildcards", "[store][query_sql]") {
  StoreQuery q;
  q.place_folded = "50%_a\\b";
  QuerySql sql = BuildQuery(q, {{0, 0}});
  CHECK(*Param(sql.texts, ":place") == "%50\\%\\_a\\\\b%");
  CHECK(sql.text.find("LIKE :place ESCAPE") != std::string::npos);
}

TEST_CASE("A dated question has one index range per span class, each with its own bound",
          "[store][query_sql]") {
  StoreQuery q;
  q.from_day = Day("2026-01-15");
  q.to_day = Day("2026-02-10");
  QuerySql sql = BuildQuery(q, kAllClasses);
  for (const auto& [span_class, longest] : kAllClasses) {
    std::string c = std::to_string(span_class);
    CHECK(Count(sql.text, "e.span_class = " + c + " ") == 1);
    const int64_t* lo = Param(sql.ints, ":lo_key" + c);
    REQUIRE(lo);
    CHECK(*lo == EarliestStart(span_class, longest, *q.from_day) * 8);
  }
  // Calendar units start at their unit; other spans at from less their longest.
  CHECK(*Param(sql.ints, ":lo_key2") == Day("2026-01-01") * 8);
  CHECK(*Param(sql.ints, ":lo_key4") == Day("2026-01-01") * 8);
  CHECK(*Param(sql.ints, ":lo_key1") == Day("2026-01-12") * 8);  // that ISO week's Monday
  CHECK(*Param(sql.ints, ":lo_key0") == Day("2026-01-15") * 8);
  CHECK(*Param(sql.ints, ":lo_key8") == (Day("2026-01-15") - 4000) * 8);
  CHECK(*Param(sql.ints, ":hi_key") == Day("2026-02-10") * 8 + 7);
  CHECK(*Param(sql.ints, ":from_day") == Day("2026-01-15"));
  CHECK_FALSE(Param(sql.ints, ":to_day"));
  CHECK(Count(sql.text, " UNION ALL ") == kAllClasses.size() - 1);
  CHECK(sql.text.find("end_day >= :from_day") != std::string::npos);
}

TEST_CASE("Containment (--within) bounds the end by the question's last day", "[store][query_sql]") {
  StoreQuery q;
  q.from_day = Day("2026-01-01");
  q.to_day = Day("2026-01-31");
  q.within = true;
  QuerySql sql = BuildQuery(q, {{0, 0}, {8, 4000}});
  // Containment: the start is at least :from itself, whatever the class.
  CHECK(*Param(sql.ints, ":lo_key8") == Day("2026-01-01") * 8);
  CHECK(*Param(sql.ints, ":to_day") == Day("2026-01-31"));
  CHECK(sql.text.find("end_day <= :to_day") != std::string::npos);
  CHECK(sql.text.find(":from_day") == std::string::npos);
}

TEST_CASE("An undated question does not bound time", "[store][query_sql]") {
  QuerySql sql = BuildQuery(StoreQuery{}, kAllClasses);
  CHECK(sql.ints.empty());
  CHECK(sql.text.find("time_key >=") == std::string::npos);
  CHECK(sql.text.find("FROM events e") != std::string::npos);
  CHECK(sql.text.find("ORDER BY time_key, end_day, key") != std::string::npos);
}

TEST_CASE("Actors drive the answer from the index that fits the question", "[store][query_sql]") {
  StoreQuery rolled;
  rolled.actor_sets = {{1, 2, 3}};
  rolled.actor_roots = {{1}};
  QuerySql up = BuildQuery(rolled, {{0, 0}});
  CHECK(up.text.find("FROM actor_timeline ea") != std::string::npos);
  CHECK(up.text.find("FROM event_actors ea ") == std::string::npos);
  CHECK(*Param(up.ints, ":a0_0") == 1);  // the root only: its members are rolled up
  CHECK_FALSE(Param(up.ints, ":a0_1"));

  StoreQuery exact = rolled;
  exact.actor_roots = {{}};
  QuerySql ex = BuildQuery(exact, {{0, 0}});
  CHECK(Count(ex.text, "FROM event_actors ea ") == 3);
  CHECK(Count(ex.text, " UNION ") == 2);  // members may share an event: UNION, not UNION ALL
  CHECK(ex.text.find("UNION ALL") == std::string::npos);

  StoreQuery role = rolled;
  role.role = ActorRole::kTarget;
  QuerySql r = BuildQuery(role, {{0, 0}});
  CHECK(r.text.find("actor_timeline") == std::string::npos);  // roles live in event_actors
  CHECK(Count(r.text, "ea.role = :role") == 3);

  StoreQuery two = rolled;
  two.actor_sets.push_back({9});
  two.actor_roots.push_back({9});
  QuerySql both = BuildQuery(two, {{0, 0}});
  CHECK(both.text.find("EXISTS (SELECT 1 FROM event_actors x1") != std::string::npos);
  CHECK(*Param(both.ints, ":a1_0") == 9);
}

TEST_CASE("A limited answer finds its keys first, then reads their rows", "[store][query_sql]") {
  StoreQuery q;
  q.limit = 100;
  QuerySql sql = BuildQuery(q, kAllClasses);
  CHECK(*Param(sql.ints, ":limit") == 100);
  CHECK(sql.text.find(std::string(") AS ") + kLimitedKeysTable) != std::string::npos);
  // The columns and the actor subqueries are compiled once, outside the arms.
  CHECK(Count(sql.text, "json_group_array") == 2);

  StoreQuery all;
  QuerySql unlimited = BuildQuery(all, kAllClasses);
  CHECK(unlimited.text.find(kLimitedKeysTable) == std::string::npos);
  CHECK(Count(unlimited.text, "json_group_array") == 2 * kAllClasses.size());
}

TEST_CASE("A page is LIMIT and OFFSET on the statement, an offset alone streams", "[store][query_sql]") {
  StoreQuery page;
  page.limit = 50;
  page.offset = 100;
  QuerySql sql = BuildQuery(page, kAllClasses);
  CHECK(sql.text.find(" LIMIT :limit OFFSET :offset) AS " + std::string(kLimitedKeysTable)) != std::string::npos);
  CHECK(*Param(sql.ints, ":limit") == 50);
  CHECK(*Param(sql.ints, ":offset") == 100);

  StoreQuery rest;
  rest.offset = 7;
  QuerySql streamed = BuildQuery(rest, kAllClasses);
  CHECK(streamed.text.find(kLimitedKeysTable) == std::string::npos);
  CHECK(streamed.text.find(" LIMIT :limit OFFSET :offset") != std::string::npos);
  CHECK(*Param(streamed.ints, ":limit") == -1);  // SQLite: no limit
  CHECK(*Param(streamed.ints, ":offset") == 7);

  StoreQuery none;
  CHECK(BuildQuery(none, kAllClasses).text.find("OFFSET") == std::string::npos);
}

TEST_CASE("Documents regroup the time-ordered answer by article", "[store][query_sql]") {
  StoreQuery q;
  q.group_by_article = true;
  QuerySql sql = BuildQuery(q, {{0, 0}});
  CHECK(sql.text.rfind("SELECT * FROM (", 0) == 0);
  CHECK(sql.text.find("PARTITION BY r.article_key") != std::string::npos);
  CHECK(sql.text.find("r.article_key, r.seq") != std::string::npos);
}

TEST_CASE("An output that prints no quantities reads none", "[store][query_sql]") {
  StoreQuery limited;
  limited.limit = 100;
  StoreQuery unlimited;
  unlimited.actor_sets = {{7}};
  for (StoreQuery q : {limited, unlimited}) {
    for (bool reports : {false, true}) {
      q.reports = reports;
      q.with_quantities = true;
      std::string with = BuildQuery(q, kAllClasses).text;
      // Once in a limited answer's outer level, once per arm otherwise.
      size_t rows = q.limit ? 1 : kAllClasses.size();
      CHECK(Count(with, "FROM quantities qx") == rows);
      q.with_quantities = false;
      std::string without = BuildQuery(q, kAllClasses).text;
      CHECK(Count(without, "quantities qx") == 0);
      CHECK(Count(without, "'[]' AS quantities_json") == rows);
      CHECK(Count(with, " AS ") == Count(without, " AS "));  // the same columns otherwise
    }
  }
}
