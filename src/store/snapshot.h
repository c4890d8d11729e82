#pragma once
// The read snapshot (migration 0011; docs/design.md, "The read snapshot"):
// what queries and exports print, copied in the order they print it, so that
// "actor, first 100 by date" reads a few consecutive pages and an export
// reads two tables front to back. Built whole by `timeline optimize`
// (BuildSnapshot); read by Store::Find only while fresh, i.e. no write
// transaction has begun since it was built (WriteTransaction marks it stale
// first thing); otherwise every question takes the normal path, unchanged.

#include <cstdint>
#include <optional>
#include <utility>
#include <vector>

#include "store/query_sql.h"
#include "store/store.h"

namespace timeline {

class Database;

// Rebuilds the snapshot from the database in one write transaction, with
// INSERT ... SELECT statements (SQLite's sorter, bounded memory).
SnapshotCounts BuildSnapshot(Database& database);

// The span classes the snapshot's reports have while it is fresh; nullopt
// when it is stale or was never built.
std::optional<std::vector<int>> FreshSnapshotClasses(const Database& database);

// Whether a question is of a class the snapshot answers: timeline events
// (not reports, not grouped by article), filtered at most by one actor with
// its members rolled up (no role, not --exact), dates (overlap or within),
// factualities and --min-sources, limited or not.
bool SnapshotServes(const StoreQuery& query);

// The statement that answers `query` from the snapshot: the same columns
// (event_columns.h, Col) and the same rows in the same order as
// BuildQuery's for timeline events, so Store::Find reads either alike.
// `span_classes` as for BuildQuery.
QuerySql BuildSnapshotQuery(const StoreQuery& query, const std::vector<std::pair<int, int64_t>>& span_classes);

}  // namespace timeline
