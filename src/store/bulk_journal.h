#pragma once
// The journal mode of a bulk load (writer.cc).

#include <SQLiteCpp/SQLiteCpp.h>

#include <string>

namespace timeline {

// Whether the database holds any event: a load into one that holds none is a
// bulk load.
inline constexpr const char* kHasEvents = "SELECT EXISTS (SELECT 1 FROM events)";

// A bulk load (into an empty database) runs in rollback-journal mode, not
// WAL. In WAL every page is written twice, to the -wal file and at the
// checkpoint into the database (8.4 GB each at 10M events); a rollback
// journal needs nothing for pages past the database's original end, and a
// crash still rolls back through the hot journal. The mode can only change
// outside a transaction, so this decides before the batch's transaction
// begins, from a look at the database; whether the load really is a bulk
// one is decided again under the write lock (StartBulkIfEmpty), so a load
// that lost a race here is only slower, never wrong. SQLite refuses to leave
// WAL while another connection has the database open: the load then keeps
// WAL. Back to WAL when the batch ends, committed or rolled back.
class BulkJournal {
 public:
  BulkJournal(SQLite::Database& db, bool allowed) : db_(db) {
    if (!allowed || Mode() != "wal" || db_.execAndGet(kHasEvents).getInt()) return;
    try {
      switched_ = db_.execAndGet("PRAGMA journal_mode = DELETE").getString() == "delete";
      // NORMAL is safe in WAL only; a rollback journal needs FULL's syncs to
      // survive a power loss (a few more syncs of a small journal).
      if (switched_) db_.exec("PRAGMA synchronous = FULL");
    } catch (const SQLite::Exception&) {
      Restore();  // SQLITE_BUSY: another connection has the database open; keep WAL
    }
  }
  ~BulkJournal() { Restore(); }
  BulkJournal(const BulkJournal&) = delete;
  BulkJournal& operator=(const BulkJournal&) = delete;

  // Outside a transaction only. Should WAL be refused (a reader holding the
  // database past the busy timeout), the next Store to open the database
  // sets it again, as every open does.
  void Restore() noexcept {
    if (!switched_) return;
    switched_ = false;
    try {
      if (db_.execAndGet("PRAGMA journal_mode = WAL").getString() == "wal") {
        db_.exec("PRAGMA synchronous = NORMAL");
      }
    } catch (const SQLite::Exception&) {
    }
  }

 private:
  std::string Mode() { return db_.execAndGet("PRAGMA journal_mode").getString(); }

  SQLite::Database& db_;
  bool switched_ = false;
};

}  // namespace timeline
