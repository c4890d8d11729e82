#pragma once
// Rows of SQLite statements into the store's records: an answer's events
// (kEventColumns, event_columns.h) and actors.

#include <SQLiteCpp/SQLiteCpp.h>

#include <optional>
#include <string>
#include <string_view>

#include "model/event.h"
#include "store/database.h"
#include "store/query_sql.h"
#include "store/store.h"

namespace timeline {

// Fills `record` from one row of kEventColumns, reusing its buffers: one
// record serves every row of an answer.
void ReadRecord(SQLite::Statement& statement, EventRecord* record);
// The same from SQLite's own statement handle, without SQLiteCpp's costs per
// column (Store::Find's rows).
void ReadRecord(sqlite3_stmt* statement, EventRecord* record);

// One actor by its code, the columns ReadActor reads.
inline constexpr const char* kSelectActorByCode =
    "SELECT id, code, name, kind, country, parent, source FROM actors WHERE code = :code";

// A row of `actors` (id, code, name, kind, country, parent, source); the
// aliases and event count are the caller's.
ActorSummary ReadActor(SQLite::Statement& statement);

// Every tombstone (migration 0005), by start day, undated last; ReadRemoved
// reads its rows.
inline constexpr const char* kSelectRemoved =
    "SELECT uid, type, title, start_day, end_day, precision, date_text, factuality, evidence_text, "
    "article_code, article_title, article_path, article_url, revision, removed_at FROM removed_events "
    "ORDER BY start_day IS NULL, start_day, end_day, uid";
void ReadRemoved(SQLite::Statement& statement, EventRecord* record);

// "YYYY-MM-DD HH:MM:SS" (UTC, as the store writes times) -> a time point;
// nullopt for anything else.
std::optional<date::sys_seconds> ParseStoredTime(std::string_view text);

// A text column by name; NULL reads as "".
std::string ColumnText(SQLite::Statement& statement, const char* name);

// Binds the compiled query's parameters.
void BindQuery(SQLite::Statement& statement, const QuerySql& sql);
void BindQuery(Database::KeptStatement& statement, const QuerySql& sql);

}  // namespace timeline
