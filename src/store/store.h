#pragma once
// The only code that speaks SQL, and the one facade the rest of the program
// sees. A Store is one SQLite database file: opened with WAL and foreign keys
// on, migrated to the schema compiled into this binary (schema/*.sql, under
// PRAGMA user_version), and refused by name when a newer timeline wrote it.
// SQLiteCpp stays behind this header; the implementation is split by concept
// (store.cc lists the files).

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "model/event.h"
#include "util/error.h"

namespace timeline {

class Database;
struct QuerySql;
enum class TextPlan;
class Registry;

// What a load did, summed over documents.
struct LoadCounts {
  size_t articles_added = 0;
  size_t articles_replaced = 0;
  size_t articles_unchanged = 0;
  size_t events_added = 0;
  size_t events_changed = 0;
  size_t events_removed = 0;
  size_t events_unchanged = 0;
  LoadCounts& operator+=(const LoadCounts& other);
};

// A fact document ready to store: checked, with the article's bytes (evidence
// offsets point into them; kept so `show` can quote the paragraph).

struct StoredDocument {
  FactDocument facts;
  std::string article_bytes;
  // What tells an unchanged document or event on re-load; ComputeDigests()
  // fills them (a loader does it off the writing thread), else Batch::Add.
  std::string facts_digest;
  std::vector<std::string> event_digests;  // one per event, in order
  // Its line in a JSON Lines file (0: a whole file), so that a duplicate id
  // found while storing it can be reported at its line.
  size_t line = 0;
  // Facts a raw article's extraction produced: their ids are the extractor's,
  // which a fact file for the same article may use again in the same load, so
  // they are not held to the load's "one event per id" (LoadClaims).
  bool extracted = false;
  // Provenance: the fact file the facts came from (absolute), or for
  // extracted facts the raw article's file and the extractor's version.
  std::string source_file;
  std::string extractor;
  // A person's edits in a spreadsheet (`load edited.csv`): the article's
  // stored facts with the rows' changes. The article becomes reviewed, its
  // facts_file the sheet, but keeps its facts digest, so that loading again
  // the source that stored it (the same fact file, or an extraction giving
  // the same facts) changes nothing and the edits stay. Event digests equal
  // to the stored ones mean unchanged, whatever their format.
  bool edited = false;
  // The pseudo-article that holds a spreadsheet's new events (rows without
  // an id): provenance 'manual', facts_file the sheet.
  bool manual = false;
};

// Where a stored article's facts came from (migrations 0006, 0009).
struct ArticleSource {
  std::string provenance;  // "reviewed", "extracted", "manual" or "unknown" (stored before 0006)
  std::string facts_file;  // reviewed: the fact file
  std::string extractor;   // extracted: the extractor's version
};

// Fills document->facts_digest and event_digests.
void ComputeDigests(StoredDocument* document);

// The events one `timeline load` has stored or found unchanged so far, over
// all its batches: an event id met a second time in the same load is a
// duplicate. The database's UNIQUE index on event ids finds the earlier row;
// this tells whether that row is this load's, one bit per event key (a set
// of every id took about 80 bytes an event, most of a 10M-event load's
// memory).
class LoadClaims {
 public:
  bool Claimed(int64_t key) const;
  void Claim(int64_t key);
  // The event left the database; its id stays taken for the rest of the
  // load if this load had claimed it.
  void Release(int64_t key, const std::string& id);
  bool Released(const std::string& id) const;

 private:
  std::vector<bool> claimed_;      // by event key
  std::set<std::string> released_;  // rare: an article given twice in one load
};

// Thrown by Store::Batch::Add when events of the document have ids that
// this load (LoadClaims) already stored. As after any throw from Add, the
// document may be half written: the batch must roll back.
class DuplicateEventIds : public InputError {
 public:
  explicit DuplicateEventIds(std::vector<std::string> ids);
  const std::vector<std::string>& ids() const { return ids_; }

