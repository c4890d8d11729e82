#include "store/database.h"

#include <SQLiteCpp/SQLiteCpp.h>
#include <sqlite3.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <set>
#include <string_view>
#include <thread>

#include "model/types.h"
#include "registry/registry.h"
#include "store/timeline_event.h"
#include "store/roll_up.h"
#include "store/text_plan.h"
#include "store/time_order.h"
#include "store/transaction.h"
#include "util/embedded.h"
#include "util/error.h"
#include "util/text.h"

namespace timeline {
namespace {

constexpr const char* kSelectMeta = "SELECT value FROM meta WHERE key = :key";
constexpr const char* kUpsertMeta =
    "INSERT INTO meta (key, value) VALUES (:key, :value) "
    "ON CONFLICT (key) DO UPDATE SET value = excluded.value";
constexpr const char* kCountSchemaObjects = "SELECT count(*) FROM sqlite_schema";

constexpr const char* kUpsertRegistryActor =
    "INSERT INTO actors (code, name, kind, country, parent, source) "
    "VALUES (:code, :name, :kind, :country, :parent, 'registry') "
    "ON CONFLICT (code) DO UPDATE SET name = excluded.name, kind = excluded.kind, "
    "country = excluded.country, parent = excluded.parent, source = 'registry' "
    "RETURNING id";
constexpr const char* kDeleteAliases = "DELETE FROM actor_aliases WHERE actor = :actor";
constexpr const char* kInsertAlias =
    "INSERT OR IGNORE INTO actor_aliases (alias, actor) VALUES (:alias, :actor)";

// Parses "0003_what.sql" -> 3; 0 when the name has no number.
int MigrationNumber(std::string_view name) {
  int number = 0;
  for (char c : name) {
    if (c < '0' || c > '9') break;
    number = number * 10 + (c - '0');
  }
  return number;
}

// SQLite's own date functions do not validate; folding is ours too. Used by
// --place: timeline_fold(place_name) LIKE '%' || :place || '%'.
void FoldFunction(sqlite3_context* context, int, sqlite3_value** values) {
  const unsigned char* text = sqlite3_value_text(values[0]);
  if (!text) {
    sqlite3_result_null(context);
    return;
  }
  std::string folded = FoldForMatch(reinterpret_cast<const char*>(text));
  sqlite3_result_text(context, folded.c_str(), static_cast<int>(folded.size()), SQLITE_TRANSIENT);
}

Error TooNew(const std::string& path, int version);

void BindOptionalText(SQLite::Statement& statement, const char* name, const std::string& value) {
  if (value.empty()) {
    statement.bind(name);  // NULL
  } else {
    statement.bind(name, value);
  }
}

}  // namespace

int Database::SchemaVersion() {
  return kMigrations_count == 0 ? 0 : MigrationNumber(kMigrations[kMigrations_count - 1].name);
}

namespace {
Error TooNew(const std::string& path, int version) {
  return Error(path + ": database schema version " + std::to_string(version) +
               " is too new: this timeline knows up to version " +
               std::to_string(Database::SchemaVersion()) + "; use a newer timeline");
}
}  // namespace

Database::Database(const std::string& path, Open open, bool one_thread) : path_(path), open_(open) {
  namespace fs = std::filesystem;
  std::error_code ec;
  if (open != Open::kCreate && !fs::exists(path, ec)) {
    throw Error(path + ": no timeline database here; load facts first (timeline load seeds/) "
                "or name one with --db");
  }
  if (fs::is_directory(path, ec)) throw Error(path + ": is a folder, not a database file");
  // Nothing reads SQLite's memory statistics, which cost a mutex per
  // allocation.
  static const int configured = sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
  (void)configured;  // SQLITE_MISUSE when SQLite was initialised before: harmless
  try {
    db_ = std::make_unique<SQLite::Database>(
        path, (open == Open::kReadOnly ? SQLite::OPEN_READONLY : SQLite::OPEN_READWRITE) |
                  (open == Open::kCreate ? SQLite::OPEN_CREATE : 0) |
                  (one_thread ? SQLite::OPEN_NOMUTEX : SQLite::OPEN_FULLMUTEX));
    // Loads and queries may run at once: wait for a writer instead of failing.
    db_->setBusyTimeout(10000);
    db_->exec("PRAGMA foreign_keys = ON");
    db_->createFunction("timeline_fold", 1, true, nullptr, &FoldFunction);
  } catch (const SQLite::Exception& e) {
    throw Error(path + ": cannot open the database: " + e.what());
  }
}

Database::~Database() {
  if (!dry_run() || !db_) return;
  try {
    db_->exec("ROLLBACK");
  } catch (const SQLite::Exception&) {
    // No transaction open: Prepare failed before BEGIN.
  }
}

void Database::Prepare(const Registry& registry) {
  try {
    int version = UserVersion();
    version_at_open_ = version;
    if (version == 0) {
      SQLite::Statement tables(*db_, kCountSchemaObjects);
      tables.executeStep();
      if (tables.getColumn(0).getInt64() > 0) {
        throw Error(path_ + ": is an SQLite database but not a timeline one (it has tables and "
                    "no timeline schema version); name another file with --db");
      }
    }
    // Big sorts (building indexes after a bulk load, the JSON export's
    // regrouping) may use a second core.
    unsigned cores = std::clamp(std::thread::hardware_concurrency(), 1u, 4u);
    db_->exec("PRAGMA threads = " + std::to_string(cores));
    if (read_only()) {
      RefuseUnlessCurrent(version);
      return;
    }
    if (dry_run()) {
      // Everything from here to close, migrations included, is undone then.
      if (version > SchemaVersion()) throw TooNew(path_, version);
      db_->exec("BEGIN IMMEDIATE");
      Migrate();
      SyncRegistry(registry);
      return;
    }
    // WAL lets queries read a consistent snapshot while a load writes.
    db_->exec("PRAGMA journal_mode = WAL");
    db_->exec("PRAGMA synchronous = NORMAL");
    Migrate();
    SyncRegistry(registry);
  } catch (const SQLite::Exception& e) {
    // Only a writer may play a killed load's hot journal back.
    if (e.getExtendedErrorCode() == SQLITE_READONLY_ROLLBACK) {
      throw Error(path_ + ": a load was interrupted and left its journal (" + path_ +
                  "-journal); run `timeline --db " + path_ +
                  " migrate` (or any `timeline load`) to roll it back");
    }
    throw Error(path_ + ": " + e.what());
  }
}

int Database::UserVersion() const {
  SQLite::Statement statement(*db_, "PRAGMA user_version");
  statement.executeStep();
  return statement.getColumn(0).getInt();
}

// A command that only reads never migrates (a failing query must leave the
// file as it was), so it names the command that does.
void Database::RefuseUnlessCurrent(int version) {
  int latest = SchemaVersion();
  if (version > latest) throw TooNew(path_, version);
  std::string migrate = "run `timeline --db " + path_ + " migrate` (or any `timeline load`)";
  if (version == 0) {
    throw Error(path_ + ": is empty, not a timeline database yet; " + migrate +
                " to create its tables");
  }
  if (version < latest) {
    throw Error(path_ + ": database schema version " + std::to_string(version) +
                " is older than this timeline's (" + std::to_string(latest) + "); " + migrate +
                " to upgrade it");
  }
}

void Database::Migrate() {
  int version = UserVersion();
  if (version > SchemaVersion()) throw TooNew(path_, version);
  for (size_t i = 0; i < kMigrations_count; ++i) {
    const EmbeddedFile& migration = kMigrations[i];
    int number = MigrationNumber(migration.name);
    if (number <= version) continue;
    try {
      WriteTransaction transaction(*this);
      db_->exec(std::string(migration.bytes));
      db_->exec("PRAGMA user_version = " + std::to_string(number));  // a number we parsed
      transaction.Commit();
    } catch (const SQLite::Exception& e) {
      throw Error(path_ + ": " + migration.name + ": " + e.what());
    }
  }
}

void Database::SyncRegistry(const Registry& registry) {
  if (Meta("registry_digest") == registry.digest()) return;

  WriteTransaction transaction(*this);
  SQLite::Statement upsert(*db_, kUpsertRegistryActor);
  SQLite::Statement clear(*db_, kDeleteAliases);
  SQLite::Statement alias(*db_, kInsertAlias);
  for (const ActorInfo& actor : registry.actors()) {
    upsert.bind(":code", actor.id);
    upsert.bind(":name", actor.name);
    upsert.bind(":kind", std::string(ToString(actor.kind)));
    BindOptionalText(upsert, ":country", actor.country);
    BindOptionalText(upsert, ":parent", actor.parent);
    upsert.executeStep();
    int64_t key = upsert.getColumn(0).getInt64();
    upsert.reset();
    clear.bind(":actor", key);
    clear.exec();
    clear.reset();
    std::set<std::string> names = {FoldForMatch(actor.id), FoldForMatch(actor.name)};
    if (!actor.name_id.empty()) names.insert(FoldForMatch(actor.name_id));
    for (const auto* list : {&actor.aliases, &actor.exact_aliases, &actor.metonyms}) {
      for (const std::string& name : *list) names.insert(FoldForMatch(name));
    }
    for (const std::string& name : names) {
      alias.bind(":alias", name);
      alias.bind(":actor", key);
      alias.exec();
      alias.reset();
    }
  }
  // Countries and parents may have changed: roll up again.
  db_->exec("DELETE FROM actor_timeline");
  db_->exec(RollUpSql(""));
  RestoreAllTimelineEvents(*db_);  // actor names may have changed
  SetMeta("registry_digest", registry.digest());
  transaction.Commit();
}

std::optional<std::string> Database::Meta(const std::string& key) const {
  SQLite::Statement select(*db_, kSelectMeta);
  select.bind(":key", key);
  if (!select.executeStep()) return std::nullopt;
  return select.getColumn(0).getString();
}

void Database::SetMeta(const std::string& key, const std::string& value) {
  SQLite::Statement meta(*db_, kUpsertMeta);
  meta.bind(":key", key);
  meta.bind(":value", value);
  meta.exec();
}

Database::KeptStatement::KeptStatement(sqlite3* db, const std::string& sql) : db_(db) {
  Check(sqlite3_prepare_v3(db_, sql.c_str(), static_cast<int>(sql.size()), SQLITE_PREPARE_PERSISTENT, &statement_,
                           nullptr));
}

Database::KeptStatement::~KeptStatement() { sqlite3_finalize(statement_); }

void Database::KeptStatement::Check(int code) const {
  if (code != SQLITE_OK) throw SQLite::Exception(db_, code);
}

// By name, as SQLiteCpp binds: a name the statement lacks is SQLite's range
// error.
void Database::KeptStatement::Bind(const std::string& name, int64_t value) {
  Check(sqlite3_bind_int64(statement_, sqlite3_bind_parameter_index(statement_, name.c_str()), value));
}

void Database::KeptStatement::Bind(const std::string& name, const std::string& text) {
  Check(sqlite3_bind_text(statement_, sqlite3_bind_parameter_index(statement_, name.c_str()), text.data(),
                          static_cast<int>(text.size()), SQLITE_TRANSIENT));
}

bool Database::KeptStatement::Step() {
  int code = sqlite3_step(statement_);
  if (code == SQLITE_ROW) return true;
  if (code == SQLITE_DONE) return false;
  throw SQLite::Exception(db_, code);
}

void Database::KeptStatement::Reset() { sqlite3_reset(statement_); }

bool Database::KeptStatement::Null(int column) const {
  return sqlite3_column_type(statement_, column) == SQLITE_NULL;
}

int64_t Database::KeptStatement::Int(int column) const { return sqlite3_column_int64(statement_, column); }

std::string Database::KeptStatement::Text(int column) const {
  const unsigned char* text = sqlite3_column_text(statement_, column);
  if (!text) return "";
  return std::string(reinterpret_cast<const char*>(text), static_cast<size_t>(sqlite3_column_bytes(statement_, column)));
}

Database::Lease::~Lease() {
  if (statement_) {
    sqlite3_reset(statement_->handle());
    sqlite3_clear_bindings(statement_->handle());
  }
}

Database::Lease Database::Cached(const std::string& sql) const {
  constexpr size_t kKept = 16;
  std::lock_guard<std::mutex> lock(cache_mutex_);
  for (auto it = statements_.begin(); it != statements_.end(); ++it) {
    if (it->first != sql) continue;
    if (it->second.use_count() > 1) break;  // leased: a new one, not kept
    statements_.splice(statements_.begin(), statements_, it);
    return Lease(statements_.front().second);
  }
  auto statement = std::make_shared<KeptStatement>(db_->getHandle(), sql);
  bool leased = false;
  for (const auto& kept : statements_) leased |= kept.first == sql;
  if (leased) return Lease(statement);
  statements_.emplace_front(sql, statement);
  // The least recently used goes (a statement being read, when its lease
  // ends).
  if (statements_.size() > kKept) statements_.pop_back();
  return Lease(statement);
}

std::vector<std::pair<int, int64_t>> Database::SpanClasses() const {
  // Read again only when meta may have changed: a change on this
  // connection, or another connection's commit.
  int64_t changes = sqlite3_total_changes64(db_->getHandle());
  int64_t data_version = 0;
  {
    Lease version = Cached("PRAGMA data_version");
    if (version->Step()) data_version = version->Int(0);
  }
  {
    std::lock_guard<std::mutex> lock(cache_mutex_);
    if (!span_classes_.empty() && changes == span_classes_changes_ &&
        data_version == span_classes_data_version_) {
      return span_classes_;
    }
  }
  std::vector<std::pair<int, int64_t>> classes;
  Lease select = Cached(kSelectMeta);
  for (int c = 0; c < kSpanClasses; ++c) {
    select->Bind(":key", MaxSpanKey(c));
    if (select->Step()) classes.emplace_back(c, std::atoll(select->Text(0).c_str()));
    select->Reset();
  }
  if (classes.empty()) classes.emplace_back(0, 0);  // no dated event yet
  std::lock_guard<std::mutex> lock(cache_mutex_);
  span_classes_ = classes;
  span_classes_changes_ = changes;
  span_classes_data_version_ = data_version;
  return classes;
}

int64_t Database::MatchingAbout(const std::string& fts_match, int64_t cap, int64_t events) const {
  std::optional<int64_t> fewest;
  for (const IndexTerm& term : IndexTermsOf(fts_match)) {
    int64_t documents = 0;
    if (!term.prefix) {
      // The term's own list, read in rowid order up to `cap` or the sample
      // (the vocabulary's count reads the whole list and its positions).
      Lease count = Cached(kSampleTermSql);
      count->Bind(":term", "\"" + term.token + "\"");  // letters and digits only (IndexTermsOf)
      count->Bind(":read", std::min(cap, kSampledMatches));
      if (count->Step()) {
        documents = count->Int(0);
        if (cap > kSampledMatches) documents = EstimateMatches(documents, count->Int(1), events);
      }
    } else {
      if (!vocabulary_ready_) {
        // A virtual table over the index's vocabulary, in the connection's
        // own temp schema: nothing is written to the database file, so a
        // read-only question may make it too.
        db_->exec(
            "CREATE VIRTUAL TABLE IF NOT EXISTS temp.timeline_fts_terms USING fts5vocab(main, events_fts, row)");
        vocabulary_ready_ = true;
      }
      // A prefix's terms: a query of the prefix would merge all their lists
      // before its first row, as costly as the vocabulary's sum.
      Lease prefix = Cached(
          "SELECT coalesce(sum(doc), 0) FROM temp.timeline_fts_terms "
          "WHERE term >= :term AND term < :term || x'ff'");
      prefix->Bind(":term", term.token);
      documents = prefix->Step() ? std::min(prefix->Int(0), cap) : 0;
    }
    fewest = std::min(fewest.value_or(documents), documents);
  }
  return fewest.value_or(0);
}

int64_t Database::EventsAbout() const {
  // The largest id: as many as there are events, more after removals.
  Lease largest = Cached("SELECT coalesce(max(id), 0) FROM events");
  return largest->Step() ? largest->Int(0) : 0;
}

}  // namespace timeline
