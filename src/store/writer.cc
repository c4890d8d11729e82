// The writer: a load's batch of documents in one transaction (Store::Batch),
// with the claims that find an id given twice in one load. Its row-by-row
// statements are WriteStatements; a load into an empty database is a bulk
// load (BulkJournal, indexes built at commit).

#include <SQLiteCpp/SQLiteCpp.h>
#include <sqlite3.h>

#include <algorithm>
#include <array>
#include <chrono>
#include <cstdlib>
#include <map>
#include <optional>
#include <unordered_map>

#include "model/date_span.h"
#include "store/bulk_journal.h"
#include "store/clusterer.h"
#include "store/timeline_event.h"
#include "store/database.h"
#include "store/digest.h"
#include "store/new_reports.h"
#include "store/roll_up.h"
#include "store/row_reader.h"
#include "store/store.h"
#include "store/time_order.h"
#include "store/tombstones.h"
#include "store/transaction.h"
#include "store/write_statement.h"
#include "util/error.h"
#include "util/text.h"

namespace timeline {
namespace {

constexpr const char* kSelectArticle =
    "SELECT id, facts_digest FROM articles WHERE code = :code";
// The inserts of a load take their new row's key from
// sqlite3_last_insert_rowid, not RETURNING: SQLite answers RETURNING through
// an ephemeral table, which an insert per row paid for (perf; with the
// parameter look-ups and copies WriteStatement avoids, a third of the
// writing thread's time).
constexpr const char* kInsertArticle =
    "INSERT INTO articles (code, title, published, language, path, source_url, body, facts_digest, "
    "loaded_at, provenance, facts_file, extractor) "
    "VALUES (:code, :title, :published, :language, :path, :source_url, :body, :digest, :now, "
    ":provenance, :facts_file, :extractor)";
// The earlier version of an article the load does not know by its text: the
// one stored with its URL (migration 0008), else the one stored from its
// path (0007) that has no URL, or any when the new text has none either (a
// file at the same path with another URL is another article).
constexpr const char* kSelectArticleByUrl =
    "SELECT id FROM articles WHERE source_url = :url ORDER BY id DESC LIMIT 1";
constexpr const char* kSelectArticleByPath =
    "SELECT id FROM articles WHERE path = :path AND (source_url IS NULL OR :url IS NULL) "
    "ORDER BY id DESC LIMIT 1";
// A stored version's events, for extracted facts to keep their ids where
// their evidence is the same (KeepEventIds).
constexpr const char* kSelectArticleEvidence =
    "SELECT uid, type, evidence_text FROM events WHERE article = :article ORDER BY seq";
constexpr const char* kUpdateArticle =
    "UPDATE articles SET code = :code, title = :title, published = :published, language = :language, "
    "path = :path, source_url = coalesce(:source_url, source_url), body = :body, "
    "facts_digest = :digest, loaded_at = :now, "
    "provenance = :provenance, facts_file = :facts_file, extractor = :extractor WHERE id = :id";
// The same facts, now from a source of another kind (a fact file saved from
// `extract -o` and kept by a person: extracted -> reviewed): only the
// provenance changes. The same kind from another file (a JSON export loaded
// back) changes nothing: the facts are the same.
constexpr const char* kUpdateProvenance =
    "UPDATE articles SET provenance = :provenance, facts_file = :facts_file, extractor = :extractor "
    "WHERE id = :id AND provenance IS NOT :provenance";
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
// One event into the full-text index ahead of the load's commit (see Add).
constexpr const char* kIndexEvent =
    "INSERT INTO events_fts (rowid, title, evidence_text) "
    "SELECT id, title, evidence_text FROM events WHERE id = :id";
// ... and out of it again (an event this load inserted and then updated:
// see Add).
constexpr const char* kUnindexEvent =
    "INSERT INTO events_fts (events_fts, rowid, title, evidence_text) "
    "SELECT 'delete', id, title, evidence_text FROM events WHERE id = :id";
constexpr const char* kDeleteEventActors = "DELETE FROM event_actors WHERE event = :event";
constexpr const char* kDeleteQuantities = "DELETE FROM quantities WHERE event = :event";
constexpr const char* kInsertEventActor =
    "INSERT OR IGNORE INTO event_actors (event, actor, role, name, country, seq, span_class, "
    "time_key, end_day) "
    "VALUES (:event, :actor, :role, :name, :country, :seq, :span_class, :time_key, :end_day)";
constexpr const char* kInsertQuantity =
    "INSERT INTO quantities (event, seq, value, unit, text) VALUES (:event, :seq, :value, :unit, :text)";
constexpr const char* kInsertLocalActor =
    "INSERT INTO actors (code, name, kind, country, parent, source) "
    "VALUES (:code, :name, 'other', :country, NULL, 'local') RETURNING id";
constexpr const char* kUpdateLocalActor =
    "UPDATE actors SET name = :name, country = :country WHERE id = :id AND source = 'local' "
    "AND (name IS NOT :name OR country IS NOT :country)";

constexpr const char* kInsertAlias =
    "INSERT OR IGNORE INTO actor_aliases (alias, actor) VALUES (:alias, :actor)";
constexpr const char* kDeleteRollUp = "DELETE FROM actor_timeline WHERE event = :event";
// The timeline event a report leaving the database belonged to: re-clustered at commit.
constexpr const char* kSelectEventCluster = "SELECT cluster FROM events WHERE id = :id AND cluster IS NOT NULL";
// People's decisions a fact file states (merged_with, split_from), by
// report uids (a < b, as `timeline merge`/`split` store them). A pair
// already decided keeps its decision: a load adds decisions, never drops
// or turns one (a stale export must not undo a later `timeline split`).
constexpr const char* kInsertDecision =
    "INSERT INTO merge_decisions (a, b, decision, decided_at) VALUES (:a, :b, :decision, :now) "
    "ON CONFLICT (a, b) DO NOTHING";
constexpr const char* kSelectDecision = "SELECT decision FROM merge_decisions WHERE a = :a AND b = :b";
constexpr const char* kSelectEventKey = "SELECT id FROM events WHERE uid = :uid";
// The indexes a bulk load drops and builds again (not the UNIQUE and primary
// key ones, which are part of their tables).
constexpr const char* kSecondaryIndexes =
    "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL "
    "AND tbl_name IN ('events', 'event_actors', 'actor_timeline') ORDER BY name";
// The index of reports by timeline event (0010), which a bulk load builds
// after re-clustering, not before.
constexpr const char* kClusterIndex = "events_by_cluster";
// A load's new events into the full-text index, in one statement (0002).
constexpr const char* kIndexNewEvents =
    "INSERT INTO events_fts (rowid, title, evidence_text) "
    "SELECT id, title, evidence_text FROM events WHERE id >= :first";

constexpr const char* kOptimizeIndex = "INSERT INTO events_fts (events_fts) VALUES ('optimize')";

void BindOptionalText(SQLite::Statement& statement, const char* name, const std::string& value) {
  if (value.empty()) {
    statement.bind(name);  // NULL
  } else {
    statement.bind(name, value);
  }
}

// "reviewed": a fact file or a spreadsheet's edits; "manual": a
// spreadsheet's new events (migration 0009).
const char* ProvenanceOf(const StoredDocument& document) {
  return document.manual ? "manual" : document.extracted ? "extracted" : "reviewed";
}

void BindProvenance(SQLite::Statement& statement, const StoredDocument& document) {
  statement.bind(":provenance", ProvenanceOf(document));
  BindOptionalText(statement, ":facts_file", document.extracted ? "" : document.source_file);
  BindOptionalText(statement, ":extractor", document.extracted ? document.extractor : "");
}

std::array<int64_t, kSpanClasses> MaxSpansUnset() {
  std::array<int64_t, kSpanClasses> spans;
  spans.fill(-1);
  return spans;
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

struct Store::Batch::Impl {
  Impl(Database& database, LoadClaims* claims)
      : database(database),
        db(database.sql()),
        claims(claims),
        // A dry run's transaction is open already: no journal mode change.
        journal(db, !database.dry_run()),
        transaction(database),
        select_article(db, kSelectArticle),
        select_article_by_url(db, kSelectArticleByUrl),
        select_article_by_path(db, kSelectArticleByPath),
        select_article_evidence(db, kSelectArticleEvidence),
        select_article_events(db, kSelectArticleEvents),
        select_event(db, kSelectEventByUid),
        update_event_seq(db, kUpdateEventSeq),
        delete_event(db, kDeleteEvent),
        index_event(db, kIndexEvent),
        unindex_event(db, kUnindexEvent),
        delete_event_actors(db, kDeleteEventActors),
        delete_quantities(db, kDeleteQuantities),
        select_actor(db, kSelectActorByCode),
        insert_local_actor(db, kInsertLocalActor),
        update_local_actor(db, kUpdateLocalActor),
        insert_alias(db, kInsertAlias),
        delete_roll_up(db, kDeleteRollUp),
        select_event_cluster(db, kSelectEventCluster),
        bury_event(db, kBuryEvent),
        revive_event(db, kReviveEvent),
        set_revision(db, kSetRevision),
        update_provenance(db, kUpdateProvenance),
        insert_article(db, kInsertArticle),
        update_article(db, kUpdateArticle),
        insert_event(db, kInsertEvent),
        update_event(db, kUpdateEvent),
        insert_event_actor(db, kInsertEventActor),
        insert_quantity(db, kInsertQuantity),
        now(NowUtc()) {
    tombstones = db.execAndGet(kHasTombstones).getInt() != 0;
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
  // An event stored under the id of a removed one: its tombstone goes, and
  // its revision is raised above the cancellation's.
  void Revive(int64_t key, const std::string& uid) {
    revive_event.bind(":uid", uid);
    if (revive_event.executeStep()) {
      int64_t revision = revive_event.getColumn(0).getInt64() + 1;
      revive_event.reset();
      set_revision.bind(":revision", revision);
      set_revision.bind(":id", key);
      set_revision.exec();
      set_revision.reset();
    } else {
      revive_event.reset();
    }
  }
  std::map<std::string, int64_t> ArticleEvents(int64_t article);
  void NoteDecisions(const FactDocument& facts);
  std::vector<int64_t> StoreDecisions(std::vector<std::string>* warnings);
  void ClaimUnchanged(int64_t article, const FactDocument& facts);
  // `ids_kept`: KeepEventIds made this document already.
  void Add(const StoredDocument& document, LoadCounts* counts, bool ids_kept = false);
  StoredDocument KeepEventIds(const StoredDocument& document, int64_t previous);

  Database& database;
  SQLite::Database& db;
  LoadClaims* claims;  // null: no check for ids repeated within a load
  // Before the transaction: set up before it begins, restored after it ends
  // (members are destroyed in reverse order).
  BulkJournal journal;
  WriteTransaction transaction;
  SQLite::Statement select_article, select_article_by_url, select_article_by_path, select_article_evidence,
      select_article_events, select_event, update_event_seq,
      delete_event, index_event, unindex_event, delete_event_actors, delete_quantities, select_actor,
      insert_local_actor, update_local_actor, insert_alias, delete_roll_up, select_event_cluster, bury_event,
      revive_event, set_revision, update_provenance;
  WriteStatement insert_article, update_article, insert_event, update_event, insert_event_actor,
      insert_quantity;
  std::string now;
  std::unordered_map<std::string, int64_t> actor_keys;  // code -> key, for this batch
  std::array<int64_t, kSpanClasses> max_span = MaxSpansUnset();  // per span class, this load
  // Events get ids above every existing one, so this load's inserts are
  // exactly the ids from the first of them up (full-text indexed at commit).
  std::optional<int64_t> first_inserted;
  // The reports this load inserted, as written, for re-clustering to take
  // instead of reading them back (new_reports.h); dropped when any report
  // is updated or deleted within the load.
  NewReports captured;
  bool bulk = false;  // the database was empty: no event can exist yet
  bool tombstones = false;  // removed_events has rows: a new event may revive one
  std::vector<int64_t> changed_events;  // their actor_timeline rows are rebuilt at commit
  std::vector<int64_t> left_clusters;   // timeline events that lost a report: re-clustered
  bool roll_up_stale = false;           // a local actor changed country: rebuild all
  // What timeline events show of them may have changed (timeline_event.h).
  std::vector<int64_t> replaced_articles, renamed_actors;
  std::vector<std::pair<std::string, std::string>> dropped_indexes;  // name, CREATE sql
  // The documents' decisions, stored at commit: (event id, other report's
  // id, merge (else split)). Empty for documents without any.
  struct Decision {
    std::string event, other;
    bool merge;
  };
  std::vector<Decision> decisions;
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
      if (update_local_actor.exec() > 0) {
        roll_up_stale |= select_actor_country != actor.country;
        renamed_actors.push_back(key);
      }
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
    if (sqlite3_changes(db.getHandle()) == 1) {
      captured.AddActor(key, actor_key, actor.role, actor.name, actor.country, static_cast<int64_t>(i));
    } else {
      captured.Drop();  // (a row ignored: not what was kept)
    }
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

void Store::Batch::Impl::NoteDecisions(const FactDocument& facts) {
  for (const Event& event : facts.events) {
    if (event.merged_with.empty() && event.split_from.empty()) continue;  // most events
    for (const std::string& other : event.merged_with) decisions.push_back({event.id, other, true});
    for (const std::string& other : event.split_from) decisions.push_back({event.id, other, false});
  }
}

// Stores the batch's decisions (kInsertDecision) before it re-clusters.
// Returns the keys of stored reports, loaded before this batch, that a new
// decision names: they are re-clustered with the new ones (a report this
// batch inserted is, and its decisions are read by uid when its other side
// arrives, in any later load). A decision contrary to a stored one is kept
// out, with a warning.
std::vector<int64_t> Store::Batch::Impl::StoreDecisions(std::vector<std::string>* warnings) {
  std::vector<int64_t> keys;
  if (decisions.empty()) return keys;
  SQLite::Statement insert(db, kInsertDecision), select(db, kSelectDecision), key_of(db, kSelectEventKey);
  for (const Decision& decision : decisions) {
    const std::string& a = std::min(decision.event, decision.other);
    const std::string& b = std::max(decision.event, decision.other);
    insert.bind(":a", a);
    insert.bind(":b", b);
    insert.bind(":decision", decision.merge ? "merge" : "split");
    insert.bind(":now", now);
    bool added = insert.exec() == 1;
    insert.reset();
    if (!added) {
      select.bind(":a", a);
      select.bind(":b", b);
      select.executeStep();
      bool stored_merge = select.getColumn(0).getString() == "merge";
      select.reset();
      if (stored_merge != decision.merge) {
        warnings->push_back("event " + decision.event + ": " + (decision.merge ? "merged_with" : "split_from") +
                            " \"" + decision.other + "\": these reports were " +
                            (stored_merge ? "merged" : "split") +
                            " by an earlier decision, which is kept (`timeline " +
                            (decision.merge ? "merge" : "split") + "` changes it)");
      }
      continue;
    }
    for (const std::string* uid : {&a, &b}) {
      key_of.bind(":uid", *uid);
      if (key_of.executeStep()) {
        int64_t key = key_of.getColumn(0).getInt64();
        if (!first_inserted || key < *first_inserted) keys.push_back(key);
      }
      key_of.reset();
    }
  }
  std::sort(keys.begin(), keys.end());
  keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
  return keys;
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

StoredDocument Store::Batch::Impl::KeepEventIds(const StoredDocument& document, int64_t previous) {
  std::multimap<std::pair<std::string, std::string>, std::string> earlier;  // (type, evidence) -> uid
  select_article_evidence.bind(":article", previous);
  while (select_article_evidence.executeStep()) {
    earlier.emplace(std::make_pair(select_article_evidence.getColumn(1).getString(),
                                   select_article_evidence.getColumn(2).getString()),
                    select_article_evidence.getColumn(0).getString());
  }
  select_article_evidence.reset();
  StoredDocument kept = document;
  for (Event& event : kept.facts.events) {
    auto found = earlier.find({std::string(ToString(event.type)), event.evidence.text});
    if (found == earlier.end()) continue;
    event.id = found->second;
    earlier.erase(found);  // each earlier event to one new one
  }
  kept.facts_digest.clear();  // the ids changed: digested again in Add
  kept.event_digests.clear();
  return kept;
}

void Store::Batch::Impl::Add(const StoredDocument& document, LoadCounts* counts, bool ids_kept) {
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
  std::string stored_facts_digest;
  if (select_article.executeStep()) {
    article = select_article.getColumn("id").getInt64();
    stored_facts_digest = select_article.getColumn("facts_digest").getString();
    // A spreadsheet's documents always go through: their digest is kept
    // (edited) or says nothing of what changed (manual).
    unchanged = !document.edited && !document.manual &&
                MatchesStored(stored_facts_digest, facts_digest,
                              [&] { return FactsDigestFormat1(facts, document.article_bytes); });
  }
  select_article.reset();
  // Not known by its text: a new article, or a new version of the one
  // stored with the same URL or from the same path (a corrected text),
  // whose events it replaces as a revision. Extracted facts get new ids with
  // a new text; they take back the earlier version's ids where type and
  // evidence are the same. By URL also in a bulk load (two versions of one
  // article in its first file); by path not (its articles are all new, and
  // the look-up would cost every article of a large load).
  if (!article) {
    if (!info.source_url.empty()) {
      select_article_by_url.bind(":url", info.source_url);
      if (select_article_by_url.executeStep()) article = select_article_by_url.getColumn(0).getInt64();
      select_article_by_url.reset();
    }
    if (!article && !bulk) {
      select_article_by_path.bind(":path", info.path);
      BindOptionalText(select_article_by_path, ":url", info.source_url);
      if (select_article_by_path.executeStep()) article = select_article_by_path.getColumn(0).getInt64();
      select_article_by_path.reset();
    }
    if (article && document.extracted && !ids_kept) {
      Add(KeepEventIds(document, *article), counts, true);
      return;
    }
  }
  // Whether this document's ids count against the load's others.
  bool claim = claims != nullptr && !document.extracted;
  // An unchanged document's decisions count too: a person may have added
  // them to a file loaded before (they are not in its digests).
  NoteDecisions(facts);
  if (unchanged) {
    update_provenance.bind(":id", *article);
    BindProvenance(update_provenance, document);
    update_provenance.exec();
    update_provenance.reset();
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
  write.OptionalText(":source_url", info.source_url);
  write.Blob(":body", document.article_bytes);
  // Edits keep the digest of the source that stored the facts (store.h).
  write.Text(":digest", document.edited && article ? stored_facts_digest : facts_digest);
  write.Text(":now", now);
  write.Text(":provenance", ProvenanceOf(document));
  write.OptionalText(":facts_file", document.extracted ? std::string_view() : document.source_file);
  write.OptionalText(":extractor", document.extracted ? document.extractor : std::string_view());
  write.Text(":code", info.id);
  if (article) {
    write.Int(":id", *article);
    write.Run();
    replaced_articles.push_back(*article);
    ++counts->articles_replaced;
  } else {
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
      if (old_digest == digest || MatchesStored(old_digest, digest, [&] { return EventDigestFormat1(event); })) {
        if (old_seq != static_cast<int64_t>(seq)) {
          captured.Drop();  // (seq is not kept, but any change to a kept report drops them)
          update_event_seq.bind(":seq", static_cast<int64_t>(seq));
          update_event_seq.bind(":id", key);
          update_event_seq.exec();
          update_event_seq.reset();
        }
        ++counts->events_unchanged;
        continue;
      }
      captured.Drop();  // a report changed within the load: read back at commit
      // An event this batch inserted (its article given twice, with no
      // claim on its ids: extracted text, a spreadsheet) has no words in the
      // full-text index before the commit adds them; the update trigger's
      // FTS5 'delete' of words never added corrupts the index ("database
      // disk image is malformed"). Its words go in first, and out again
      // after the trigger put the new ones in, for the commit to add once.
      const bool unindexed = first_inserted && key >= *first_inserted;
      if (unindexed) {
        index_event.bind(":id", key);
        index_event.exec();
        index_event.reset();
      }
      BindEvent(update_event, event, seq, digest);
      update_event.Int(":id", key);
      update_event.Run();
      if (unindexed) {
        unindex_event.bind(":id", key);
        unindex_event.exec();
        unindex_event.reset();
      }
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
      const bool known = event.date.known();
      captured.AddEvent(key, *article, event.id, event.type, known, known ? ToDayNumber(*event.date.start) : 0,
                        known ? ToDayNumber(*event.date.end) : 0, static_cast<int>(event.date.precision),
                        event.factuality, event.place.has_value(),
                        event.place ? std::string_view(event.place->name) : std::string_view(),
                        event.place ? std::string_view(event.place->country) : std::string_view());
      if (tombstones) Revive(key, event.id);
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
    select_event_cluster.bind(":id", key);
    if (select_event_cluster.executeStep()) left_clusters.push_back(select_event_cluster.getColumn(0).getInt64());
    select_event_cluster.reset();
    bury_event.bind(":id", key);
    bury_event.bind(":now", now);
    bury_event.exec();
    bury_event.reset();
    tombstones = true;
    captured.Drop();  // a report deleted within the load: read back at commit
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
    impl_ = std::make_unique<Impl>(*store.database_, claims);
  } catch (const SQLite::Exception& e) {
    throw Error(store.database_->path() + ": cannot start a load: " + e.what());
  }
}

Store::Batch::~Batch() = default;

void Store::Batch::Add(const StoredDocument& document) {
  try {
    impl_->Add(document, &counts_);
  } catch (const SQLite::Exception& e) {
    impl_->captured.Drop();  // (whatever the caller does next: what was kept may hold part of the document)
    throw Error("cannot store article " + document.facts.article.id + ": " + e.what());
  } catch (...) {
    impl_->captured.Drop();
    throw;
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
    // Every index a bulk load dropped but the one by timeline event, which
    // re-clustering fills: built after it, it is sorted once instead of
    // kept ordered link by link (a bulk load of 1M events writes 450k
    // links; docs/performance.md, "Load with merging: fewer calls into
    // SQLite").
    for (const auto& [name, sql] : impl_->dropped_indexes) {
      if (name != kClusterIndex) impl_->db.exec(sql);
    }
    // Reports of the same event, linked after the indexes the candidate
    // look-up reads are back (docs/design.md, "Merging reports").
    std::vector<int64_t> decided = impl_->StoreDecisions(&warnings_);
    if (impl_->first_inserted || !impl_->changed_events.empty() || !impl_->left_clusters.empty() ||
        !decided.empty()) {
      ClusterSeeds seeds;
      seeds.first_new = impl_->first_inserted;
      seeds.events = impl_->changed_events;
      seeds.events.insert(seeds.events.end(), decided.begin(), decided.end());
      seeds.clusters = impl_->left_clusters;
      seeds.captured = &impl_->captured;
      Recluster(impl_->database, seeds, impl_->now);
    }
    for (const auto& [name, sql] : impl_->dropped_indexes) {
      if (name == kClusterIndex) impl_->db.exec(sql);
    }
    RestoreTimelineEventsOf(impl_->db, impl_->replaced_articles);
    RestoreTimelineEventsNaming(impl_->db, impl_->renamed_actors);
    if (impl_->first_inserted) {
      SQLite::Statement index(impl_->db, kIndexNewEvents);
      index.bind(":first", *impl_->first_inserted);
      index.exec();
      // A load into an empty database built the whole index: merged into one
      // segment, a question that probes the index per candidate event (a
      // frequent word, TextPlan::kProbe) seeks once, not once per segment
      // (six at 1M events): half the time (docs/performance.md, "Words and
      // dates"). 1.5 s at 1M events; later loads leave the segments FTS5
      // makes, as rewriting a large index for a small load would cost more.
      if (impl_->bulk) impl_->db.exec(kOptimizeIndex);
    }
    // The longest spans only grow here; a stale, larger value is still a
    // correct (if looser) bound for interval searches.
    for (int c = 0; c < kSpanClasses; ++c) {
      if (impl_->max_span[c] < 0) continue;
      std::optional<std::string> known = impl_->database.Meta(MaxSpanKey(c));
      if (impl_->max_span[c] > (known ? std::atoll(known->c_str()) : -1)) {
        impl_->database.SetMeta(MaxSpanKey(c), std::to_string(impl_->max_span[c]));
      }
    }
    impl_->transaction.Commit();
  } catch (const SQLite::Exception& e) {
    throw Error(std::string("cannot commit the load: ") + e.what());
  }
  impl_->journal.Restore();
}

}  // namespace timeline
