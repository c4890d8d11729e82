#include "store/store.h"

#include <SQLiteCpp/SQLiteCpp.h>
#include <nlohmann/json.hpp>
#include <sqlite3.h>

#include <algorithm>
#include <array>
#include <chrono>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <map>
#include <set>
#include <stdexcept>
#include <thread>
#include <unordered_map>

#include "facts/fact_json.h"
#include "model/date_span.h"
#include "registry/registry.h"
#include "util/embedded.h"
#include "util/error.h"
#include "util/hash.h"
#include "util/text.h"

namespace timeline {
namespace {

// The sort key of an event's date (migration 0003): start day, then finer
// precision first; undated events after every dated one.
constexpr int64_t kUndatedTimeKey = int64_t{1} << 50;
int64_t TimeKey(const DateSpan& date) {
  if (!date.known()) return kUndatedTimeKey;
  return ToDayNumber(*date.start) * 8 + static_cast<int64_t>(date.precision);
}

// Span classes (0004): the calendar units (week, month, quarter, year: the
// class is the precision's number) and single days have exact bounds: an
// event of such a class overlaps a search from day F only if it starts on or
// after the start of its unit containing F. Other spans (several days, ranges)
// are grouped by length and searched from F minus their class's longest span.
constexpr int kSpanClasses = 9;
int64_t SpanDays(const DateSpan& date) { return date.known() ? (*date.end - *date.start).count() : 0; }
int SpanClass(const DateSpan& date) {
  if (!date.known()) return 0;
  switch (date.precision) {
    case DatePrecision::kWeek:
    case DatePrecision::kMonth:
    case DatePrecision::kQuarter:
    case DatePrecision::kYear:
      return static_cast<int>(date.precision);
    default:
      break;
  }
  int64_t days = SpanDays(date);
  if (days == 0) return 0;
  return days <= 31 ? 5 : days <= 366 ? 6 : days <= 1096 ? 7 : 8;
}
// The same in SQL, for the migration's counterpart in `timeline check`.
constexpr const char* kSpanClassSql =
    "CASE WHEN start_day IS NULL OR end_day = start_day AND precision IN (0, 5) THEN 0 "
    "WHEN precision BETWEEN 1 AND 4 THEN precision WHEN end_day - start_day <= 31 THEN 5 "
    "WHEN end_day - start_day <= 366 THEN 6 WHEN end_day - start_day <= 1096 THEN 7 ELSE 8 END";
// The earliest start day an event of the class can have and still end on or
// after `from`.
int64_t EarliestStart(int span_class, int64_t longest_span, int64_t from) {
  bool unit = span_class >= static_cast<int>(DatePrecision::kWeek) &&
              span_class <= static_cast<int>(DatePrecision::kYear);
  if (!unit) return from - longest_span;
  auto precision = static_cast<DatePrecision>(span_class);
  return ToDayNumber(*UnitContaining(FromDayNumber(from), precision)->start);
}
std::array<int64_t, kSpanClasses> MaxSpansUnset() {
  std::array<int64_t, kSpanClasses> spans;
  spans.fill(-1);
  return spans;
}
std::string MaxSpanKey(int span_class) { return "max_span_days_" + std::to_string(span_class); }

// ---- Statements, each beside the only function that uses it. --------------

constexpr const char* kSelectMeta = "SELECT value FROM meta WHERE key = :key";
constexpr const char* kUpsertMeta =
    "INSERT INTO meta (key, value) VALUES (:key, :value) "
    "ON CONFLICT (key) DO UPDATE SET value = excluded.value";

constexpr const char* kUpsertRegistryActor =
    "INSERT INTO actors (code, name, kind, country, parent, source) "
    "VALUES (:code, :name, :kind, :country, :parent, 'registry') "
    "ON CONFLICT (code) DO UPDATE SET name = excluded.name, kind = excluded.kind, "
    "country = excluded.country, parent = excluded.parent, source = 'registry' "
    "RETURNING id";
constexpr const char* kDeleteAliases = "DELETE FROM actor_aliases WHERE actor = :actor";
constexpr const char* kInsertAlias =
    "INSERT OR IGNORE INTO actor_aliases (alias, actor) VALUES (:alias, :actor)";

constexpr const char* kSelectArticle =
    "SELECT id, facts_digest FROM articles WHERE code = :code";
// The inserts of a load take their new row's key from
// sqlite3_last_insert_rowid, not RETURNING: SQLite answers RETURNING through
// an ephemeral table, which an insert per row paid for (perf; with the
// parameter look-ups and copies WriteStatement avoids, a third of the
// writing thread's time).
constexpr const char* kInsertArticle =
    "INSERT INTO articles (code, title, published, language, path, body, facts_digest, loaded_at) "
    "VALUES (:code, :title, :published, :language, :path, :body, :digest, :now)";
constexpr const char* kUpdateArticle =
    "UPDATE articles SET title = :title, published = :published, language = :language, "
    "path = :path, body = :body, facts_digest = :digest, loaded_at = :now WHERE id = :id";
constexpr const char* kSelectArticleEvents =
    "SELECT id, uid FROM events WHERE article = :article";
constexpr const char* kSelectEventByUid =
    "SELECT e.id, e.article, e.content_digest, e.seq, a.path FROM events e "
    "JOIN articles a ON a.id = e.article WHERE e.uid = :uid";
constexpr const char* kInsertEvent =
    "INSERT INTO events (uid, article, seq, type, title, start_day, end_day, precision, time_key, "
    "span_class, date_text, "
    "factuality, place_name, place_country, evidence_text, evidence_start, evidence_end, "
    "confidence, content_digest, revision, modified_at) VALUES (:uid, :article, :seq, :type, "
    ":title, :start_day, :end_day, :precision, :time_key, :span_class, :date_text, :factuality, :place_name, "
    ":place_country, :evidence_text, :evidence_start, :evidence_end, :confidence, :digest, 0, "
    ":now)";
constexpr const char* kUpdateEvent =
    "UPDATE events SET seq = :seq, type = :type, title = :title, start_day = :start_day, "
    "end_day = :end_day, precision = :precision, time_key = :time_key, "
    "span_class = :span_class, date_text = :date_text, "
    "factuality = :factuality, place_name = :place_name, place_country = :place_country, "
    "evidence_text = :evidence_text, evidence_start = :evidence_start, "
    "evidence_end = :evidence_end, confidence = :confidence, content_digest = :digest, "
    "revision = revision + 1, modified_at = :now WHERE id = :id";
constexpr const char* kUpdateEventSeq = "UPDATE events SET seq = :seq WHERE id = :id";
constexpr const char* kDeleteEvent = "DELETE FROM events WHERE id = :id";
// One event into the full-text index ahead of the load's commit (see Add).
constexpr const char* kIndexEvent =
    "INSERT INTO events_fts (rowid, title, evidence_text) "
    "SELECT id, title, evidence_text FROM events WHERE id = :id";
constexpr const char* kDeleteEventActors = "DELETE FROM event_actors WHERE event = :event";
constexpr const char* kDeleteQuantities = "DELETE FROM quantities WHERE event = :event";
constexpr const char* kInsertEventActor =
    "INSERT OR IGNORE INTO event_actors (event, actor, role, name, country, seq, span_class, "
    "time_key, end_day) "
    "VALUES (:event, :actor, :role, :name, :country, :seq, :span_class, :time_key, :end_day)";
constexpr const char* kInsertQuantity =
    "INSERT INTO quantities (event, seq, value, unit, text) VALUES (:event, :seq, :value, :unit, :text)";
constexpr const char* kSelectActorByCode =
    "SELECT id, code, name, kind, country, parent, source FROM actors WHERE code = :code";
constexpr const char* kInsertLocalActor =
    "INSERT INTO actors (code, name, kind, country, parent, source) "
    "VALUES (:code, :name, 'other', :country, NULL, 'local') RETURNING id";
constexpr const char* kUpdateLocalActor =
    "UPDATE actors SET name = :name, country = :country WHERE id = :id AND source = 'local'";

constexpr const char* kFindActorsByAlias =
    "SELECT a.id FROM actor_aliases n JOIN actors a ON a.id = n.actor WHERE n.alias = :alias "
    "ORDER BY a.source = 'registry' DESC, a.id";
constexpr const char* kActorWithMembers =
    "WITH RECURSIVE members (id, code) AS ("
    "  SELECT id, code FROM actors WHERE id = :actor"
    "  UNION SELECT a.id, a.code FROM actors a JOIN members m"
    "    ON a.country = m.code OR a.parent = m.code) "
    // Members that take part in no event would only add empty arms to a
    // query (BuildQuery): leave them out.
    "SELECT id FROM members WHERE id = :actor "
    "OR EXISTS (SELECT 1 FROM event_actors ea WHERE ea.actor = members.id) ORDER BY id";
constexpr const char* kAllNames =
    "SELECT n.alias, a.name FROM actor_aliases n JOIN actors a ON a.id = n.actor";

constexpr const char* kHasEvents = "SELECT EXISTS (SELECT 1 FROM events)";
// The actor_timeline rows (0003) that event_actors implies: each actor of an
// event and every state or body up its country and parent chains. What the
// store writes (RollUpSql) and what `check` expects (kInvariants).
constexpr const char* kRollUpRows =
    "WITH RECURSIVE up (actor, ancestor) AS ("
    "  SELECT id, id FROM actors"
    "  UNION SELECT up.actor, p.id FROM up JOIN actors c ON c.id = up.ancestor"
    "  JOIN actors p ON p.code = c.country OR p.code = c.parent) "
    "SELECT DISTINCT up.ancestor AS actor, ea.span_class, ea.time_key, "
    "coalesce(ea.end_day, ea.time_key) AS end_day, ea.event "
    "FROM event_actors ea JOIN up ON up.actor = ea.actor ";
// Those rows for the events chosen by `which` (a WHERE on ea), in key order.
std::string RollUpSql(const char* which) {
  return std::string("INSERT OR IGNORE INTO actor_timeline (actor, span_class, time_key, end_day, event) ") +
         kRollUpRows + which + " ORDER BY 1, 2, 3, 4, 5";
}
constexpr const char* kDeleteRollUp = "DELETE FROM actor_timeline WHERE event = :event";
// The indexes a bulk load drops and builds again (not the UNIQUE and primary
// key ones, which are part of their tables).
constexpr const char* kSecondaryIndexes =
    "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL "
    "AND tbl_name IN ('events', 'event_actors', 'actor_timeline') ORDER BY name";
// A load's new events into the full-text index, in one statement (0002).
constexpr const char* kIndexNewEvents =
    "INSERT INTO events_fts (rowid, title, evidence_text) "
    "SELECT id, title, evidence_text FROM events WHERE id >= :first";

// An event row with its article, its actors and its quantities (as JSON
// arrays: one statement per answer, not three per row). EventColumns() puts
// the key and the time order's columns first; Col names the positions.
constexpr const char* kEventColumns =
    "e.uid, e.seq, e.type, e.title, e.start_day, e.precision, e.date_text, "
    "e.factuality, e.place_name, e.place_country, e.evidence_text, e.evidence_start, "
    "e.evidence_end, e.confidence, e.revision, e.modified_at, a.id AS article_key, "
    "a.code AS article_code, a.title AS article_title, a.published AS article_published, "
    "a.language AS article_language, a.path AS article_path, "
    "(SELECT json_group_array(json_array(eax.seq, ac.code, coalesce(eax.name, ac.name), "
    "eax.country, eax.role)) FROM event_actors eax JOIN actors ac ON ac.id = eax.actor "
    "WHERE eax.event = e.id) AS actors_json, "
    "(SELECT json_group_array(json_array(qx.seq, qx.value, qx.unit, qx.text)) "
    "FROM quantities qx WHERE qx.event = e.id) AS quantities_json";
enum Col {
  kKey, kTimeKey, kEndDay, kUid, kSeq, kType, kTitle, kStartDay, kPrecision, kDateText,
  kFactuality, kPlaceName, kPlaceCountry, kEvidenceText, kEvidenceStart, kEvidenceEnd,
  kConfidence, kRevision, kModifiedAt, kArticleKey, kArticleCode, kArticleTitle,
  kArticlePublished, kArticleLanguage, kArticlePath, kActorsJson, kQuantitiesJson,
  kArticleBody  // FindEvent only
};


constexpr const char* kActorSummaries =
    "SELECT a.id, a.code, a.name, a.kind, a.country, a.parent, a.source, "
    "(SELECT count(DISTINCT event) FROM event_actors ea WHERE ea.actor = a.id) AS events "
    "FROM actors a ORDER BY a.code";
constexpr const char* kActorAliases = "SELECT alias FROM actor_aliases WHERE actor = :actor ORDER BY alias";

std::string NowUtc() {
  auto now = std::chrono::time_point_cast<std::chrono::seconds>(std::chrono::system_clock::now());
  return date::format("%F %T", now);
}

void BindOptionalText(SQLite::Statement& statement, const char* name, const std::string& value) {
  if (value.empty()) {
    statement.bind(name);  // NULL
  } else {
    statement.bind(name, value);
  }
}

std::string ColumnText(SQLite::Statement& statement, const char* name) {
  SQLite::Column column = statement.getColumn(name);
  return column.isNull() ? std::string() : column.getString();
}

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

}  // namespace

LoadCounts& LoadCounts::operator+=(const LoadCounts& other) {
  articles_added += other.articles_added;
  articles_replaced += other.articles_replaced;
  articles_unchanged += other.articles_unchanged;
  events_added += other.events_added;
  events_changed += other.events_changed;
  events_removed += other.events_removed;
  events_unchanged += other.events_unchanged;
  return *this;
}

// ---- Opening and migrating ---------------------------------------------------

int Store::SchemaVersion() {
  return kMigrations_count == 0 ? 0 : MigrationNumber(kMigrations[kMigrations_count - 1].name);
}

Store::Store(const std::string& path, Mode mode, const Registry& registry, Threads threads)
    : path_(path), threads_(threads) {
  namespace fs = std::filesystem;
  std::error_code ec;
  if (mode == Mode::kExisting && !fs::exists(path, ec)) {
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
        path, SQLite::OPEN_READWRITE | (mode == Mode::kCreate ? SQLite::OPEN_CREATE : 0) |
                  (threads == Threads::kOneThread ? SQLite::OPEN_NOMUTEX : SQLite::OPEN_FULLMUTEX));
    // Loads and queries may run at once: wait for a writer instead of failing.
    db_->setBusyTimeout(10000);
    db_->exec("PRAGMA foreign_keys = ON");
    db_->createFunction("timeline_fold", 1, true, nullptr, &FoldFunction);
  } catch (const SQLite::Exception& e) {
    throw Error(path + ": cannot open the database: " + e.what());
  }
  try {
    int version = user_version();
    if (version == 0) {
      SQLite::Statement tables(*db_, "SELECT count(*) FROM sqlite_schema");
      tables.executeStep();
      if (tables.getColumn(0).getInt64() > 0) {
        throw Error(path + ": is an SQLite database but not a timeline one (it has tables and "
                    "no timeline schema version); name another file with --db");
      }
    }
    // WAL lets queries read a consistent snapshot while a load writes.
    db_->exec("PRAGMA journal_mode = WAL");
    db_->exec("PRAGMA synchronous = NORMAL");
    // Big sorts (building indexes after a bulk load, the JSON export's
    // regrouping) may use a second core.
    unsigned cores = std::clamp(std::thread::hardware_concurrency(), 1u, 4u);
    db_->exec("PRAGMA threads = " + std::to_string(cores));
    Migrate();
    SyncRegistry(registry);
  } catch (const SQLite::Exception& e) {
    throw Error(path + ": " + e.what());
  }
}