 private:
  std::vector<std::string> ids_;
};

// One question for the store. Every list is ANDed with the others; an empty
// list or unset value does not filter.
struct StoreQuery {
  // Each inner list is one actor with its members (roll-up); an event must
  // involve at least one actor of every inner list.
  std::vector<std::vector<int64_t>> actor_sets;
  // The actors named, before roll-up: one list per actor_sets entry, empty
  // for an exact one. Lets the store answer from its rolled-up index.
  std::vector<std::vector<int64_t>> actor_roots;
  std::optional<ActorRole> role;          // the role those actors must have
  std::optional<int64_t> from_day;        // inclusive day numbers
  std::optional<int64_t> to_day;
  bool within = false;                    // containment instead of overlap
  std::vector<std::string> types;         // SPEC type ids
  std::string fts_match;                  // an FTS5 query, built by query/
  std::string place_folded;               // substring of the folded place name
  std::vector<std::string> place_countries;  // or the place's country among these
  std::vector<Factuality> factualities;   // any of these; empty = any
  // A page of the time-ordered answer: at most `limit` events after the
  // first `offset`, counted in SQL (LIMIT, OFFSET), never read and skipped.
  std::optional<int64_t> limit;
  std::optional<int64_t> offset;
  // Order by article first (for JSON documents), then by time.
  bool group_by_article = false;
  // Reports (events rows) rather than timeline events: every article's
  // telling of an event as its own row (query --reports, JSON documents).
  bool reports = false;
  // With `reports`: each report's people's decisions (Event::merged_with,
  // split_from), for JSON documents that load back into the same events.
  bool decisions = false;
  // Timeline events told by at least this many articles (--min-sources).
  int64_t min_sources = 1;
  // Each event's quantities (EventRecord's event.quantities); false leaves
  // them empty and saves a look-up per row, for outputs that print none.
  bool with_quantities = true;
};

// What `timeline optimize` built (the read snapshot, store/snapshot.h):
// reports and timeline events copied, and actor rows (rolled up).
struct SnapshotCounts {
  int64_t reports = 0, events = 0, actor_rows = 0;
};

// A timeline event with its reports, for `timeline show`.
struct TimelineEventView {
  EventRecord event;
  std::vector<EventRecord> reports;  // lead first
  std::vector<std::string> bodies;   // each report's article bytes
  std::vector<EventRecord> rivals;   // same type and time, other events
};

struct ActorSummary {
  int64_t key = 0;
  std::string id, name, kind, country, parent, source;
  std::vector<std::string> aliases;  // folded
  int64_t events = 0;
};

struct StoreStats {
  int64_t articles = 0, events = 0, actors_involved = 0;
  std::optional<int64_t> first_day, last_day;
  std::vector<std::pair<std::string, int64_t>> by_type, by_factuality, by_precision, top_actors;
  // Where the facts came from (migration 0006): articles and their events per
  // provenance (reviewed, extracted, unknown), and articles per extractor
  // version (extracted ones) and per fact file (reviewed ones, the ten with
  // most articles).
  struct Provenance {
    std::string provenance;
    int64_t articles = 0, events = 0;
  };
  std::vector<Provenance> by_provenance;
  std::vector<std::pair<std::string, int64_t>> extractors, fact_files;
  int64_t articles_with_url = 0;
  int64_t undated = 0;
  int schema_version = 0;
  int64_t file_bytes = 0;
};

class Store {
 public:
  // kCreate: created if missing, migrated (load). kExisting: must exist,
  // migrated (migrate, remove). kDryRun: must exist; migrated and written
  // as kExisting would be, inside one transaction rolled back when the
  // Store goes (load --dry-run, remove --dry-run). kReadOnly: must exist, opened with
  // SQLITE_OPEN_READONLY and never migrated or written (query, export,
  // actors, show, stats, check): an empty file or an older schema is an
  // error that says to run `timeline migrate`.
  enum class Mode { kCreate, kExisting, kReadOnly, kDryRun };
  // kOneThread: one thread at a time uses the store, so SQLite takes no mutex
  // on each call (5% of an export's time, perf). kThreads: calls may come from
  // two threads at once (the loader's reader looks actors up while its writer
  // inserts), so SQLite serialises them.
  enum class Threads { kOneThread, kThreads };

