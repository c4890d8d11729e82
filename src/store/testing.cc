#include "store/testing.h"

#include "store/database.h"
#include "store/roll_up.h"
#include "store/row_reader.h"
#include "store/snapshot.h"

#include <SQLiteCpp/SQLiteCpp.h>
#include <sqlite3.h>
#include <time.h>

namespace timeline {

StoreTesting::Statement StoreTesting::QueryStatement(const Store& store, const StoreQuery& query) {
  // The statement Find runs: the read snapshot's while it answers.
  QuerySql sql = store.AnswersFromSnapshot(query) ? BuildSnapshotQuery(query, store.database_->SpanClasses())
                                                  : store.Compile(query);
  return Statement{sql.text, sql.Literals()};
}

StoreTesting::Statement StoreTesting::QueryStatement(const Store& store, const StoreQuery& query,
                                                     TextPlan plan) {
  QuerySql sql = BuildQuery(query, store.database_->SpanClasses(), plan);
  return Statement{sql.text, sql.Literals()};
}

std::vector<std::string> StoreTesting::IdsWithPlan(const Store& store, const StoreQuery& query, TextPlan plan) {
  QuerySql sql = BuildQuery(query, store.database_->SpanClasses(), plan);
  SQLite::Statement statement(store.database_->sql(), sql.text);
  BindQuery(statement, sql);
  std::vector<std::string> ids;
  EventRecord record;
  while (statement.executeStep()) {
    ReadRecord(statement, &record);
    ids.push_back(record.event.id);
  }
  return ids;
}

StoreTesting::Profile StoreTesting::ProfileQuery(const Store& store, const StoreQuery& query) {
  Profile profile;
  auto cpu_ms = [] {
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return t.tv_sec * 1e3 + t.tv_nsec / 1e6;
  };
  double start = cpu_ms();
  QuerySql sql = store.Compile(query, &profile.plan, &profile.matching);
  profile.compile_ms = cpu_ms() - start;
  // SQLiteCpp keeps its statement handle to itself: prepared here directly.
  sqlite3_stmt* handle = nullptr;
  if (sqlite3_prepare_v2(store.database_->sql().getHandle(), sql.text.c_str(), -1, &handle, nullptr) != SQLITE_OK) {
    throw SQLite::Exception(store.database_->sql().getHandle(), sqlite3_errcode(store.database_->sql().getHandle()));
  }
  for (const auto& [name, value] : sql.ints) {
    sqlite3_bind_int64(handle, sqlite3_bind_parameter_index(handle, name.c_str()), value);
  }
  for (const auto& [name, value] : sql.texts) {
    sqlite3_bind_text(handle, sqlite3_bind_parameter_index(handle, name.c_str()), value.c_str(),
                      static_cast<int>(value.size()), SQLITE_TRANSIENT);
  }
  while (sqlite3_step(handle) == SQLITE_ROW) ++profile.rows;
  profile.vm_steps = sqlite3_stmt_status(handle, SQLITE_STMTSTATUS_VM_STEP, 0);
  profile.fullscan_steps = sqlite3_stmt_status(handle, SQLITE_STMTSTATUS_FULLSCAN_STEP, 0);
  profile.sorts = sqlite3_stmt_status(handle, SQLITE_STMTSTATUS_SORT, 0);
  sqlite3_finalize(handle);
  return profile;
}

std::string StoreTesting::RollUpStatement() { return RollUpSql(""); }

std::vector<std::pair<int, int64_t>> StoreTesting::SpanClasses(const Store& store) {
  return store.database_->SpanClasses();
}

}  // namespace timeline
