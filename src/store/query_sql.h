#pragma once
// The query compiler: a StoreQuery and the database's span classes in, the
// SQL text of the answer and its named parameters out. A pure function of
// its arguments (no database), so tests check the SQL it writes directly.

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "store/store.h"
#include "store/text_plan.h"

namespace timeline {

// The name a limited query gives its keys (Explain's "SCAN limited_keys").
inline constexpr const char* kLimitedKeysTable = "limited_keys";

// SQL text from fixed fragments; every value goes through a named parameter,
// never into the text.
struct QuerySql {
  std::string text;
  std::vector<std::pair<std::string, int64_t>> ints;
  std::vector<std::pair<std::string, std::string>> texts;
  // Each parameter's value as an SQL literal (texts quoted), for running the
  // same statement in the sqlite3 shell.
  std::vector<std::pair<std::string, std::string>> Literals() const;
};

// `span_classes`: (class, its longest span in days) for each class with
// events (Database::SpanClasses); the answer has one index range per class.
// `text_plan`: how the words of query.fts_match are looked up (TextPlan).
QuerySql BuildQuery(const StoreQuery& query, const std::vector<std::pair<int, int64_t>>& span_classes,
                    TextPlan text_plan = TextPlan::kList);

// How many index ranges (arms) BuildQuery reads for `query`.
size_t ArmCount(const StoreQuery& query, size_t span_classes);

// The key columns of an answer read from `driver` ("e" for events, else an
// event_actors alias), then kEventColumns, or with `display` kDisplayColumns
// (event_columns.h: a timeline event's row, FROM events e + kDisplayJoins);
// without `quantities`, an empty list for every row's quantities.
std::string EventColumns(const char* driver, bool display = false, bool quantities = true);

// ":prefix0, :prefix1, ...": one named parameter per value.
std::string Placeholders(const std::string& prefix, size_t count);

// " LIMIT :limit" and " OFFSET :offset" for the query's limit and offset,
// their values added to `sql`'s parameters; empty with neither.
std::string LimitClause(const StoreQuery& query, QuerySql* sql);

}  // namespace timeline
