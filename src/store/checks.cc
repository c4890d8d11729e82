// `timeline check` and `timeline stats`: what should hold of a database,
// and what it holds.

#include <SQLiteCpp/SQLiteCpp.h>

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "store/database.h"
#include "store/roll_up.h"
#include "store/store.h"
#include "store/time_order.h"

namespace timeline {
namespace {

// Each invariant is a query that returns the offending rows, described by its
// first column; the name says what should hold.
struct Invariant {
  std::string name;
  std::string sql;
};
const std::vector<Invariant> kInvariants = {
    {"every event has its article",
     "SELECT e.uid FROM events e LEFT JOIN articles a ON a.id = e.article WHERE a.id IS NULL"},
    {"every event's interval is ordered and matches its precision",
     "SELECT uid FROM events WHERE (start_day IS NULL) <> (end_day IS NULL) OR start_day > end_day "
     "OR (precision = 6) <> (start_day IS NULL) "
     "OR (precision = 1 AND (end_day - start_day <> 6 OR (start_day + 3) % 7 <> 0)) "
     // Month, quarter, year: from the unit's first day to its last (the
     // interval search relies on it: EarliestStart).
     "OR (precision BETWEEN 2 AND 4 AND ("
     "  strftime('%d', start_day * 86400, 'unixepoch') <> '01' "
     "  OR (precision = 3 AND strftime('%m', start_day * 86400, 'unixepoch') NOT IN "
     "      ('01', '04', '07', '10')) "
     "  OR (precision = 4 AND strftime('%m', start_day * 86400, 'unixepoch') <> '01') "
     "  OR date(start_day * 86400, 'unixepoch', CASE precision WHEN 2 THEN '+1 month' "
     "      WHEN 3 THEN '+3 months' ELSE '+1 year' END, '-1 day') "
     "     <> date(end_day * 86400, 'unixepoch')))"},
    {"every event has a known type",
     "SELECT e.uid FROM events e LEFT JOIN event_types t ON t.type = e.type WHERE t.type IS NULL"},
    {"every event's actors are known actors",
     "SELECT e.uid FROM event_actors ea JOIN events e ON e.id = ea.event "
     "LEFT JOIN actors a ON a.id = ea.actor WHERE a.id IS NULL"},
    {"every event's time key is its start day and precision (undated last)",
     "SELECT uid FROM events WHERE time_key IS NOT "
     "coalesce(start_day * 8 + precision, 1125899906842624)"},
    {"event_actors carry their event's time key, end day and span class",
     "SELECT e.uid FROM event_actors ea JOIN events e ON e.id = ea.event "
     "WHERE ea.time_key IS NOT e.time_key OR ea.end_day IS NOT e.end_day "
     "OR ea.span_class IS NOT e.span_class"},
    {"actor_timeline rolls up exactly each event's actors",
     std::string("WITH expected AS (") + kRollUpRows + "), "
     "actual AS (SELECT actor, span_class, time_key, end_day, event FROM actor_timeline), "
     "wrong AS (SELECT event FROM (SELECT * FROM expected EXCEPT SELECT * FROM actual) "
     "  UNION SELECT event FROM (SELECT * FROM actual EXCEPT SELECT * FROM expected)) "
     "SELECT coalesce(e.uid, 'event key ' || w.event) FROM wrong w LEFT JOIN events e ON e.id = w.event"},
    {"evidence lies inside its article",
     "SELECT e.uid FROM events e JOIN articles a ON a.id = e.article "
     "WHERE a.body IS NOT NULL AND (e.evidence_end > length(a.body) OR "
     "CAST(substr(a.body, e.evidence_start + 1, e.evidence_end - e.evidence_start) AS TEXT) "
     "IS NOT e.evidence_text)"},
    {"every actor's country and parent are known actors",
     "SELECT a.code FROM actors a WHERE (a.country IS NOT NULL AND NOT EXISTS "
     "(SELECT 1 FROM actors c WHERE c.code = a.country)) OR (a.parent IS NOT NULL AND NOT EXISTS "
     "(SELECT 1 FROM actors p WHERE p.code = a.parent))"},
    {"every event's span class is its precision's or its length's, and no span is longer than "
     "its class's meta.max_span_days_<class>",
     std::string("SELECT uid FROM events WHERE span_class IS NOT ") + kSpanClassSql +
     " OR end_day - start_day > coalesce((SELECT CAST(value AS INTEGER) FROM meta "
     "WHERE key = 'max_span_days_' || span_class), -1)"},
    {"every merged report's timeline event exists (migration 0010)",
     "SELECT e.uid FROM events e LEFT JOIN timeline_events t ON t.id = e.cluster "
     "WHERE e.cluster IS NOT NULL AND t.id IS NULL"},
    {"every timeline event has two reports or more, its lead among them under its id",
     "SELECT t.uid FROM timeline_events t LEFT JOIN events l ON l.id = t.lead "
     "WHERE l.id IS NULL OR l.cluster IS NOT t.id OR l.uid <> t.uid "
     "OR (SELECT count(*) FROM events m WHERE m.cluster = t.id) < 2"},
};

// FTS5's own consistency check against its content table. It is an INSERT
// (the 'integrity-check' command), which a read-only connection refuses; there
// it runs on a copy of the index in the connection's temp schema, which is
// writable (memory or a temp file), over a temp view of the events: the same
// check, the file untouched. Throws SQLite's "database disk image is
// malformed" when the index is wrong.
constexpr const char* kCheckFullText =
    "INSERT INTO events_fts (events_fts, rank) VALUES ('integrity-check', 1)";
constexpr const char* kCopyFullText =
    "CREATE TEMP VIEW events AS SELECT * FROM main.events;"
    "CREATE VIRTUAL TABLE temp.fts_check USING fts5(title, evidence_text, content = 'events', "
    "content_rowid = 'id', tokenize = 'unicode61 remove_diacritics 2');"
    "DELETE FROM temp.fts_check_data; INSERT INTO temp.fts_check_data SELECT * FROM main.events_fts_data;"
    "DELETE FROM temp.fts_check_idx; INSERT INTO temp.fts_check_idx SELECT * FROM main.events_fts_idx;"
    "DELETE FROM temp.fts_check_docsize; "
    "INSERT INTO temp.fts_check_docsize SELECT * FROM main.events_fts_docsize;"
    "DELETE FROM temp.fts_check_config; "
    "INSERT INTO temp.fts_check_config SELECT * FROM main.events_fts_config;";
constexpr const char* kCheckCopiedFullText =
    "INSERT INTO temp.fts_check (fts_check, rank) VALUES ('integrity-check', 1)";
constexpr const char* kDropCopiedFullText =
    "DROP TABLE IF EXISTS temp.fts_check; DROP VIEW IF EXISTS temp.events;";

void CheckFullText(Database& database) {
  SQLite::Database& db = database.sql();
  if (!database.read_only()) {
    db.exec(kCheckFullText);
    return;
  }
  try {
    db.exec(kCopyFullText);
    db.exec(kCheckCopiedFullText);
  } catch (...) {
    db.exec(kDropCopiedFullText);
    throw;
  }
  db.exec(kDropCopiedFullText);
}

}  // namespace

std::vector<std::string> Store::Check() const {
  SQLite::Database& db = database_->sql();
  std::vector<std::string> problems;
  try {
    SQLite::Statement integrity(db, "PRAGMA integrity_check");
    while (integrity.executeStep()) {
      std::string line = integrity.getColumn(0).getString();
      if (line != "ok") problems.push_back("integrity_check: " + line);
    }
    SQLite::Statement foreign(db, "PRAGMA foreign_key_check");
    while (foreign.executeStep()) {
      problems.push_back("foreign_key_check: table " + foreign.getColumn(0).getString() + " row " +
                         foreign.getColumn(1).getString() + " points to a missing row of " +
                         foreign.getColumn(2).getString());
    }
    for (const Invariant& invariant : kInvariants) {
      SQLite::Statement statement(db, invariant.sql);
      size_t count = 0;
      std::string examples;
      while (statement.executeStep()) {
        if (++count <= 5) examples += (count > 1 ? ", " : "") + statement.getColumn(0).getString();
      }
      if (count > 0) {
        problems.push_back(std::string(invariant.name) + ": violated by " + std::to_string(count) +
                           (count == 1 ? " row (" : " rows (") + examples + (count > 5 ? ", ..." : "") +
                           ")");
      }
    }
    CheckFullText(*database_);
  } catch (const SQLite::Exception& e) {
    problems.push_back(std::string("check failed: ") + e.what());
  }
  return problems;
}

StoreStats Store::Stats() const {
  SQLite::Database& db = database_->sql();
  StoreStats stats;
  auto scalar = [&](const char* sql) {
    SQLite::Statement statement(db, sql);
    statement.executeStep();
    return statement.getColumn(0).isNull() ? std::optional<int64_t>() : statement.getColumn(0).getInt64();
  };
  auto groups = [&](const char* sql) {
    SQLite::Statement statement(db, sql);
    std::vector<std::pair<std::string, int64_t>> out;
    while (statement.executeStep()) {
      out.emplace_back(statement.getColumn(0).getString(), statement.getColumn(1).getInt64());
    }
    return out;
  };
  stats.articles = scalar("SELECT count(*) FROM articles").value_or(0);
  stats.events = scalar("SELECT count(*) FROM events").value_or(0);
  stats.actors_involved = scalar("SELECT count(DISTINCT actor) FROM event_actors").value_or(0);
  stats.first_day = scalar("SELECT min(start_day) FROM events");
  stats.last_day = scalar("SELECT max(end_day) FROM events");
  stats.undated = scalar("SELECT count(*) FROM events WHERE start_day IS NULL").value_or(0);
  stats.by_type = groups("SELECT type, count(*) FROM events GROUP BY type ORDER BY count(*) DESC, type");
  stats.by_factuality =
      groups("SELECT factuality, count(*) FROM events GROUP BY factuality ORDER BY count(*) DESC");
  stats.by_precision = groups(
      "SELECT CASE precision WHEN 0 THEN 'day' WHEN 1 THEN 'week' WHEN 2 THEN 'month' "
      "WHEN 3 THEN 'quarter' WHEN 4 THEN 'year' WHEN 5 THEN 'range' ELSE 'unknown' END, count(*) "
      "FROM events GROUP BY precision ORDER BY precision");
  stats.top_actors = groups(
      "SELECT a.code, count(DISTINCT ea.event) AS n FROM event_actors ea JOIN actors a "
      "ON a.id = ea.actor GROUP BY a.id ORDER BY n DESC, a.code LIMIT 10");
  {
    SQLite::Statement provenance(
        db, "SELECT a.provenance, count(*), sum((SELECT count(*) FROM events e WHERE e.article = a.id)) "
            "FROM articles a GROUP BY a.provenance ORDER BY count(*) DESC, a.provenance");
    while (provenance.executeStep()) {
      stats.by_provenance.push_back({provenance.getColumn(0).getString(), provenance.getColumn(1).getInt64(),
                                     provenance.getColumn(2).getInt64()});
    }
  }
  stats.extractors = groups(
      "SELECT extractor, count(*) FROM articles WHERE provenance = 'extracted' AND extractor IS NOT NULL "
      "GROUP BY extractor ORDER BY count(*) DESC, extractor");
  stats.fact_files = groups(
      "SELECT facts_file, count(*) FROM articles WHERE provenance = 'reviewed' AND facts_file IS NOT NULL "
      "GROUP BY facts_file ORDER BY count(*) DESC, facts_file LIMIT 10");
  stats.articles_with_url = scalar("SELECT count(*) FROM articles WHERE source_url IS NOT NULL").value_or(0);
  stats.schema_version = database_->UserVersion();
  std::error_code ec;
  stats.file_bytes = static_cast<int64_t>(std::filesystem::file_size(database_->path(), ec));
  return stats;
}

}  // namespace timeline