  // Opens `path` as `mode` says; unless read-only, migrates it and syncs the
  // registry's actors when the registry changed. Throws timeline::Error naming
  // the path: no database there (kExisting, kReadOnly), not a timeline
  // database, written by a newer version, empty or older (kReadOnly), or
  // SQLite failures.
  Store(const std::string& path, Mode mode, const Registry& registry,
        Threads threads = Threads::kOneThread);
  ~Store();
  Store(const Store&) = delete;
  Store& operator=(const Store&) = delete;

  // The schema version this binary writes (the number of the last migration).
  static int SchemaVersion();
  int user_version() const;
  // The file's schema version when opened, before any migration (0: new).
  int version_at_open() const;

  // Loads the documents of one input file in one transaction: all of them or,
  // if anything throws, none. A document whose article is already stored
  // replaces that article's events (ids kept, changed ones revised, missing
  // ones removed); the same document again changes nothing. Its events'
  // decisions (merged_with, split_from) are added to merge_decisions at
  // commit, and re-clustered with the load; a pair decided before keeps its
  // decision, and no load removes one.
  // Throws timeline::InputError when an event id already belongs to another
  // article, and DuplicateEventIds when `claims` (if given: one for all the
  // batches of a load) says this load stored the id already.
  // A batch into an empty database is a bulk load: its secondary indexes are
  // dropped and built again at commit, and it runs in rollback-journal mode
  // rather than WAL (back to WAL after it, committed or not).
  class Batch {
   public:
    explicit Batch(Store& store, LoadClaims* claims = nullptr);
    ~Batch();  // rolls back unless Commit() was called
    void Add(const StoredDocument& document);
    void Commit();
    const LoadCounts& counts() const { return counts_; }
    // After Commit: each decision of the documents (merged_with,
    // split_from) that a stored decision contradicts, kept out.
    const std::vector<std::string>& warnings() const { return warnings_; }

   private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
    LoadCounts counts_;
    std::vector<std::string> warnings_;
  };

  // Actor keys whose code or alias folds to `folded`; registry actors first.
  std::vector<int64_t> FindActors(const std::string& folded) const;
  // `actor` and every actor whose country or parent chain leads to it and
  // that takes part in some event.
  std::vector<int64_t> ActorWithMembers(int64_t actor) const;
  // Every folded alias with the display name of its actor (for suggestions).
  std::vector<std::pair<std::string, std::string>> AllNames() const;
  // Whether `code` names a known actor, and its display name / country.
  std::optional<ActorSummary> FindActorByCode(const std::string& code) const;

  // Calls `row` for each event matching `query` in time order (start day, then
  // finer precision first, then end day; undated last), as they are read.
  // While the read snapshot is fresh and answers questions of the query's
  // class (store/snapshot.h, SnapshotServes), reads it instead: the same
  // records in the same order.
  // Unless query.reports, each timeline event once, at the place of its
  // first matching report, with the merged date, title, actors and sources
  // (EventRecord::sources); a limit counts timeline events.
  void Find(const StoreQuery& query, const std::function<void(const EventRecord&)>& row) const;
  // The plan SQLite picks for `query`: EXPLAIN QUERY PLAN lines, each
  // indented two spaces per level below the top. A limited query's outer
  // level scans its at most `limit` keys in their order (kLimitedKeysTable,
  // store/query_sql.h) and reads each row by key; its arms below read
  // indexes in time order.
  std::vector<std::string> Explain(const StoreQuery& query) const;

  // Builds the read snapshot again, whole, in one write transaction
  // (`timeline optimize`; docs/design.md, "The read snapshot"). Queries
  // read it until the next write of any kind.
  SnapshotCounts BuildReadSnapshot();
  // Whether the snapshot is fresh: built, and no write since.
  bool ReadSnapshotFresh() const;
  // Whether Find would answer `query` from the snapshot.
  bool AnswersFromSnapshot(const StoreQuery& query) const;

