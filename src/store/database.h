#pragma once
// The database file itself: opening it (with WAL, foreign keys and the
// timeline_fold function), its schema version and migrations, the registry
// copy it keeps, and its meta values. The Store facade and its parts (writer,
// checks, readers) share one Database.

#include <cstdint>
#include <list>
#include <mutex>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace SQLite {
class Database;
class Statement;
}
struct sqlite3;
struct sqlite3_stmt;

namespace timeline {

class Registry;

class Database {
 public:
  // kCreate: read-write, created if missing (load). kExisting: read-write,
  // must exist (migrate, remove). kReadOnly: SQLITE_OPEN_READONLY, must exist
  // (every command that only reads): nothing of the file changes. kDryRun:
  // read-write, must exist, everything from open to close in one transaction
  // that is rolled back (load and remove --dry-run; the journal mode is left
  // as it is).
  enum class Open { kCreate, kExisting, kReadOnly, kDryRun };
  // Opens `path`. Throws timeline::Error naming the path: no database there
  // (kExisting, kReadOnly), a folder, or SQLite's failure to open it.
  Database(const std::string& path, Open open, bool one_thread);
  ~Database();
  Database(const Database&) = delete;
  Database& operator=(const Database&) = delete;

  // Refuses a non-timeline SQLite file, sets WAL, applies the migrations this
  // binary has above the file's user_version (each in a transaction; a newer
  // file is refused by name), then copies the registry's actors in when the
  // registry changed.
  // Read-only, it changes nothing: a file that is empty or of an older
  // schema is refused with a message to run `timeline migrate`, and the
  // actors are read as the file has them.
  void Prepare(const Registry& registry);

  bool read_only() const { return open_ == Open::kReadOnly; }
  bool dry_run() const { return open_ == Open::kDryRun; }
  // The file's schema version when it was opened, before any migration.
  int version_at_open() const { return version_at_open_; }

  // The number of the last migration compiled in.
  static int SchemaVersion();
  int UserVersion() const;

  // A meta value, if set.
  std::optional<std::string> Meta(const std::string& key) const;
  void SetMeta(const std::string& key, const std::string& value);
  // (span class, its longest span in days) for each class that has events;
  // {(0, 0)} when none has.
  std::vector<std::pair<int, int64_t>> SpanClasses() const;

  // The first `:read` entries of one term's list in the full-text index, in
  // rowid order, without positions: how many, and the last rowid
  // (MatchingAbout).
  static constexpr const char* kSampleTermSql =
      "SELECT count(*), coalesce(max(rowid), 0) FROM "
      "(SELECT rowid FROM events_fts WHERE events_fts MATCH :term LIMIT :read)";
  // About how many events the words of an FTS5 query (FtsQueryOf) match at
  // most: the fewest documents of any of its index terms, counted up to
  // `cap` (DecidingMatches) and estimated past kSampledMatches
  // (EstimateMatches; `events` is EventsAbout()): a frequent word's list is
  // not read to its end. And about how many events there are. For TextPlan.
  int64_t MatchingAbout(const std::string& fts_match, int64_t cap, int64_t events) const;
  int64_t EventsAbout() const;

  // A kept statement (Cached): SQLite's own handle, its rows read with
  // SQLite's own functions. SQLiteCpp keeps its handle to itself, and each
  // of its Column objects copies the statement's shared pointer (two atomic
  // operations a column): a tenth of "actor, first 100" at 1M, perf.
  // Errors throw SQLite::Exception, as SQLiteCpp's do.
  class KeptStatement {
   public:
    KeptStatement(sqlite3* db, const std::string& sql);  // prepared
    ~KeptStatement();
    KeptStatement(const KeptStatement&) = delete;
    KeptStatement& operator=(const KeptStatement&) = delete;
    void Bind(const std::string& name, int64_t value);
    void Bind(const std::string& name, const std::string& text);  // copied
    // To the next row: true while there is one.
    bool Step();
    // Back to the start, parameters kept.
    void Reset();
    bool Null(int column) const;
    int64_t Int(int column) const;
    std::string Text(int column) const;  // NULL: ""
    sqlite3_stmt* handle() const { return statement_; }

   private:
    void Check(int code) const;
    sqlite3* db_;
    sqlite3_stmt* statement_ = nullptr;
  };

  // A statement of `sql`, prepared once per connection and kept for the
  // next use of the same text: a process that asks many questions (the
  // benchmark, an export of several) parses and plans each statement once
  // (a "first 100" question's statement of nine index ranges cost about a
  // tenth of its time to prepare, perf). The lease resets the statement and
  // clears its parameters when it ends, so a kept statement holds no read
  // open; a statement still leased (the same question asked while its rows
  // are read) is prepared anew and not kept.
  class Lease {
   public:
    explicit Lease(std::shared_ptr<KeptStatement> statement) : statement_(std::move(statement)) {}
    Lease(Lease&&) = default;
    Lease& operator=(Lease&&) = delete;
    ~Lease();
    KeptStatement& operator*() const { return *statement_; }
    KeptStatement* operator->() const { return statement_.get(); }

   private:
    std::shared_ptr<KeptStatement> statement_;
  };
  Lease Cached(const std::string& sql) const;

  SQLite::Database& sql() const { return *db_; }
  const std::string& path() const { return path_; }

 private:
  void RefuseUnlessCurrent(int version);
  void Migrate();
  void SyncRegistry(const Registry& registry);

  std::string path_;
  Open open_;
  int version_at_open_ = 0;
  std::unique_ptr<SQLite::Database> db_;
  mutable bool vocabulary_ready_ = false;
  // Guards statements_ and span_classes_: a Store opened for two threads
  // (Store::Threads::kThreads, the loader's) may be asked from both.
  mutable std::mutex cache_mutex_;
  // Kept statements, most recently used first (after db_: they are
  // finalised before the connection closes).
  mutable std::list<std::pair<std::string, std::shared_ptr<KeptStatement>>> statements_;
  // SpanClasses as last read, and what tells that meta may have changed
  // since: this connection's change count and PRAGMA data_version (other
  // connections' commits).
  mutable std::vector<std::pair<int, int64_t>> span_classes_;
  mutable int64_t span_classes_changes_ = -1, span_classes_data_version_ = -1;
};

}  // namespace timeline
