#pragma once
// Rows of SQLite statements into the store's records: an answer's events
// (kEventColumns, event_columns.h) and actors.

#include <SQLiteCpp/SQLiteCpp.h>

#include <string>

#include "model/event.h"
#include "store/query_sql.h"
#include "store/store.h"

namespace timeline {

// Fills `record` from one row of kEventColumns, reusing its buffers: one
// record serves every row of an answer.
void ReadRecord(SQLite::Statement& statement, EventRecord* record);

// One actor by its code, the columns ReadActor reads.
inline constexpr const char* kSelectActorByCode =
    "SELECT id, code, name, kind, country, parent, source FROM actors WHERE code = :code";

// A row of `actors` (id, code, name, kind, country, parent, source); the
// aliases and event count are the caller's.
ActorSummary ReadActor(SQLite::Statement& statement);

// A text column by name; NULL reads as "".
std::string ColumnText(SQLite::Statement& statement, const char* name);

// Binds the compiled query's parameters.
void BindQuery(SQLite::Statement& statement, const QuerySql& sql);

}  // namespace timeline