  // Removes articles (named by id, source URL or stored path, as given or made absolute)
  // with their events, and single events (by id), in one transaction. Each
  // event leaves a tombstone (FindRemoved). A name that is neither is an
  // InputError naming it, and nothing is removed. An article that lost
  // single events loads again in full (its facts no longer count as
  // unchanged).
  struct RemovedArticle {
    std::string id, path;
    size_t events = 0;
  };
  struct RemovedEvent {
    std::string id, article_path;
  };
  struct Removal {
    std::vector<RemovedArticle> articles;
    std::vector<RemovedEvent> events;  // removed singly
  };
  Removal Remove(const std::vector<std::string>& names);

  // Calls `row` for each removed event's tombstone, by start day (undated
  // last): record.removed set, revision the cancellation's SEQUENCE,
  // modified the removal's time; no actors or quantities.
  void FindRemoved(const std::function<void(const EventRecord&)>& row) const;

  // Where the facts of the article with this id, or else of the one stored
  // with `url` or from `path` (an earlier version of its text: the writer's
  // order), came from; nullopt when none is stored.
  std::optional<ArticleSource> FindArticleSource(const std::string& article_id,
                                                 const std::string& path = "",
                                                 const std::string& url = "") const;

  // The stored facts of the article with this code as one document, for
  // edits that rewrite it (a spreadsheet's rows): its events in their
  // order, the article's bytes, the article's facts digest and each event's
  // content digest as stored (an event no edit touched then compares
  // unchanged). nullopt when no article has this code.
  std::optional<StoredDocument> FindStoredDocument(const std::string& article_code) const;

  // A timeline event by its id or the id of one of its reports: the event
  // as queries show it, each report with its article's bytes, and the
  // reports of its type and time that it did not merge (for `show`, which
  // judges which of them disagree).
  std::optional<TimelineEventView> FindTimelineEvent(const std::string& uid) const;
  // The timeline event of several reports whose id is `uid`, as queries
  // and exports show it; nullopt for a report alone or an unknown id (one
  // index look-up then: a spreadsheet's rows ask this one by one).
  std::optional<EventRecord> FindMergedEvent(const std::string& uid) const;
  // People's decisions (`timeline merge`, `timeline split`), stored and
  // applied at once; later loads respect them. Merge: the timeline events
  // (or reports) named become one. Split: the timeline event named falls
  // into its reports, which the rule never merges again. An unknown id is
  // an InputError naming it, and nothing changes. Returns the id of the
  // resulting event (merge) or the reports' ids (split).
  std::string Merge(const std::vector<std::string>& ids);
  std::vector<std::string> Split(const std::string& id);

  // One event by its id, with the article's bytes for context.
  std::optional<EventRecord> FindEvent(const std::string& uid, std::string* article_bytes) const;
  // Actors with their aliases and event counts; all when `keys` is empty.
  std::vector<ActorSummary> Actors(const std::vector<int64_t>& keys) const;
  StoreStats Stats() const;
  // Runs PRAGMA integrity_check and foreign_key_check and the project's own
  // invariants (every event has its article, intervals are ordered and agree
  // with their precision's shape, every actor id is known, event_actors'
  // copies of the days match their event, the full-text index matches).
  // Returns one line per problem; empty when all is well.
  std::vector<std::string> Check() const;

  Threads threads() const { return threads_; }

 private:
  friend struct StoreTesting;  // store/testing.h: the benchmarks' hooks
  // The SQL of an answer, its plan chosen from the database's statistics
  // (span classes, how many events the words match); the plan and the count
  // it was chosen by, for the benchmarks, where asked.
  QuerySql Compile(const StoreQuery& query, TextPlan* plan = nullptr, int64_t* matching = nullptr) const;
  // The file, its schema and meta (store/database.h). The facade's parts
  // (writer.cc, actors.cc, checks.cc) each reach SQLite through it.
  std::unique_ptr<Database> database_;
  Threads threads_;
};

}  // namespace timeline
