#pragma once
// Hooks into the store for its tests and the benchmarks (bench/) only: the
// statement Store::Find runs, so the sqlite3 shell can run the same one, and
// the statement that fills actor_timeline. Not for the program's commands.

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "store/query_sql.h"  // kLimitedKeysTable
#include "store/store.h"

namespace timeline {

// A friend of Store.
struct StoreTesting {
  // The statement Find runs for `query` (the read snapshot's while it
  // answers it) and its named parameters, each value as an SQL literal.
  struct Statement {
    std::string sql;
    std::vector<std::pair<std::string, std::string>> parameters;
  };
  static Statement QueryStatement(const Store& store, const StoreQuery& query);
  // The same, with the words looked up by `plan` whatever Find would choose
  // (the benchmark runs the list plan beside the chosen one).
  static Statement QueryStatement(const Store& store, const StoreQuery& query, TextPlan plan);
  // The ids of Find's answer with the words looked up by `plan`: every plan
  // must give the same answer.
  static std::vector<std::string> IdsWithPlan(const Store& store, const StoreQuery& query, TextPlan plan);
  // What one question costs SQLite with the plan Find chooses: how many
  // events its words match (what the plan was chosen by), the plan, the rows
  // of the statement, and sqlite3_stmt_status's counts (virtual machine
  // steps, steps of full scans, sorts). Runs the statement once.
  struct Profile {
    TextPlan plan = TextPlan::kList;
    int64_t matching = 0, rows = 0, vm_steps = 0, fullscan_steps = 0, sorts = 0;
    double compile_ms = 0;  // CPU time of choosing the plan and writing the SQL
  };
  static Profile ProfileQuery(const Store& store, const StoreQuery& query);
  // The statement that fills actor_timeline from event_actors.
  static std::string RollUpStatement();
  // (span class, its longest span in days) for each class that has events.
  static std::vector<std::pair<int, int64_t>> SpanClasses(const Store& store);
};

}  // namespace timeline
