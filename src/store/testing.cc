#include "store/testing.h"

#include "store/database.h"
#include "store/roll_up.h"

namespace timeline {

StoreTesting::Statement StoreTesting::QueryStatement(const Store& store, const StoreQuery& query) {
  QuerySql sql = store.Compile(query);
  return Statement{sql.text, sql.Literals()};
}

std::string StoreTesting::RollUpStatement() { return RollUpSql(""); }

std::vector<std::pair<int, int64_t>> StoreTesting::SpanClasses(const Store& store) {
  return store.database_->SpanClasses();
}

}  // namespace timeline