Store::~Store() = default;

int Store::user_version() const {
  SQLite::Statement statement(*db_, "PRAGMA user_version");
  statement.executeStep();
  return statement.getColumn(0).getInt();
}

void Store::Migrate() {
  int version = user_version();
  int latest = SchemaVersion();
  if (version > latest) {
    throw Error(path_ + ": database schema version " + std::to_string(version) +
                " is too new: this timeline knows up to version " + std::to_string(latest) +
                "; use a newer timeline");
  }
  for (size_t i = 0; i < kMigrations_count; ++i) {
    const EmbeddedFile& migration = kMigrations[i];
    int number = MigrationNumber(migration.name);
    if (number <= version) continue;
    try {
      SQLite::Transaction transaction(*db_, SQLite::TransactionBehavior::IMMEDIATE);
      db_->exec(std::string(migration.bytes));
      db_->exec("PRAGMA user_version = " + std::to_string(number));  // a number we parsed
      transaction.commit();
    } catch (const SQLite::Exception& e) {
      throw Error(path_ + ": " + migration.name + ": " + e.what());
    }
  }
}

void Store::SyncRegistry(const Registry& registry) {
  SQLite::Statement select(*db_, kSelectMeta);
  select.bind(":key", "registry_digest");
  if (select.executeStep() && select.getColumn(0).getString() == registry.digest()) return;

  SQLite::Transaction transaction(*db_, SQLite::TransactionBehavior::IMMEDIATE);
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
  SQLite::Statement meta(*db_, kUpsertMeta);
  meta.bind(":key", "registry_digest");
  meta.bind(":value", registry.digest());
  meta.exec();
  transaction.commit();
}

// ---- Loading -------------------------------------------------------------------

bool LoadClaims::Claimed(int64_t key) const {
  return key >= 0 && static_cast<uint64_t>(key) < claimed_.size() && claimed_[key];
}

void LoadClaims::Claim(int64_t key) {
  if (key < 0) return;  // keys are rowids: positive
  if (static_cast<uint64_t>(key) >= claimed_.size()) claimed_.resize(key + 1);
  claimed_[key] = true;
}

void LoadClaims::Release(int64_t key, const std::string& id) {
  if (!Claimed(key)) return;
  claimed_[key] = false;  // the key may be given to another event
  released_.insert(id);
}

bool LoadClaims::Released(const std::string& id) const { return released_.count(id) > 0; }

