#pragma once
// The database file itself: opening it (with WAL, foreign keys and the
// timeline_fold function), its schema version and migrations, the registry
// copy it keeps, and its meta values. The Store facade and its parts (writer,
// checks, readers) share one Database.

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace SQLite {
class Database;
}

namespace timeline {

class Registry;

class Database {
 public:
  enum class Open { kCreate, kExisting };
  // Opens `path` (kCreate: creating it if needed). Throws timeline::Error
  // naming the path: no database there (kExisting), a folder, or SQLite's
  // failure to open it.
  Database(const std::string& path, Open open, bool one_thread);
  ~Database();
  Database(const Database&) = delete;
  Database& operator=(const Database&) = delete;

  // Refuses a non-timeline SQLite file, sets WAL, applies the migrations this
  // binary has above the file's user_version (each in a transaction; a newer
  // file is refused by name), then copies the registry's actors in when the
  // registry changed.
  void Prepare(const Registry& registry);

  // The number of the last migration compiled in.
  static int SchemaVersion();
  int UserVersion() const;

  // A meta value, if set.
  std::optional<std::string> Meta(const std::string& key) const;
  void SetMeta(const std::string& key, const std::string& value);
  // (span class, its longest span in days) for each class that has events;
  // {(0, 0)} when none has.
  std::vector<std::pair<int, int64_t>> SpanClasses() const;

  SQLite::Database& sql() const { return *db_; }
  const std::string& path() const { return path_; }

 private:
  void Migrate();
  void SyncRegistry(const Registry& registry);

  std::string path_;
  std::unique_ptr<SQLite::Database> db_;
};

}  // namespace timeline
