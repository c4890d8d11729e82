#pragma once
// The writer's row-by-row statements, bound without SQLiteCpp's per-call
// costs (see below). Used by the writer (writer.cc) and by re-clustering's
// writes of events and links (clusterer.cc).

#include <SQLiteCpp/SQLiteCpp.h>
#include <sqlite3.h>

#include <cstdint>
#include <memory>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace timeline {

// A statement of the load's row-by-row path, bound without two costs that
// SQLiteCpp's bind-by-name has on every call (a tenth of the writing
// thread's time, perf): SQLite resolves a parameter name by comparing it
// with each name of the statement, and text is copied (SQLITE_TRANSIENT).
// Here each name is resolved once, and text is bound in place
// (SQLITE_STATIC): the document's strings outlive Run(), which clears the
// bindings after the step, so no pointer outlives them.
// (SQLiteCpp keeps its statement handle private, so this one is SQLite's own.)
class WriteStatement {
 public:
  WriteStatement(SQLite::Database& db, const char* sql) : db_(db.getHandle()) {
    sqlite3_stmt* statement = nullptr;
    Check(sqlite3_prepare_v3(db_, sql, -1, SQLITE_PREPARE_PERSISTENT, &statement, nullptr));
    statement_.reset(statement);
  }

  void Text(const char* name, std::string_view text) {
    Check(sqlite3_bind_text(handle(), Index(name), text.data(), static_cast<int>(text.size()),
                            SQLITE_STATIC));
  }
  void OptionalText(const char* name, std::string_view text) {  // empty: NULL
    if (text.empty()) {
      Null(name);
    } else {
      Text(name, text);
    }
  }
  void Blob(const char* name, std::string_view bytes) {
    Check(sqlite3_bind_blob(handle(), Index(name), bytes.data(), static_cast<int>(bytes.size()),
                            SQLITE_STATIC));
  }
  void Int(const char* name, int64_t value) {
    Check(sqlite3_bind_int64(handle(), Index(name), value));
  }
  void Real(const char* name, double value) {
    Check(sqlite3_bind_double(handle(), Index(name), value));
  }
  void Null(const char* name) { Check(sqlite3_bind_null(handle(), Index(name))); }

  // Steps the statement to its end, then resets it and clears its bindings.
  void Run() {
    int code = sqlite3_step(handle());
    if (code != SQLITE_DONE) {
      SQLite::Exception error(db_, code);  // takes SQLite's message before the reset
      sqlite3_reset(handle());
      sqlite3_clear_bindings(handle());
      throw error;
    }
    sqlite3_reset(handle());
    sqlite3_clear_bindings(handle());
  }

 private:
  struct Finalize {
    void operator()(sqlite3_stmt* statement) const { sqlite3_finalize(statement); }
  };
  sqlite3_stmt* handle() const { return statement_.get(); }
  // The names are string literals: found by address after the first call.
  int Index(const char* name) {
    for (const auto& [known, index] : indexes_) {
      if (known == name) return index;
    }
    int index = sqlite3_bind_parameter_index(handle(), name);
    if (index == 0) throw std::logic_error(std::string("no parameter ") + name);
    indexes_.emplace_back(name, index);
    return index;
  }
  void Check(int code) {
    if (code != SQLITE_OK) throw SQLite::Exception(db_, code);
  }

  sqlite3* db_;
  std::unique_ptr<sqlite3_stmt, Finalize> statement_;
  std::vector<std::pair<const char*, int>> indexes_;
};

}  // namespace timeline