namespace {
std::string DuplicatesMessage(const std::vector<std::string>& ids) {
  std::string message = "duplicate event id within one load:";
  for (const std::string& id : ids) message += " " + id;
  return message;
}
}  // namespace

DuplicateEventIds::DuplicateEventIds(std::vector<std::string> ids)
    : InputError(DuplicatesMessage(ids)), ids_(std::move(ids)) {}

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
  explicit BulkJournal(SQLite::Database& db) : db_(db) {
    if (Mode() != "wal" || db_.execAndGet(kHasEvents).getInt()) return;
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

struct Store::Batch::Impl {
  Impl(SQLite::Database& db, LoadClaims* claims)
      : db(db),
        claims(claims),
        journal(db),
        // IMMEDIATE takes the write lock up front: a deferred transaction
        // that later upgrades fails at once with "database is locked" when
        // another load is writing, instead of waiting its turn.
        transaction(db, SQLite::TransactionBehavior::IMMEDIATE),
        select_article(db, kSelectArticle),
        select_article_events(db, kSelectArticleEvents),
        select_event(db, kSelectEventByUid),
        update_event_seq(db, kUpdateEventSeq),
        delete_event(db, kDeleteEvent),
        index_event(db, kIndexEvent),
        delete_event_actors(db, kDeleteEventActors),
        delete_quantities(db, kDeleteQuantities),
        select_actor(db, kSelectActorByCode),
        insert_local_actor(db, kInsertLocalActor),
        update_local_actor(db, kUpdateLocalActor),
        insert_alias(db, kInsertAlias),
        delete_roll_up(db, kDeleteRollUp),
        insert_article(db, kInsertArticle),
        update_article(db, kUpdateArticle),
        insert_event(db, kInsertEvent),
        update_event(db, kUpdateEvent),
        insert_event_actor(db, kInsertEventActor),
        insert_quantity(db, kInsertQuantity),
        now(NowUtc()) {
    StartBulkIfEmpty();
  }

  // A load into an empty database fills the tables first and builds their
  // indexes after, in the same transaction: sorting once is many times
  // cheaper than keeping B-trees ordered row by row (PERF-NOTES.md).
  void StartBulkIfEmpty() {
    if (db.execAndGet(kHasEvents).getInt()) return;
    SQLite::Statement indexes(db, kSecondaryIndexes);
    while (indexes.executeStep()) {
      dropped_indexes.emplace_back(indexes.getColumn(0).getString(), indexes.getColumn(1).getString());
    }
    for (const auto& [name, sql] : dropped_indexes) db.exec("DROP INDEX \"" + name + "\"");
    bulk = true;
  }

  int64_t ActorKey(const ActorRef& actor);
  void BindEvent(WriteStatement& statement, const Event& event, size_t seq,
                 const std::string& digest);
  void WriteParts(int64_t key, const Event& event);
  std::map<std::string, int64_t> ArticleEvents(int64_t article);
  void ClaimUnchanged(int64_t article, const FactDocument& facts);
  void Add(const StoredDocument& document, LoadCounts* counts);

  SQLite::Database& db;
  LoadClaims* claims;  // null: no check for ids repeated within a load
  // Before the transaction: set up before it begins, restored after it ends
  // (members are destroyed in reverse order).
  BulkJournal journal;
  SQLite::Transaction transaction;
  SQLite::Statement select_article, select_article_events, select_event, update_event_seq,
      delete_event, index_event, delete_event_actors, delete_quantities, select_actor, insert_local_actor,
      update_local_actor, insert_alias, delete_roll_up;
  WriteStatement insert_article, update_article, insert_event, update_event, insert_event_actor,
      insert_quantity;
  std::string now;
  std::unordered_map<std::string, int64_t> actor_keys;  // code -> key, for this batch
  std::array<int64_t, kSpanClasses> max_span = MaxSpansUnset();  // per span class, this load
  // Events get ids above every existing one, so this load's inserts are
  // exactly the ids from the first of them up (full-text indexed at commit).
  std::optional<int64_t> first_inserted;
  bool bulk = false;  // the database was empty: no event can exist yet
  std::vector<int64_t> changed_events;  // their actor_timeline rows are rebuilt at commit
  bool roll_up_stale = false;           // a local actor changed country: rebuild all
  std::vector<std::pair<std::string, std::string>> dropped_indexes;  // name, CREATE sql
};

int64_t Store::Batch::Impl::ActorKey(const ActorRef& actor) {
  auto cached = actor_keys.find(actor.id);
  if (cached != actor_keys.end()) return cached->second;
  select_actor.bind(":code", actor.id);
  int64_t key;
  if (select_actor.executeStep()) {
    key = select_actor.getColumn("id").getInt64();
    bool local = select_actor.getColumn("source").getString() == "local";
    std::string select_actor_country = ColumnText(select_actor, "country");
    select_actor.reset();
    if (local) {  // a fact file may rename its own actor
      update_local_actor.bind(":id", key);
      update_local_actor.bind(":name", actor.name.empty() ? actor.id : actor.name);
      BindOptionalText(update_local_actor, ":country", actor.country);
      roll_up_stale |= update_local_actor.exec() > 0 && select_actor_country != actor.country;
      update_local_actor.reset();
    }
  } else {
    select_actor.reset();
    insert_local_actor.bind(":code", actor.id);
    insert_local_actor.bind(":name", actor.name.empty() ? actor.id : actor.name);
    BindOptionalText(insert_local_actor, ":country", actor.country);
    insert_local_actor.executeStep();
    key = insert_local_actor.getColumn(0).getInt64();
    insert_local_actor.reset();
  }
  for (const std::string& name : {actor.id, actor.name}) {
    if (name.empty()) continue;
    insert_alias.bind(":alias", FoldForMatch(name));
    insert_alias.bind(":actor", key);
    insert_alias.exec();
    insert_alias.reset();
  }
  actor_keys.emplace(actor.id, key);
  return key;
}

void Store::Batch::Impl::BindEvent(WriteStatement& s, const Event& event, size_t seq,
                                   const std::string& digest) {
  s.Int(":seq", static_cast<int64_t>(seq));
  s.Text(":type", ToString(event.type));
  s.Text(":title", event.title);
  if (event.date.known()) {
    s.Int(":start_day", ToDayNumber(*event.date.start));
    s.Int(":end_day", ToDayNumber(*event.date.end));
  } else {
    s.Null(":start_day");
    s.Null(":end_day");
  }
  s.Int(":precision", static_cast<int>(event.date.precision));
  s.Int(":time_key", TimeKey(event.date));
  s.Int(":span_class", SpanClass(event.date));
  s.OptionalText(":date_text", event.date.text);
  s.Text(":factuality", ToString(event.factuality));
  if (event.place) {
    s.Text(":place_name", event.place->name);
    s.OptionalText(":place_country", event.place->country);
  } else {
    s.Null(":place_name");
    s.Null(":place_country");
  }
  s.Text(":evidence_text", event.evidence.text);
  s.Int(":evidence_start", static_cast<int64_t>(event.evidence.start));
  s.Int(":evidence_end", static_cast<int64_t>(event.evidence.end));
  if (event.confidence) {
    s.Real(":confidence", *event.confidence);
  } else {
    s.Null(":confidence");
  }
  s.Text(":digest", digest);
  s.Text(":now", now);
}

void Store::Batch::Impl::WriteParts(int64_t key, const Event& event) {
  // An actor takes part in an event once, in its first role: an actor query
  // reads one index row per event (BuildQuery relies on it).
  std::vector<int64_t> written;
  for (size_t i = 0; i < event.actors.size(); ++i) {
    const ActorRef& actor = event.actors[i];
    int64_t actor_key = ActorKey(actor);
    if (std::find(written.begin(), written.end(), actor_key) != written.end()) continue;
    written.push_back(actor_key);
    insert_event_actor.Int(":event", key);
    insert_event_actor.Int(":actor", actor_key);
    insert_event_actor.Text(":role", ToString(actor.role));
    insert_event_actor.OptionalText(":name", actor.name);
    insert_event_actor.OptionalText(":country", actor.country);
    insert_event_actor.Int(":seq", static_cast<int64_t>(i));
    insert_event_actor.Int(":time_key", TimeKey(event.date));
    insert_event_actor.Int(":span_class", SpanClass(event.date));
    if (event.date.known()) {
      insert_event_actor.Int(":end_day", ToDayNumber(*event.date.end));
    } else {
      insert_event_actor.Null(":end_day");
    }
    insert_event_actor.Run();
  }
  for (size_t i = 0; i < event.quantities.size(); ++i) {
    const Quantity& q = event.quantities[i];
    insert_quantity.Int(":event", key);
    insert_quantity.Int(":seq", static_cast<int64_t>(i));
    insert_quantity.Real(":value", q.value);
    insert_quantity.Text(":unit", q.unit);
    insert_quantity.OptionalText(":text", q.text);
    insert_quantity.Run();
  }
}

namespace {

// Digests, format 2: FNV-1a 64 over the fields themselves, each prefixed by
// its length (so "ab","c" and "a","bc" differ), marked "2:". Format 1 hashed
// each event's and each document's JSON text: half of a JSON Lines load's
// reading thread went to building and printing that JSON (perf). Rows
// written before keep format 1; they are compared with format 1, computed
// only then (MatchesStored), so unchanged facts stay unchanged across the
// upgrade.
constexpr std::string_view kDigestFormat = "2:";

class FieldDigest {
 public:
  void Text(std::string_view text) {
    Number(static_cast<uint64_t>(text.size()));
    hasher_.Add(text);
  }
  void Number(uint64_t value) {
    char bytes[sizeof value];
    std::memcpy(bytes, &value, sizeof value);
    hasher_.Add(std::string_view(bytes, sizeof bytes));
  }
  void Real(double value) {
    uint64_t bits;
    std::memcpy(&bits, &value, sizeof bits);
    Number(bits);
  }
  void Day(const std::optional<date::sys_days>& day) {
    Number(day ? 1 : 0);
    if (day) Number(static_cast<uint64_t>(ToDayNumber(*day)));
  }
  std::string Hex() const { return std::string(kDigestFormat) + hasher_.Hex(); }

 private:
  Fnv1a64Hasher hasher_;
};

// Every field of an event, in order (a field added to Event belongs here;
// the store test changes each field and expects a new digest).
std::string EventDigest(const Event& event) {
  FieldDigest d;
  d.Text(event.id);
  d.Text(ToString(event.type));
  d.Text(event.title);
  d.Day(event.date.start);
  d.Day(event.date.end);
  d.Text(ToString(event.date.precision));
  d.Text(event.date.text);
  d.Number(event.actors.size());
  for (const ActorRef& actor : event.actors) {
    d.Text(actor.id);
    d.Text(actor.name);
    d.Text(actor.country);
    d.Text(ToString(actor.role));
  }
  d.Number(event.place ? 1 : 0);
  if (event.place) {
    d.Text(event.place->name);
    d.Text(event.place->country);
  }
  d.Text(ToString(event.factuality));
  d.Number(event.quantities.size());
  for (const Quantity& q : event.quantities) {
    d.Real(q.value);
    d.Text(q.unit);
    d.Text(q.text);
  }
  d.Text(event.evidence.text);
  d.Number(event.evidence.start);
  d.Number(event.evidence.end);
  d.Number(event.confidence ? 1 : 0);
  if (event.confidence) d.Real(*event.confidence);
  return d.Hex();
}

// The article's fields, its events' digests and its text.
std::string FactsDigest(const FactDocument& facts, const std::vector<std::string>& event_digests,
                        std::string_view article_bytes) {
  FieldDigest d;
  d.Text(facts.article.id);
  d.Text(facts.article.title);
  d.Day(facts.article.published);
  d.Text(facts.article.language);
  d.Text(facts.article.path);
  d.Number(event_digests.size());
  for (const std::string& digest : event_digests) d.Text(digest);
  d.Text(article_bytes);
  return d.Hex();
}

// Format 1, for rows stored before format 2.
std::string FactsDigestFormat1(const FactDocument& facts, std::string_view article_bytes) {
  return Fnv1a64Hex(DocumentToJson(facts).dump()) + "-" + Fnv1a64Hex(article_bytes);
}
std::string EventDigestFormat1(const Event& event) { return Fnv1a64Hex(EventToJson(event).dump()); }

// Whether a stored digest says "unchanged" for `digest` (format 2), or, when
// it is of format 1, for what `format1` computes.
template <typename Format1>
bool MatchesStored(const std::string& stored, const std::string& digest, Format1 format1) {
  if (stored.compare(0, kDigestFormat.size(), kDigestFormat) == 0) return stored == digest;
  return stored == format1();
}

}  // namespace

namespace {
void DigestsOf(const FactDocument& facts, std::string_view article_bytes, std::string* facts_digest,
               std::vector<std::string>* event_digests) {
  event_digests->clear();
  for (const Event& event : facts.events) event_digests->push_back(EventDigest(event));
  *facts_digest = FactsDigest(facts, *event_digests, article_bytes);
}
}  // namespace

void ComputeDigests(StoredDocument* document) {
  DigestsOf(document->facts, document->article_bytes, &document->facts_digest,
            &document->event_digests);
}

// uid -> key of the article's stored events.
std::map<std::string, int64_t> Store::Batch::Impl::ArticleEvents(int64_t article) {
  std::map<std::string, int64_t> events;
  select_article_events.bind(":article", article);
  while (select_article_events.executeStep()) {
    events.emplace(select_article_events.getColumn("uid").getString(),
                   select_article_events.getColumn("id").getInt64());
  }
  select_article_events.reset();
  return events;
}

// An unchanged document's events are its article's stored ones: this load
// claims them, unless it did already (the same document twice).
void Store::Batch::Impl::ClaimUnchanged(int64_t article, const FactDocument& facts) {
  std::map<std::string, int64_t> stored = ArticleEvents(article);
  std::vector<std::string> duplicates;
  for (const Event& event : facts.events) {
    auto found = stored.find(event.id);
    if (found != stored.end() && claims->Claimed(found->second)) duplicates.push_back(event.id);
  }
  if (!duplicates.empty()) throw DuplicateEventIds(std::move(duplicates));
  for (const auto& [uid, key] : stored) claims->Claim(key);
}

void Store::Batch::Impl::Add(const StoredDocument& document, LoadCounts* counts) {
  const FactDocument& facts = document.facts;
  const ArticleInfo& info = facts.article;
  bool digested = !document.facts_digest.empty() &&
                  document.event_digests.size() == facts.events.size();
  // Digested here only where no loader did it on its own thread.
  std::string facts_digest_here;
  std::vector<std::string> event_digests_here;
  if (!digested) {
    DigestsOf(facts, document.article_bytes, &facts_digest_here, &event_digests_here);
  }
  const std::string& facts_digest = digested ? document.facts_digest : facts_digest_here;
  const std::vector<std::string>& event_digests =
      digested ? document.event_digests : event_digests_here;

  select_article.bind(":code", info.id);
  std::optional<int64_t> article;
  bool unchanged = false;
  if (select_article.executeStep()) {
    article = select_article.getColumn("id").getInt64();
    unchanged = MatchesStored(select_article.getColumn("facts_digest").getString(), facts_digest,
                              [&] { return FactsDigestFormat1(facts, document.article_bytes); });
  }
  select_article.reset();
  // Whether this document's ids count against the load's others.
  bool claim = claims != nullptr && !document.extracted;
  if (unchanged) {
    if (claim) ClaimUnchanged(*article, facts);
    ++counts->articles_unchanged;
    counts->events_unchanged += facts.events.size();
    return;
  }

  size_t added_before = counts->articles_added;
  WriteStatement& write = article ? update_article : insert_article;
  write.Text(":title", info.title);
  std::string published = info.published ? FormatIsoDay(*info.published) : "";  // bound in place
  write.OptionalText(":published", published);
  write.OptionalText(":language", info.language);
  write.Text(":path", info.path);
  write.Blob(":body", document.article_bytes);
  write.Text(":digest", facts_digest);
  write.Text(":now", now);
  if (article) {
    write.Int(":id", *article);
    write.Run();
    ++counts->articles_replaced;
  } else {
    write.Text(":code", info.id);
    write.Run();
    article = db.getLastInsertRowid();
    ++counts->articles_added;
  }

  // The article's events before this load; what the document no longer has goes.
  std::map<std::string, int64_t> previous;
  bool new_article = counts->articles_added > added_before;
  if (!new_article) previous = ArticleEvents(*article);

  // In a bulk load a new article's events are new: the database held no
  // events, so an id can only repeat one this batch stored, which the UNIQUE
  // index on ids refuses. Otherwise the stored event with the id is looked
  // up, and is a duplicate if this load claimed it.
  bool all_new = bulk && new_article;
  std::vector<std::string> duplicates;
  // Reported after the duplicates, which the loader used to find first.
  std::optional<InputError> taken;
  for (size_t seq = 0; seq < facts.events.size(); ++seq) {
    const Event& event = facts.events[seq];
    const std::string& digest = event_digests[seq];
    if (!all_new) select_event.bind(":uid", event.id);
    if (!all_new && select_event.executeStep()) {
      int64_t key = select_event.getColumn("id").getInt64();
      int64_t owner = select_event.getColumn("article").getInt64();
      std::string old_digest = select_event.getColumn("content_digest").getString();
      int64_t old_seq = select_event.getColumn("seq").getInt64();
      std::string owner_path = select_event.getColumn("path").getString();
      select_event.reset();
      if (claim && (claims->Claimed(key) || claims->Released(event.id))) {
        duplicates.push_back(event.id);
        continue;
      }
      if (owner != *article) {
        if (!taken) {
          taken = InputError("event " + event.id + ": id already belongs to an event of " +
                             owner_path + "; event ids must be unique across articles");
        }
        continue;
      }
      previous.erase(event.id);
      if (claim) claims->Claim(key);
      if (MatchesStored(old_digest, digest, [&] { return EventDigestFormat1(event); })) {
        if (old_seq != static_cast<int64_t>(seq)) {
          update_event_seq.bind(":seq", static_cast<int64_t>(seq));
          update_event_seq.bind(":id", key);
          update_event_seq.exec();
          update_event_seq.reset();
        }
        ++counts->events_unchanged;
        continue;
      }
      BindEvent(update_event, event, seq, digest);
      update_event.Int(":id", key);
      update_event.Run();
      changed_events.push_back(key);
      for (SQLite::Statement* clear : {&delete_event_actors, &delete_quantities, &delete_roll_up}) {
        clear->bind(":event", key);
        clear->exec();
        clear->reset();
      }
      WriteParts(key, event);
      ++counts->events_changed;
    } else {
      if (!all_new) select_event.reset();
      if (claim && claims->Released(event.id)) {
        duplicates.push_back(event.id);
        continue;
      }
      insert_event.Text(":uid", event.id);
      insert_event.Int(":article", *article);
      BindEvent(insert_event, event, seq, digest);
      try {
        insert_event.Run();
      } catch (const SQLite::Exception& e) {
        if (!(all_new && claim && e.getExtendedErrorCode() == SQLITE_CONSTRAINT_UNIQUE)) throw;
        duplicates.push_back(event.id);
        continue;
      }
      int64_t key = db.getLastInsertRowid();
      if (claim) claims->Claim(key);
      if (!first_inserted) first_inserted = key;
      WriteParts(key, event);
      ++counts->events_added;
    }
  }
  if (!duplicates.empty()) throw DuplicateEventIds(std::move(duplicates));
  if (taken) throw *taken;
  for (const auto& [uid, key] : previous) {
    if (claims) claims->Release(key, uid);
    // An event this batch inserted (its article given twice) is not in the
    // full-text index yet, and the delete trigger's FTS5 'delete' of words
    // never added corrupts the index: add them first.
    if (first_inserted && key >= *first_inserted) {
      index_event.bind(":id", key);
      index_event.exec();
      index_event.reset();
    }
    delete_event.bind(":id", key);
    delete_event.exec();
    delete_event.reset();
    ++counts->events_removed;
  }
  // The document is the article's whole set of events now.
  for (const Event& event : facts.events) {
    if (event.date.known()) {
      int64_t& longest = max_span[SpanClass(event.date)];
      longest = std::max(longest, SpanDays(event.date));
    }
  }
}

Store::Batch::Batch(Store& store, LoadClaims* claims) {
  try {
    impl_ = std::make_unique<Impl>(*store.db_, claims);
  } catch (const SQLite::Exception& e) {
    throw Error(store.path_ + ": cannot start a load: " + e.what());
  }
}

Store::Batch::~Batch() = default;

void Store::Batch::Add(const StoredDocument& document) {
  try {
    impl_->Add(document, &counts_);
  } catch (const SQLite::Exception& e) {
    throw Error("cannot store article " + document.facts.article.id + ": " + e.what());
  }
}

void Store::Batch::Commit() {
  try {
    if (impl_->roll_up_stale) {
      impl_->db.exec("DELETE FROM actor_timeline");
      impl_->db.exec(RollUpSql(""));
    } else {
      if (impl_->first_inserted) {
        SQLite::Statement roll_up(impl_->db, RollUpSql("WHERE ea.event >= :first"));
        roll_up.bind(":first", *impl_->first_inserted);
        roll_up.exec();
      }
      if (!impl_->changed_events.empty()) {  // all at once: the closure is computed once
        std::string keys = "[";
        for (int64_t key : impl_->changed_events) keys += (keys.size() > 1 ? "," : "") + std::to_string(key);
        SQLite::Statement roll_up(impl_->db,
                                  RollUpSql("WHERE ea.event IN (SELECT value FROM json_each(:events))"));
        roll_up.bind(":events", keys + "]");
        roll_up.exec();
      }
    }
    for (const auto& [name, sql] : impl_->dropped_indexes) impl_->db.exec(sql);
    if (impl_->first_inserted) {
      SQLite::Statement index(impl_->db, kIndexNewEvents);
      index.bind(":first", *impl_->first_inserted);
      index.exec();
    }
    // The longest spans only grow here; a stale, larger value is still a
    // correct (if looser) bound for interval searches.
    for (int c = 0; c < kSpanClasses; ++c) {
      if (impl_->max_span[c] < 0) continue;
      SQLite::Statement select(impl_->db, kSelectMeta);
      select.bind(":key", MaxSpanKey(c));
      int64_t known = select.executeStep() ? std::atoll(select.getColumn(0).getText()) : -1;
      if (impl_->max_span[c] > known) {
        SQLite::Statement meta(impl_->db, kUpsertMeta);
        meta.bind(":key", MaxSpanKey(c));
        meta.bind(":value", std::to_string(impl_->max_span[c]));
        meta.exec();
      }
    }
    impl_->transaction.commit();
  } catch (const SQLite::Exception& e) {
    throw Error(std::string("cannot commit the load: ") + e.what());
  }
  impl_->journal.Restore();
}

// ---- Actors ------------------------------------------------------------------------

std::vector<int64_t> Store::FindActors(const std::string& folded) const {
  SQLite::Statement statement(*db_, kFindActorsByAlias);
  statement.bind(":alias", folded);
  std::vector<int64_t> keys;
  while (statement.executeStep()) keys.push_back(statement.getColumn(0).getInt64());
  return keys;
}

std::vector<int64_t> Store::ActorWithMembers(int64_t actor) const {
  SQLite::Statement statement(*db_, kActorWithMembers);
  statement.bind(":actor", actor);
  std::vector<int64_t> keys;
  while (statement.executeStep()) keys.push_back(statement.getColumn(0).getInt64());
  return keys;
}

std::vector<std::pair<std::string, std::string>> Store::AllNames() const {
  SQLite::Statement statement(*db_, kAllNames);
  std::vector<std::pair<std::string, std::string>> names;
  while (statement.executeStep()) {
    names.emplace_back(statement.getColumn(0).getString(), statement.getColumn(1).getString());
  }
  return names;
}

namespace {

ActorSummary ReadActor(SQLite::Statement& statement) {
  ActorSummary actor;
  actor.key = statement.getColumn("id").getInt64();
  actor.id = statement.getColumn("code").getString();
  actor.name = statement.getColumn("name").getString();
  actor.kind = statement.getColumn("kind").getString();
  actor.country = ColumnText(statement, "country");
  actor.parent = ColumnText(statement, "parent");
  actor.source = statement.getColumn("source").getString();
  return actor;
}

}  // namespace

std::optional<ActorSummary> Store::FindActorByCode(const std::string& code) const {
  SQLite::Statement statement(*db_, kSelectActorByCode);
  statement.bind(":code", code);
  if (!statement.executeStep()) return std::nullopt;
  return ReadActor(statement);
}

std::vector<ActorSummary> Store::Actors(const std::vector<int64_t>& keys) const {
  std::set<int64_t> wanted(keys.begin(), keys.end());
  SQLite::Statement statement(*db_, kActorSummaries);
  SQLite::Statement aliases(*db_, kActorAliases);
  std::vector<ActorSummary> out;
  while (statement.executeStep()) {
    ActorSummary actor = ReadActor(statement);
    if (!wanted.empty() && !wanted.count(actor.key)) continue;
    actor.events = statement.getColumn("events").getInt64();
    aliases.bind(":actor", actor.key);
    while (aliases.executeStep()) actor.aliases.push_back(aliases.getColumn(0).getString());
    aliases.reset();
    out.push_back(std::move(actor));
  }
  return out;
}

// ---- Questions ---------------------------------------------------------------------

namespace {

// Builds the SQL text of a StoreQuery from fixed fragments; every value goes
// through a named parameter bound by Bind(), never into the text.
struct QuerySql {
  std::string text;
  std::vector<std::pair<std::string, int64_t>> ints;
  std::vector<std::pair<std::string, std::string>> texts;

  void Bind(SQLite::Statement& statement) const {
    for (const auto& [name, value] : ints) statement.bind(name, value);
    for (const auto& [name, value] : texts) statement.bind(name, value);
  }
};

std::string Placeholders(const std::string& prefix, size_t count) {
  std::string out;
  for (size_t i = 0; i < count; ++i) out += (i ? ", :" : ":") + prefix + std::to_string(i);
  return out;
}

// An answer's key and sort columns, taken from `driver`: an answer read in
// event_actors' index order must say so in its select list, or SQLite sorts
// it again. A limited answer's arms select only these.
std::string KeyColumns(const char* driver) {
  std::string d = driver;
  std::string key = d == "e" ? "e.id" : d + ".event";
  return key + " AS key, " + d + ".time_key AS time_key, " + d + ".end_day AS end_day";
}

// The key columns, then kEventColumns.
std::string EventColumns(const char* driver) { return KeyColumns(driver) + ", " + kEventColumns; }

QuerySql BuildQuery(const StoreQuery& q, const std::vector<std::pair<int, int64_t>>& span_classes) {
  QuerySql sql;
  bool dated = q.from_day || q.to_day;
  int64_t from = q.from_day.value_or(INT64_MIN / 64);
  int64_t to = q.to_day.value_or(INT64_MAX / 64);
  // One arm per span class (0004), each a range of the index: the class,
  // then time_key = start_day * 8 + precision. Overlap: start <= to AND
  // end >= from, with start bounded below by EarliestStart so that the range
  // is finite and short (exact for calendar units and single days).
  auto dates = [&](const std::string& t, int span_class) -> std::string {
    std::string c = std::to_string(span_class);
    std::string out = " AND " + t + ".span_class = " + c;
    if (!dated) return out;
    return out + " AND " + t + ".time_key >= :lo_key" + c + " AND " + t + ".time_key <= :hi_key AND " +
           t + (q.within ? ".end_day <= :to_day" : ".end_day >= :from_day");
  };
  if (dated) {
    for (const auto& [span_class, max_span] : span_classes) {
      int64_t earliest = q.within ? from
                         : q.from_day ? EarliestStart(span_class, max_span, from)
                                      : from - max_span;
      sql.ints.emplace_back(":lo_key" + std::to_string(span_class), earliest * 8);
    }
    sql.ints.emplace_back(":hi_key", to * 8 + 7);
    sql.ints.emplace_back(q.within ? ":to_day" : ":from_day", q.within ? to : from);
  }
  // Filters on the event itself, the same whichever table drives.
  std::string where;
  for (size_t i = 1; i < q.actor_sets.size(); ++i) {
    std::string prefix = "a" + std::to_string(i) + "_";
    where += " AND EXISTS (SELECT 1 FROM event_actors x" + std::to_string(i) + " WHERE x" +
             std::to_string(i) + ".event = e.id AND x" + std::to_string(i) + ".actor IN (" +
             Placeholders(prefix, q.actor_sets[i].size()) + ")" +
             (q.role ? " AND x" + std::to_string(i) + ".role = :role" : "") + ")";
    for (size_t j = 0; j < q.actor_sets[i].size(); ++j) {
      sql.ints.emplace_back(":" + prefix + std::to_string(j), q.actor_sets[i][j]);
    }
  }
  if (q.role) {
    sql.texts.emplace_back(":role", std::string(ToString(*q.role)));
    if (q.actor_sets.empty()) {
      where += " AND EXISTS (SELECT 1 FROM event_actors x WHERE x.event = e.id AND x.role = :role)";
    }
  }
  if (!q.types.empty()) {
    where += " AND e.type IN (" + Placeholders("type", q.types.size()) + ")";
    for (size_t i = 0; i < q.types.size(); ++i) {
      sql.texts.emplace_back(":type" + std::to_string(i), q.types[i]);
    }
  }
  if (!q.fts_match.empty()) {
    where += " AND e.id IN (SELECT rowid FROM events_fts WHERE events_fts MATCH :fts)";
    sql.texts.emplace_back(":fts", q.fts_match);
  }
  if (!q.place_folded.empty() || !q.place_countries.empty()) {
    where += " AND (";
    if (!q.place_folded.empty()) {
      where += "timeline_fold(e.place_name) LIKE :place ESCAPE '\\'";
      std::string pattern = "%";
      for (char c : q.place_folded) {
        if (c == '%' || c == '_' || c == '\\') pattern += '\\';
        pattern += c;
      }
      sql.texts.emplace_back(":place", pattern + "%");
    }
    if (!q.place_countries.empty()) {
      if (!q.place_folded.empty()) where += " OR ";
      where += "e.place_country IN (" + Placeholders("place_country", q.place_countries.size()) + ")";
      for (size_t i = 0; i < q.place_countries.size(); ++i) {
        sql.texts.emplace_back(":place_country" + std::to_string(i), q.place_countries[i]);
      }
    }
    where += ")";
  }
  if (q.factuality) {
    where += " AND e.factuality = :factuality";
    sql.texts.emplace_back(":factuality", std::string(ToString(*q.factuality)));
  }
  std::string limit;
  if (q.limit) {
    limit = " LIMIT :limit";
    sql.ints.emplace_back(":limit", *q.limit);
  }

  // Arms: one per span class, times one per driving actor, each an index
  // range in time order; SQLite merges them in order. The driving actors are
  // the named ones in actor_timeline (members rolled up already), or, for an
  // exact or role question, the actor and its members in event_actors, where
  // UNION drops an event two members share (an event lists an actor once:
  // Batch::WriteParts).
  // A limited answer ("first 100") finds its keys first, from the arms'
  // indexes, then reads the columns of those rows only: the column list and
  // the actor and quantity subqueries are compiled once, not once per arm
  // (nine arms cost 1 ms more than three at 100k events), and rows the arms
  // skip are not read from the table. The outer query sorts at most `limit`
  // keys. An unlimited answer streams straight from the arms: sorting it
  // again would hold it whole.
  bool keys_first = q.limit.has_value();
  std::vector<std::string> arms;
  const char* driver = q.actor_sets.empty() ? "e" : "ea";
  std::string columns = keys_first ? KeyColumns(driver) : EventColumns(driver);
  const char* with_article = keys_first ? "" : " JOIN articles a ON a.id = e.article";
  const char* with_event = keys_first && where.empty() ? "" : " JOIN events e ON e.id = ea.event";
  std::vector<std::string> drivers;
  // Without a role, a rolled-up actor is read from actor_timeline: one range
  // per span class for the actor with all its members.
  bool rolled_up = !q.actor_sets.empty() && !q.role && !q.actor_roots.empty() &&
                   !q.actor_roots[0].empty();
  if (q.actor_sets.empty()) {
    drivers.push_back(std::string(" FROM events e") + with_article + " WHERE 1");
  } else if (rolled_up) {
    for (size_t j = 0; j < q.actor_roots[0].size(); ++j) {
      std::string name = ":a0_" + std::to_string(j);
      sql.ints.emplace_back(name, q.actor_roots[0][j]);
      drivers.push_back(std::string(" FROM actor_timeline ea") + with_event + with_article +
                        " WHERE ea.actor = " + name);
    }
  } else {
    for (size_t j = 0; j < q.actor_sets[0].size(); ++j) {
      std::string name = ":a0_" + std::to_string(j);
      sql.ints.emplace_back(name, q.actor_sets[0][j]);
      drivers.push_back(std::string(" FROM event_actors ea") + with_event + with_article +
                        " WHERE ea.actor = " + name + (q.role ? " AND ea.role = :role" : ""));
    }
  }
  for (const std::string& from_where : drivers) {
    for (const auto& [span_class, max_span] : span_classes) {
      arms.push_back("SELECT " + columns + from_where + dates(driver, span_class) + where);
    }
  }
  std::string select;
  if (arms.size() == 1) {
    std::string d = driver;
    select = arms[0] + " ORDER BY " + d + ".time_key, " + d + ".end_day, " +
             (q.actor_sets.empty() ? "e.id" : "ea.event") + limit;
  } else {
    // Span classes are disjoint; several actors may share an event.
    const char* union_word = drivers.size() > 1 ? " UNION " : " UNION ALL ";
    for (size_t j = 0; j < arms.size(); ++j) select += (j ? union_word : "") + arms[j];
    select += " ORDER BY time_key, end_day, key" + limit;
  }
  if (keys_first) {
    std::string k = kLimitedKeysTable;
    select = "SELECT " + k + ".key AS key, " + k + ".time_key AS time_key, " + k +
             ".end_day AS end_day, " + kEventColumns + " FROM (" + select + ") AS " + k +
             " JOIN events e ON e.id = " + k + ".key JOIN articles a ON a.id = e.article ORDER BY " +
             k + ".time_key, " + k + ".end_day, " + k + ".key";
  }
  if (q.group_by_article) {
    // Documents need their events together: the time-ordered (and limited)
    // answer, regrouped by article (earliest first), each article's events in
    // their fact-file order so that an export loads back unchanged.
    sql.text = "SELECT * FROM (" + select +
               ") AS r ORDER BY min(r.time_key) OVER (PARTITION BY r.article_key), "
               "r.article_key, r.seq";
  } else {
    sql.text = select;
  }
  return sql;
}

// "YYYY-MM-DD HH:MM:SS" (UTC, as the store writes it) -> a time point.
std::optional<date::sys_seconds> ParseUtc(std::string_view text) {
  if (text.size() != 19 || text[10] != ' ' || text[13] != ':' || text[16] != ':') {
    return std::nullopt;
  }
  std::optional<date::sys_days> day = ParseIsoDay(text.substr(0, 10));
  int fields[3];  // hours, minutes, seconds
  for (int i = 0; i < 3; ++i) {
    char tens = text[11 + 3 * i], ones = text[12 + 3 * i];
    if (tens < '0' || tens > '9' || ones < '0' || ones > '9') return std::nullopt;
    fields[i] = (tens - '0') * 10 + (ones - '0');
  }
  if (!day) return std::nullopt;
  return date::sys_seconds(*day) + std::chrono::hours(fields[0]) +
         std::chrono::minutes(fields[1]) + std::chrono::seconds(fields[2]);
}

}  // namespace

namespace {

// Reading rows: one record is reused for every row of an answer, its strings
// assigned in place, so that a row costs no allocation once the buffers have
// grown (reading records was a fifth of a CSV export's time before, perf).
void AssignText(SQLite::Statement& statement, int column, std::string* out) {
  SQLite::Column c = statement.getColumn(column);
  if (c.isNull()) {
    out->clear();
  } else {
    out->assign(c.getText(), static_cast<size_t>(c.getBytes()));
  }
}

// Decodes an actors_json or quantities_json column, [[seq, ...], ...] as
// SQLite's json_group_array builds it, straight into the record's vector
// (nlohmann's SAX interface: no JSON document per row). Each inner array has
// `arity` fields; field 0, the seq, orders the items (the fact file's order),
// and every other field goes to on_field, so an item left from the row
// before is overwritten whole.
template <typename Item>
class RowsDecoder : public nlohmann::json_sax<nlohmann::json> {
 public:
  using Field = void (*)(Item& item, int field, const std::string* text, double number);
  RowsDecoder(std::vector<Item>* items, int arity, Field on_field)
      : items_(items), arity_(arity), on_field_(on_field) {}

  void Decode(const char* json, size_t size) {
    if (!nlohmann::json::sax_parse(json, json + size, this)) {
      throw Error("a stored event has a malformed JSON column: " + std::string(json, size));
    }
    items_->resize(count_);
    if (std::is_sorted(seqs_.begin(), seqs_.end())) return;  // the usual case
    std::vector<size_t> order(count_);
    for (size_t i = 0; i < count_; ++i) order[i] = i;
    std::sort(order.begin(), order.end(), [&](size_t a, size_t b) { return seqs_[a] < seqs_[b]; });
    std::vector<Item> sorted;
    for (size_t i : order) sorted.push_back(std::move((*items_)[i]));
    items_->swap(sorted);
  }

  bool start_array(std::size_t) override {
    if (++depth_ == 2) {
      field_ = 0;
      if (items_->size() <= count_) items_->emplace_back();
    }
    return depth_ <= 2;
  }
  bool end_array() override {
    if (depth_-- == 2) {
      if (field_ != arity_) return false;
      ++count_;
    }
    return true;
  }
  bool null() override { return Value(nullptr, 0); }
  bool boolean(bool value) override { return Value(nullptr, value ? 1 : 0); }
  bool number_integer(number_integer_t value) override {
    return Value(nullptr, static_cast<double>(value));
  }
  bool number_unsigned(number_unsigned_t value) override {
    return Value(nullptr, static_cast<double>(value));
  }
  bool number_float(number_float_t value, const string_t&) override {
    return Value(nullptr, value);
  }
  bool string(string_t& value) override { return Value(&value, 0); }
  bool binary(binary_t&) override { return false; }
  bool start_object(std::size_t) override { return false; }
  bool key(string_t&) override { return false; }
  bool end_object() override { return false; }
  bool parse_error(std::size_t, const std::string&, const nlohmann::detail::exception&) override {
    return false;
  }

 private:
  bool Value(const std::string* text, double number) {
    if (depth_ != 2 || field_ >= arity_) return false;
    if (field_ == 0) {
      seqs_.push_back(number);
    } else {
      on_field_((*items_)[count_], field_, text, number);
    }
    ++field_;
    return true;
  }

  std::vector<Item>* items_;
  int arity_;
  Field on_field_;
  std::vector<double> seqs_;
  size_t count_ = 0;
  int depth_ = 0, field_ = 0;
};

void AssignJsonText(const std::string* text, std::string* out) {
  if (text) {
    out->assign(*text);
  } else {
    out->clear();
  }
}

// [seq, code, name, country, role]
void ActorField(ActorRef& actor, int field, const std::string* text, double) {
  switch (field) {
    case 1: AssignJsonText(text, &actor.id); break;
    case 2: AssignJsonText(text, &actor.name); break;
    case 3: AssignJsonText(text, &actor.country); break;
    case 4: actor.role = ParseActorRole(text ? *text : "").value_or(ActorRole::kParticipant); break;
  }
}

// [seq, value, unit, text]
void QuantityField(Quantity& quantity, int field, const std::string* text, double number) {
  switch (field) {
    case 1: quantity.value = text ? 0.0 : number; break;
    case 2: AssignJsonText(text, &quantity.unit); break;
    case 3: AssignJsonText(text, &quantity.text); break;
  }
}

template <typename Item>
void DecodeRows(SQLite::Statement& statement, int column, int arity,
                typename RowsDecoder<Item>::Field on_field, std::vector<Item>* items) {
  SQLite::Column c = statement.getColumn(column);
  RowsDecoder<Item>(items, arity, on_field).Decode(c.getText(), static_cast<size_t>(c.getBytes()));
}

// Fills `record` from one row of kEventColumns, reusing its buffers.
void ReadRecord(SQLite::Statement& statement, EventRecord* record) {
  Event& e = record->event;
  AssignText(statement, kUid, &e.id);
  e.type = ParseEventType(statement.getColumn(kType).getText()).value_or(EventType::kStatement);
  AssignText(statement, kTitle, &e.title);
  if (statement.getColumn(kStartDay).isNull()) {
    e.date.start.reset();
    e.date.end.reset();
  } else {
    e.date.start = FromDayNumber(statement.getColumn(kStartDay).getInt64());
    e.date.end = FromDayNumber(statement.getColumn(kEndDay).getInt64());
  }
  e.date.precision = static_cast<DatePrecision>(statement.getColumn(kPrecision).getInt());
  AssignText(statement, kDateText, &e.date.text);
  e.factuality = ParseFactuality(statement.getColumn(kFactuality).getText())
                     .value_or(Factuality::kAsserted);
  if (statement.getColumn(kPlaceName).isNull()) {
    e.place.reset();
  } else {
    if (!e.place) e.place.emplace();
    AssignText(statement, kPlaceName, &e.place->name);
    AssignText(statement, kPlaceCountry, &e.place->country);
  }
  AssignText(statement, kEvidenceText, &e.evidence.text);
  e.evidence.start = static_cast<size_t>(statement.getColumn(kEvidenceStart).getInt64());
  e.evidence.end = static_cast<size_t>(statement.getColumn(kEvidenceEnd).getInt64());
  if (statement.getColumn(kConfidence).isNull()) {
    e.confidence.reset();
  } else {
    e.confidence = statement.getColumn(kConfidence).getDouble();
  }
  record->revision = statement.getColumn(kRevision).getInt();
  record->modified = ParseUtc(statement.getColumn(kModifiedAt).getText());
  AssignText(statement, kArticleCode, &record->source.id);
  AssignText(statement, kArticleTitle, &record->source.title);
  SQLite::Column published = statement.getColumn(kArticlePublished);
  record->source.published.reset();
  if (!published.isNull()) {
    record->source.published = ParseIsoDay(
        std::string_view(published.getText(), static_cast<size_t>(published.getBytes())));
  }
  AssignText(statement, kArticleLanguage, &record->source.language);
  AssignText(statement, kArticlePath, &record->source.path);
  DecodeRows<ActorRef>(statement, kActorsJson, 5, ActorField, &e.actors);
  DecodeRows<Quantity>(statement, kQuantitiesJson, 4, QuantityField, &e.quantities);
}

}  // namespace

std::string Store::RollUpStatement() { return RollUpSql(""); }

std::vector<std::pair<int, int64_t>> Store::SpanClasses() const {
  std::vector<std::pair<int, int64_t>> classes;
  SQLite::Statement select(*db_, kSelectMeta);
  for (int c = 0; c < kSpanClasses; ++c) {
    select.bind(":key", MaxSpanKey(c));
    if (select.executeStep()) classes.emplace_back(c, std::atoll(select.getColumn(0).getText()));
    select.reset();
  }
  if (classes.empty()) classes.emplace_back(0, 0);  // no dated event yet
  return classes;
}

Store::Statement Store::QueryStatement(const StoreQuery& query) const {
  QuerySql sql = BuildQuery(query, SpanClasses());
  Statement out{sql.text, {}};
  for (const auto& [name, value] : sql.ints) out.parameters.emplace_back(name, std::to_string(value));
  for (const auto& [name, value] : sql.texts) {
    std::string literal = "'";
    for (char c : value) literal += c == '\'' ? std::string("''") : std::string(1, c);
    out.parameters.emplace_back(name, literal + "'");
  }
  return out;
}

void Store::Find(const StoreQuery& query,
                 const std::function<void(const EventRecord&)>& row) const {
  try {
    QuerySql sql = BuildQuery(query, SpanClasses());
    SQLite::Statement statement(*db_, sql.text);
    sql.Bind(statement);
    EventRecord record;  // reused for every row
    while (statement.executeStep()) {
      ReadRecord(statement, &record);
      row(record);
    }
  } catch (const SQLite::Exception& e) {
    throw Error(path_ + ": query failed: " + e.what());
  }
}

std::vector<std::string> Store::Explain(const StoreQuery& query) const {
  QuerySql sql = BuildQuery(query, SpanClasses());
  SQLite::Statement statement(*db_, "EXPLAIN QUERY PLAN " + sql.text);
  sql.Bind(statement);
  std::vector<std::string> plan;
  std::map<int, size_t> depth;  // node id -> depth; a parent comes before its children
  while (statement.executeStep()) {
    int id = statement.getColumn("id").getInt();
    auto parent = depth.find(statement.getColumn("parent").getInt());
    size_t level = parent == depth.end() ? 0 : parent->second + 1;
    depth[id] = level;
    plan.push_back(std::string(2 * level, ' ') + statement.getColumn("detail").getString());
  }
  return plan;
}

std::optional<EventRecord> Store::FindEvent(const std::string& uid,
                                            std::string* article_bytes) const {
  std::string sql = "SELECT " + EventColumns("e") +
                    ", a.body AS article_body FROM events e JOIN articles a ON a.id = e.article "
                    "WHERE e.uid = :uid";
  SQLite::Statement statement(*db_, sql);
  statement.bind(":uid", uid);
  if (!statement.executeStep()) return std::nullopt;
  if (article_bytes) {
    SQLite::Column body = statement.getColumn(kArticleBody);
    *article_bytes = body.isNull() ? std::string()
                                   : std::string(static_cast<const char*>(body.getBlob()),
                                                 static_cast<size_t>(body.getBytes()));
  }
  EventRecord record;
  ReadRecord(statement, &record);
  return record;
}

namespace {

// Each invariant is a query that returns the offending rows, described by its
// first column; the name says what should hold.
struct Invariant {
  std::string name;
  std::string sql;
};
const std::vector<Invariant> kInvariants = {
    {"every event has its article",
     "SELECT e.uid FROM events e LEFT JOIN articles a ON a.id = e.article WHERE a.id IS NULL"},
    {"every event's interval is ordered and matches its precision",
     "SELECT uid FROM events WHERE (start_day IS NULL) <> (end_day IS NULL) OR start_day > end_day "
     "OR (precision = 6) <> (start_day IS NULL) "
     "OR (precision = 1 AND (end_day - start_day <> 6 OR (start_day + 3) % 7 <> 0)) "
     // Month, quarter, year: from the unit's first day to its last (the
     // interval search relies on it: EarliestStart).
     "OR (precision BETWEEN 2 AND 4 AND ("
     "  strftime('%d', start_day * 86400, 'unixepoch') <> '01' "
     "  OR (precision = 3 AND strftime('%m', start_day * 86400, 'unixepoch') NOT IN "
     "      ('01', '04', '07', '10')) "
     "  OR (precision = 4 AND strftime('%m', start_day * 86400, 'unixepoch') <> '01') "
     "  OR date(start_day * 86400, 'unixepoch', CASE precision WHEN 2 THEN '+1 month' "
     "      WHEN 3 THEN '+3 months' ELSE '+1 year' END, '-1 day') "
     "     <> date(end_day * 86400, 'unixepoch')))"},
    {"every event has a known type",
     "SELECT e.uid FROM events e LEFT JOIN event_types t ON t.type = e.type WHERE t.type IS NULL"},
    {"every event's actors are known actors",
     "SELECT e.uid FROM event_actors ea JOIN events e ON e.id = ea.event "
     "LEFT JOIN actors a ON a.id = ea.actor WHERE a.id IS NULL"},
    {"every event's time key is its start day and precision (undated last)",
     "SELECT uid FROM events WHERE time_key IS NOT "
     "coalesce(start_day * 8 + precision, 1125899906842624)"},
    {"event_actors carry their event's time key, end day and span class",
     "SELECT e.uid FROM event_actors ea JOIN events e ON e.id = ea.event "
     "WHERE ea.time_key IS NOT e.time_key OR ea.end_day IS NOT e.end_day "
     "OR ea.span_class IS NOT e.span_class"},
    {"actor_timeline rolls up exactly each event's actors",
     std::string("WITH expected AS (") + kRollUpRows + "), "
     "actual AS (SELECT actor, span_class, time_key, end_day, event FROM actor_timeline), "
     "wrong AS (SELECT event FROM (SELECT * FROM expected EXCEPT SELECT * FROM actual) "
     "  UNION SELECT event FROM (SELECT * FROM actual EXCEPT SELECT * FROM expected)) "
     "SELECT coalesce(e.uid, 'event key ' || w.event) FROM wrong w LEFT JOIN events e ON e.id = w.event"},
    {"evidence lies inside its article",
     "SELECT e.uid FROM events e JOIN articles a ON a.id = e.article "
     "WHERE a.body IS NOT NULL AND (e.evidence_end > length(a.body) OR "
     "CAST(substr(a.body, e.evidence_start + 1, e.evidence_end - e.evidence_start) AS TEXT) "
     "IS NOT e.evidence_text)"},
    {"every actor's country and parent are known actors",
     "SELECT a.code FROM actors a WHERE (a.country IS NOT NULL AND NOT EXISTS "
     "(SELECT 1 FROM actors c WHERE c.code = a.country)) OR (a.parent IS NOT NULL AND NOT EXISTS "
     "(SELECT 1 FROM actors p WHERE p.code = a.parent))"},
    {"every event's span class is its precision's or its length's, and no span is longer than "
     "its class's meta.max_span_days_<class>",
     std::string("SELECT uid FROM events WHERE span_class IS NOT ") + kSpanClassSql +
     " OR end_day - start_day > coalesce((SELECT CAST(value AS INTEGER) FROM meta "
     "WHERE key = 'max_span_days_' || span_class), -1)"},
};

}  // namespace

std::vector<std::string> Store::Check() const {
  std::vector<std::string> problems;
  try {
    SQLite::Statement integrity(*db_, "PRAGMA integrity_check");
    while (integrity.executeStep()) {
      std::string line = integrity.getColumn(0).getString();
      if (line != "ok") problems.push_back("integrity_check: " + line);
    }
    SQLite::Statement foreign(*db_, "PRAGMA foreign_key_check");
    while (foreign.executeStep()) {
      problems.push_back("foreign_key_check: table " + foreign.getColumn(0).getString() + " row " +
                         foreign.getColumn(1).getString() + " points to a missing row of " +
                         foreign.getColumn(2).getString());
    }
    // FTS5's own consistency check against its content table.
    db_->exec("INSERT INTO events_fts (events_fts, rank) VALUES ('integrity-check', 1)");
    for (const Invariant& invariant : kInvariants) {
      SQLite::Statement statement(*db_, invariant.sql);
      size_t count = 0;
      std::string examples;
      while (statement.executeStep()) {
        if (++count <= 5) examples += (count > 1 ? ", " : "") + statement.getColumn(0).getString();
      }
      if (count > 0) {
        problems.push_back(std::string(invariant.name) + ": violated by " + std::to_string(count) +
                           (count == 1 ? " row (" : " rows (") + examples + (count > 5 ? ", ..." : "") +
                           ")");
      }
    }
  } catch (const SQLite::Exception& e) {
    problems.push_back(std::string("check failed: ") + e.what());
  }
  return problems;
}

StoreStats Store::Stats() const {
  StoreStats stats;
  auto scalar = [&](const char* sql) {
    SQLite::Statement statement(*db_, sql);
    statement.executeStep();
    return statement.getColumn(0).isNull() ? std::optional<int64_t>() : statement.getColumn(0).getInt64();
  };
  auto groups = [&](const char* sql) {
    SQLite::Statement statement(*db_, sql);
    std::vector<std::pair<std::string, int64_t>> out;
    while (statement.executeStep()) {
      out.emplace_back(statement.getColumn(0).getString(), statement.getColumn(1).getInt64());
    }
    return out;
  };
  stats.articles = scalar("SELECT count(*) FROM articles").value_or(0);
  stats.events = scalar("SELECT count(*) FROM events").value_or(0);
  stats.actors_involved = scalar("SELECT count(DISTINCT actor) FROM event_actors").value_or(0);
  stats.first_day = scalar("SELECT min(start_day) FROM events");
  stats.last_day = scalar("SELECT max(end_day) FROM events");
  stats.undated = scalar("SELECT count(*) FROM events WHERE start_day IS NULL").value_or(0);
  stats.by_type = groups("SELECT type, count(*) FROM events GROUP BY type ORDER BY count(*) DESC, type");
  stats.by_factuality =
      groups("SELECT factuality, count(*) FROM events GROUP BY factuality ORDER BY count(*) DESC");
  stats.by_precision = groups(
      "SELECT CASE precision WHEN 0 THEN 'day' WHEN 1 THEN 'week' WHEN 2 THEN 'month' "
      "WHEN 3 THEN 'quarter' WHEN 4 THEN 'year' WHEN 5 THEN 'range' ELSE 'unknown' END, count(*) "
      "FROM events GROUP BY precision ORDER BY precision");
  stats.top_actors = groups(
      "SELECT a.code, count(DISTINCT ea.event) AS n FROM event_actors ea JOIN actors a "
      "ON a.id = ea.actor GROUP BY a.id ORDER BY n DESC, a.code LIMIT 10");
  stats.schema_version = user_version();
  std::error_code ec;
  stats.file_bytes = static_cast<int64_t>(std::filesystem::file_size(path_, ec));
  return stats;
}

}  // namespace timeline
