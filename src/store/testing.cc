#include "store/testing.h"

#include "store/database.h"
#include "store/roll_up.h"
#include "store/row_reader.h"

#include <SQLiteCpp/SQLiteCpp.h>

namespace timeline {

StoreTesting::Statement StoreTesting::QueryStatement(const Store& store, const StoreQuery& query) {
  QuerySql sql = store.Compile(query);
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

std::string StoreTesting::RollUpStatement() { return RollUpSql(""); }

std::vector<std::pair<int, int64_t>> StoreTesting::SpanClasses(const Store& store) {
  return store.database_->SpanClasses();
}

}  // namespace timeline
