#include "store/snapshot.h"

#include <SQLiteCpp/SQLiteCpp.h>

#include <algorithm>
#include <cstdint>
#include <string>

#include "model/types.h"
#include "store/database.h"
#include "store/event_columns.h"
#include "store/query_sql.h"
#include "store/time_order.h"
#include "store/transaction.h"

namespace timeline {
namespace {

// snapshot_events' columns after its id, in Col order (kUid ... kDisputed):
// what kDisplayColumns selects.
constexpr const char* kSnapshotEventColumns =
    "uid, seq, type, title, start_day, precision, date_text, factuality, place_name, place_country, "
    "evidence_text, evidence_start, evidence_end, confidence, revision, modified_at, article_key, "
    "article_code, article_title, article_published, article_language, article_path, article_url, "
    "actors_json, quantities_json, cluster_key, display_end_day, sources_json, report_ids_json, disputed";

// The display columns as read from snapshot_events se; without quantities,
// an empty list (as RowColumns does).
std::string ShownColumns(bool quantities) {
  std::string out;
  std::string columns = kSnapshotEventColumns;
  size_t start = 0;
  while (start < columns.size()) {
    size_t comma = columns.find(", ", start);
    std::string name = columns.substr(start, comma == std::string::npos ? std::string::npos : comma - start);
    if (!out.empty()) out += ", ";
    out += name == "quantities_json" && !quantities ? std::string(kNoQuantities) + " AS quantities_json"
                                                    : "se." + name;
    start = comma == std::string::npos ? columns.size() : comma + 2;
  }
  return out;
}

}  // namespace

SnapshotCounts BuildSnapshot(Database& database) {
  SQLite::Database& db = database.sql();
  WriteTransaction transaction(database);  // marks it stale: it is rebuilt from nothing
  db.exec(
      "DELETE FROM snapshot_actor_rows; DELETE FROM snapshot_actors; DELETE FROM snapshot_events; "
      "DELETE FROM snapshot_reports");
  // Every report's rank in the order queries print them (Store::Find: time
  // key, end day, key), and the rank of each timeline event's first report.
  // Temporary tables: sorted by SQLite's sorter, which spills to temporary
  // files past its cache, so memory stays the same whatever the size.
  db.exec(
      "DROP TABLE IF EXISTS temp.snapshot_order; DROP TABLE IF EXISTS temp.snapshot_first; "
      "CREATE TEMP TABLE snapshot_order (rank INTEGER PRIMARY KEY, key INTEGER NOT NULL, cluster INTEGER); "
      "CREATE TEMP TABLE snapshot_first (cluster INTEGER PRIMARY KEY, rank INTEGER NOT NULL)");
  db.exec(
      "INSERT INTO temp.snapshot_order (key, cluster) "
      "SELECT id, cluster FROM events ORDER BY time_key, end_day, id");
  db.exec(
      "INSERT INTO temp.snapshot_first (cluster, rank) "
      "SELECT cluster, min(rank) FROM temp.snapshot_order WHERE cluster IS NOT NULL GROUP BY cluster");
  db.exec(
      "INSERT INTO snapshot_reports (id, event, key, span_class, time_key, end_day, factuality, cluster) "
      "SELECT o.rank, coalesce(f.rank, o.rank), e.id, e.span_class, e.time_key, e.end_day, e.factuality, e.cluster "
      "FROM temp.snapshot_order o CROSS JOIN events e ON e.id = o.key "
      "LEFT JOIN temp.snapshot_first f ON f.cluster = o.cluster ORDER BY o.rank");
  // Each timeline event's display row, at its first report's rank: the row
  // Store::Find reads with that report (kDisplayColumns, quantities too).
  db.exec(std::string("INSERT INTO snapshot_events (id, ") + kSnapshotEventColumns + ") SELECT o.rank, " +
          kDisplayColumns + " FROM temp.snapshot_order o CROSS JOIN events e ON e.id = o.key" + kDisplayJoins +
          " LEFT JOIN temp.snapshot_first f ON f.cluster = o.cluster "
          "WHERE f.rank IS NULL OR f.rank = o.rank ORDER BY o.rank");
  db.exec(
      "INSERT OR IGNORE INTO snapshot_actors (actor, span_class, report, end_day, event, factuality, cluster) "
      "SELECT at.actor, at.span_class, r.id, at.end_day, r.event, r.factuality, r.cluster "
      "FROM snapshot_reports r CROSS JOIN actor_timeline at ON at.event = r.key ORDER BY 1, 2, 3");
  db.exec(
      "INSERT INTO snapshot_actor_rows (actor, report, end_day, event, factuality, cluster) "
      "SELECT actor, report, end_day, event, factuality, cluster FROM snapshot_actors ORDER BY actor, report");
  db.exec("DROP TABLE temp.snapshot_order; DROP TABLE temp.snapshot_first");
  SQLite::Statement mark(db,
                         "INSERT INTO snapshot_state (id, built_at, span_classes, reports, events) VALUES "
                         "(1, :now, (SELECT coalesce(group_concat(span_class), '') FROM "
                         "(SELECT DISTINCT span_class FROM snapshot_reports ORDER BY 1)), "
                         "(SELECT count(*) FROM snapshot_reports), (SELECT count(*) FROM snapshot_events))");
  mark.bind(":now", NowUtc());
  mark.exec();
  SnapshotCounts counts;
  counts.reports = db.execAndGet("SELECT reports FROM snapshot_state").getInt64();
  counts.events = db.execAndGet("SELECT events FROM snapshot_state").getInt64();
  counts.actor_rows = db.execAndGet("SELECT count(*) FROM snapshot_actors").getInt64();
  transaction.Commit();
  return counts;
}

std::optional<std::vector<int>> FreshSnapshotClasses(const Database& database) {
  try {
    Database::Lease state = database.Cached("SELECT span_classes FROM snapshot_state WHERE id = 1");
    if (!state->Step()) return std::nullopt;
    std::vector<int> classes;
    std::string text = state->Text(0);
    size_t start = 0;
    while (start < text.size()) {
      size_t comma = text.find(',', start);
      if (comma == std::string::npos) comma = text.size();
      classes.push_back(std::stoi(text.substr(start, comma - start)));
      start = comma + 1;
    }
    return classes;
  } catch (const SQLite::Exception&) {
    return std::nullopt;  // no snapshot tables (never the case once migrated)
  }
}

bool SnapshotServes(const StoreQuery& q) {
  if (q.reports || q.group_by_article || q.role || !q.types.empty() || !q.fts_match.empty() ||
      !q.place_folded.empty() || !q.place_countries.empty()) {
    return false;
  }
  if (q.actor_sets.empty()) return true;
  // One actor, rolled up (as BuildQuery's RolledUp): its named keys drive.
  return q.actor_sets.size() == 1 && !q.actor_roots.empty() && !q.actor_roots[0].empty();
}

QuerySql BuildSnapshotQuery(const StoreQuery& q, const std::vector<std::pair<int, int64_t>>& span_classes) {
  QuerySql sql;
  // The dates as BuildQuery bounds them: per span class, time_key from
  // :lo_key<class> to :hi_key, and the end day past :from_day (overlap) or
  // before :to_day (within).
  bool dated = q.from_day || q.to_day;
  int64_t from = q.from_day.value_or(INT64_MIN / 64);
  int64_t to = q.to_day.value_or(INT64_MAX / 64);
  if (dated) {
    for (const auto& [span_class, max_span] : span_classes) {
      int64_t earliest = q.within ? from
                         : q.from_day ? EarliestStart(span_class, max_span, from)
                                      : from - max_span;
      sql.ints.emplace_back(":lo_key" + std::to_string(span_class), earliest * 8);
    }
    sql.ints.emplace_back(":hi_key", to * 8 + 7);
    sql.ints.emplace_back(q.within ? ":to_day" : ":from_day", q.within ? to : from);
  }
  const char* end_test = q.within ? " <= :to_day" : " >= :from_day";
  // Filters on the report that matched (BuildQuery's `where`), on `t`: a
  // snapshot_reports row or an actor entry (which carries its report's
  // factuality and cluster).
  for (size_t i = 0; i < q.factualities.size(); ++i) {
    sql.texts.emplace_back(":factuality" + std::to_string(i), std::string(ToString(q.factualities[i])));
  }
  auto filters = [&q](const std::string& t) {
    std::string out;
    if (!q.factualities.empty()) {
      out += " AND " + t + ".factuality IN (" + Placeholders("factuality", q.factualities.size()) + ")";
    }
    if (q.min_sources > 1) out += " AND " + t + ".cluster IS NOT NULL";  // a report alone has one source
    return out;
  };
  const std::string limit = LimitClause(q, &sql);
  const std::string shown = ShownColumns(q.with_quantities);
  const std::string rows = " CROSS JOIN snapshot_events se ON se.id = sr.event";

  if (q.actor_sets.empty() && !dated) {
    // Every report in rank order; without a filter on the report, only each
    // event's first (event = id): the two tables read front to back.
    std::string first = q.factualities.empty() ? " AND sr.event = sr.id" : "";
    sql.text = "SELECT sr.key AS key, sr.time_key AS time_key, sr.end_day AS end_day, " + shown +
               " FROM snapshot_reports sr" + rows + " WHERE 1" + first + filters("sr") + " ORDER BY sr.id" + limit;
    return sql;
  }
  // Otherwise the reports' ranks come in order from index ranges (one per
  // named actor, and with dates one per span class too), merged; then each
  // report's event row. The keys' subquery has a LIMIT (none: -1), so it is
  // never flattened and its rows stream out in order as the outer level
  // steps to them.
  std::vector<std::string> arms;
  std::string keys;
  if (!q.actor_sets.empty()) {
    // The actor entries carry their report's event, factuality and cluster:
    // no look-up of the report.
    const size_t roots = q.actor_roots[0].size();
    for (size_t j = 0; j < roots; ++j) {
      std::string name = ":a0_" + std::to_string(j);
      sql.ints.emplace_back(name, q.actor_roots[0][j]);
      if (!dated) {
        // One range of snapshot_actor_rows: the actor's reports in rank order.
        arms.push_back("SELECT sx.report AS id, sx.end_day AS end_day, sx.event AS event FROM snapshot_actor_rows sx "
                       "WHERE sx.actor = " + name + filters("sx"));
        continue;
      }
      for (const auto& [span_class, max_span] : span_classes) {
        std::string c = std::to_string(span_class);
        // The class's reports of these dates are the ranks between its
        // first report from :lo_key and its last up to :hi_key.
        arms.push_back("SELECT sa.report AS id, sa.end_day AS end_day, sa.event AS event FROM snapshot_actors sa "
                       "WHERE sa.actor = " + name + " AND sa.span_class = " + c +
                       " AND sa.report BETWEEN (SELECT id FROM snapshot_reports WHERE span_class = " + c +
                       " AND time_key >= :lo_key" + c + " ORDER BY span_class, time_key, end_day, id LIMIT 1)"
                       " AND (SELECT id FROM snapshot_reports WHERE span_class = " + c +
                       " AND time_key <= :hi_key ORDER BY span_class DESC, time_key DESC, end_day DESC, id DESC LIMIT 1)"
                       " AND sa.end_day" + end_test + filters("sa"));
      }
    }
    if (!dated && roots == 1) {
      // "Actor, first 100": one range and the event rows, no subquery.
      sql.text = "SELECT sx.report AS key, NULL AS time_key, sx.end_day AS end_day, " + shown +
                 " FROM snapshot_actor_rows sx CROSS JOIN snapshot_events se ON se.id = sx.event WHERE sx.actor = :a0_0" +
                 filters("sx") + " ORDER BY sx.report" + limit;
      return sql;
    }
    const char* union_word = roots > 1 ? " UNION " : " UNION ALL ";
    if (arms.size() == 1) {
      keys = arms[0] + " ORDER BY sa.report";
    } else {
      for (size_t i = 0; i < arms.size(); ++i) keys += (i ? union_word : "") + arms[i];
      keys += " ORDER BY id";
    }
    sql.text = "SELECT sk.id AS key, NULL AS time_key, sk.end_day AS end_day, " + shown + " FROM (" + keys +
               " LIMIT -1) AS sk CROSS JOIN snapshot_events se ON se.id = sk.event" + limit;
    return sql;
  }
  for (const auto& [span_class, max_span] : span_classes) {
    std::string c = std::to_string(span_class);
    arms.push_back("SELECT sr.id AS id, sr.time_key AS time_key, sr.end_day AS end_day FROM snapshot_reports sr "
                   "WHERE sr.span_class = " + c + " AND sr.time_key >= :lo_key" + c +
                   " AND sr.time_key <= :hi_key AND sr.end_day" + end_test);
  }
  if (arms.size() == 1) {
    keys = arms[0] + " ORDER BY sr.time_key, sr.end_day, sr.id";
  } else {
    for (size_t i = 0; i < arms.size(); ++i) keys += (i ? " UNION ALL " : "") + arms[i];
    keys += " ORDER BY time_key, end_day, id";
  }
  sql.text = "SELECT sr.key AS key, sr.time_key AS time_key, sr.end_day AS end_day, " + shown + " FROM (" + keys +
             " LIMIT -1) AS sk CROSS JOIN snapshot_reports sr ON sr.id = sk.id" + rows + " WHERE 1" + filters("sr") +
             limit;
  return sql;
}

}  // namespace timeline
