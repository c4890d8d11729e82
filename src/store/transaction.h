#pragma once
// The store's write transactions. Normally BEGIN IMMEDIATE ... COMMIT
// (IMMEDIATE takes the write lock up front: a deferred transaction that
// later upgrades fails at once with "database is locked" when another load
// is writing, instead of waiting its turn). In a dry run the Database holds
// one outer transaction from open to close, rolled back at the end; each
// write transaction is then a SAVEPOINT inside it, released on Commit, so the
// dry run sees its own changes and the file gets none.
//
// Every write transaction first marks the read snapshot stale (deletes
// snapshot_state's row, migration 0011; docs/design.md, "The read
// snapshot"): whatever it then writes, queries no longer read the snapshot
// until `timeline optimize` builds it again, in a write transaction of its
// own that puts the row back at its end. Below schema 0011 there is no
// snapshot to mark.

#include <SQLiteCpp/SQLiteCpp.h>

#include "store/database.h"

namespace timeline {

// The migration that added the read snapshot's tables.
inline constexpr int kSnapshotSchemaVersion = 11;

class WriteTransaction {
 public:
  explicit WriteTransaction(Database& database)
      : db_(database.sql()), savepoint_(database.dry_run()) {
    db_.exec(savepoint_ ? "SAVEPOINT timeline_write" : "BEGIN IMMEDIATE");
    if (database.UserVersion() >= kSnapshotSchemaVersion) db_.exec("DELETE FROM snapshot_state");
  }
  ~WriteTransaction() {
    if (done_) return;
    try {
      db_.exec(savepoint_ ? "ROLLBACK TO timeline_write; RELEASE timeline_write" : "ROLLBACK");
    } catch (const SQLite::Exception&) {
      // Nothing to undo when SQLite rolled back already (a failed statement).
    }
  }
  WriteTransaction(const WriteTransaction&) = delete;
  WriteTransaction& operator=(const WriteTransaction&) = delete;

  void Commit() {
    db_.exec(savepoint_ ? "RELEASE timeline_write" : "COMMIT");
    done_ = true;
  }

 private:
  SQLite::Database& db_;
  bool savepoint_;
  bool done_ = false;
};

}  // namespace timeline
