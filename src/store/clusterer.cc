// The clusterer: which reports are one timeline event (clusterer.h). It
// finds the connected set of the changed reports through indexes, asks the
// merge rule (merge/merge_rule.h) how that set falls into events, and writes
// the difference: events.cluster, timeline_events rows, revisions and the
// tombstones that let a calendar drop an event id no longer shown.

#include "store/clusterer.h"

#include <SQLiteCpp/SQLiteCpp.h>
#include <sqlite3.h>

#include <algorithm>
#include <climits>
#include <cstdint>
#include <cstdlib>
#include <deque>
#include <map>
#include <optional>
#include <set>
#include <stdexcept>
#include <string>
#include <string_view>
#include <tuple>
#include <unordered_map>
#include <unordered_set>

#include "merge/merge_rule.h"
#include "model/date_span.h"
#include "store/database.h"
#include "store/new_reports.h"
#include "store/set_sweep.h"
#include "store/timeline_event.h"
#include "store/write_statement.h"
#include "util/hash.h"
#include "util/text.h"

namespace timeline {

// Reports of the same type whose interval may hold the frontier report's or
// be held by it (both at most 31 days long: days, weeks, months, short
// spans; span classes 0, 1, 2, 5), from another article. One index range of
// events_by_type (type, span_class, time_key, end_day) per class. CROSS JOIN
// keeps the frontier first: with statistics SQLite would rather scan events.
// A pair of two frontier reports is found once (from the smaller key).
const char* const kCandidatePairsSql =
    "SELECT f.id AS a, b.id AS b FROM merge_frontier f CROSS JOIN events x ON x.id = f.id "
    "JOIN events b ON b.type = x.type AND b.span_class IN (0, 1, 2, 5) "
    "AND b.time_key BETWEEN (x.start_day - 31) * 8 AND x.end_day * 8 + 7 "
    "AND b.end_day >= x.start_day AND b.article <> x.article "
    "AND (b.id > x.id OR NOT EXISTS (SELECT 1 FROM merge_frontier g WHERE g.id = b.id)) "
    "WHERE x.start_day IS NOT NULL AND x.span_class IN (0, 1, 2, 5) AND x.end_day - x.start_day < 31 "
    "AND b.end_day - b.start_day < 31";

namespace {

// The same look-up for every report from :first up (a load's new events),
// read from the index alone in its order: the start day is time_key / 8, and
// same-article pairs are left to the rule, so that neither side reads the
// table (a table look-up per candidate made a bulk load 3x slower, in
// pread). A pair of two new reports is found once, from the smaller key.
constexpr const char* kNewCandidatePairs =
    "SELECT x.id AS a, b.id AS b FROM events x INDEXED BY events_by_type "
    "CROSS JOIN events b INDEXED BY events_by_type ON b.type = x.type AND b.span_class IN (0, 1, 2, 5) "
    "AND b.time_key BETWEEN ((x.time_key >> 3) - 31) * 8 AND x.end_day * 8 + 7 "
    "AND b.end_day >= (x.time_key >> 3) AND b.end_day - (b.time_key >> 3) < 31 "
    "AND (b.id > x.id OR b.id < :first) "
    "WHERE x.id >= :first AND x.span_class IN (0, 1, 2, 5) AND x.time_key < 1125899906842624 "
    "AND x.end_day - (x.time_key >> 3) < 31";
// People's merges of the new reports (a report loaded again after a decision).
constexpr const char* kNewMergedPairs =
    "SELECT x.id, o.id FROM events x JOIN merge_decisions d ON d.a = x.uid JOIN events o ON o.uid = d.b "
    "WHERE x.id >= :first AND d.decision = 'merge' "
    "UNION ALL SELECT x.id, o.id FROM events x JOIN merge_decisions d ON d.b = x.uid "
    "JOIN events o ON o.uid = d.a WHERE x.id >= :first AND d.decision = 'merge'";

constexpr const char* kCreateTemp =
    "CREATE TEMP TABLE IF NOT EXISTS merge_frontier (id INTEGER PRIMARY KEY);"
    "CREATE TEMP TABLE IF NOT EXISTS merge_nodes (id INTEGER PRIMARY KEY);"
    "DELETE FROM merge_frontier; DELETE FROM merge_nodes;";
constexpr const char* kInsertFrontier = "INSERT OR IGNORE INTO merge_frontier (id) VALUES (:id)";
constexpr const char* kInsertNode = "INSERT OR IGNORE INTO merge_nodes (id) VALUES (:id)";
constexpr const char* kClusterMembers = "SELECT id FROM events WHERE cluster = :cluster";
// Reports already in one event with a frontier report.
constexpr const char* kClusterMatePairs =
    "SELECT f.id, m.id FROM merge_frontier f CROSS JOIN events x ON x.id = f.id "
    "JOIN events m ON m.cluster = x.cluster WHERE x.cluster IS NOT NULL AND m.id <> x.id";
// Reports a person merged with a frontier report, and a person's splits
// (needed only between loaded reports: kNodeDecisions).
constexpr const char* kMergedPairs =
    "SELECT x.id, o.id FROM merge_frontier f CROSS JOIN events x ON x.id = f.id "
    "JOIN merge_decisions d ON d.a = x.uid JOIN events o ON o.uid = d.b WHERE d.decision = 'merge' "
    "UNION ALL SELECT x.id, o.id FROM merge_frontier f CROSS JOIN events x ON x.id = f.id "
    "JOIN merge_decisions d ON d.b = x.uid JOIN events o ON o.uid = d.a WHERE d.decision = 'merge'";
constexpr const char* kNodeDecisions =
    "SELECT ea.id, eb.id, d.decision FROM merge_decisions d JOIN events ea ON ea.uid = d.a "
    "JOIN merge_nodes na ON na.id = ea.id JOIN events eb ON eb.uid = d.b "
    "JOIN merge_nodes nb ON nb.id = eb.id";
// (The article and the actor of each come from ReportParts, read once.)
constexpr const char* kNodeReports =
    "SELECT e.id, e.uid, e.article, e.type, e.start_day, e.end_day, e.precision, "
    "e.factuality, e.place_name, e.place_country, e.title, e.cluster, e.revision "
    "FROM merge_nodes n CROSS JOIN events e ON e.id = n.id";
// Each report's actors, with what the event's stored row shows of them
// (ordered by seq, as the row reader orders a query's actors_json).
constexpr const char* kNodeActors =
    "SELECT ea.event, ea.actor, ea.role, ea.country, ea.name, ea.seq "
    "FROM merge_nodes n CROSS JOIN event_actors ea ON ea.event = n.id";
constexpr const char* kActorChains = "SELECT code, kind, country, parent FROM actors";
constexpr const char* kSelectCluster =
    "SELECT id, uid, digest, revision FROM timeline_events WHERE id = :id";
constexpr const char* kSelectClusterByUid =
    "SELECT id, digest, revision FROM timeline_events WHERE uid = :uid";
constexpr const char* kInsertCluster =
    "INSERT INTO timeline_events (uid, lead, title, start_day, end_day, precision, sources, disputed, "
    "digest, revision, modified_at) VALUES (:uid, :lead, :title, :start_day, :end_day, :precision, "
    ":sources, :disputed, :digest, :revision, :now)";
// The same with what a query shows of it (TimelineEventComposer::StoreRow's
// columns), for a bulk load's new events: one statement each, not two.
constexpr const char* kInsertClusterWithRow =
    "INSERT INTO timeline_events (uid, lead, title, start_day, end_day, precision, sources, disputed, "
    "digest, revision, modified_at, shown, actors_json, sources_json, report_ids_json) VALUES (:uid, :lead, "
    ":title, :start_day, :end_day, :precision, :sources, :disputed, :digest, :revision, :now, :shown, "
    ":actors_json, :sources_json, :report_ids_json)";
constexpr const char* kUpdateCluster =
    "UPDATE timeline_events SET lead = :lead, title = :title, start_day = :start_day, end_day = :end_day, "
    "precision = :precision, sources = :sources, disputed = :disputed, digest = :digest, "
    "revision = :revision, modified_at = :now WHERE id = :id";
constexpr const char* kDeleteCluster = "DELETE FROM timeline_events WHERE id = :id";
constexpr const char* kSetCluster = "UPDATE events SET cluster = :cluster WHERE id = :id";
constexpr const char* kSetReportRevision =
    "UPDATE events SET revision = :revision, modified_at = :now WHERE id = :id";
// A calendar id no longer shown (a report joined another's event, or an
// event's lead changed): its tombstone, with the SEQUENCE that cancels it.
constexpr const char* kRetire =
    "INSERT OR REPLACE INTO removed_events (uid, type, title, start_day, end_day, precision, "
    "date_text, factuality, evidence_text, article_code, article_title, article_path, revision, "
    "removed_at) SELECT e.uid, e.type, e.title, e.start_day, e.end_day, e.precision, e.date_text, "
    "e.factuality, e.evidence_text, a.code, a.title, a.path, :revision, :now "
    "FROM events e JOIN articles a ON a.id = e.article WHERE e.id = :id";
// The report itself is gone (removed): its own tombstone is raised above the event's.
constexpr const char* kRaiseTombstone =
    "UPDATE removed_events SET revision = max(revision, :revision) WHERE uid = :uid";
// Shown again: the tombstone goes, its revision is the floor.
constexpr const char* kUnretire = "DELETE FROM removed_events WHERE uid = :uid RETURNING revision";

// Reports per batch of connected sets: about this many (a set is never
// cut, so one larger set makes a larger batch). Small enough that a bulk
// load's memory stays near a load without merging, large enough that each
// batch's statements run over many reports. TIMELINE_MERGE_BATCH (a
// positive number) sets it, so that tests cross batch boundaries with a
// small corpus (tests/cli/merge_test.cc); an answer never depends on it.
constexpr size_t kBatchReports = 4096;

size_t BatchReports() {
  if (const char* value = std::getenv("TIMELINE_MERGE_BATCH"); value && *value) {
    char* end = nullptr;
    unsigned long long n = std::strtoull(value, &end, 10);
    if (*end == '\0' && n > 0) return static_cast<size_t>(n);
  }
  return kBatchReports;
}

// Whether a bulk load clusters from the reports the pair filter's passes
// held (HeldReports), as it does unless TIMELINE_MERGE_HOLD=0: so that a
// test can compare it with reading each chunk's reports, the way a load
// whose reports do not fit what is held goes.
bool HoldReports() {
  const char* value = std::getenv("TIMELINE_MERGE_HOLD");
  return !(value && std::string(value) == "0");
}

// The statements every batch runs, prepared once.
struct Statements {
  SQLite::Statement &select_cluster, &select_by_uid;
  WriteStatement &insert_cluster, &insert_cluster_row, &update_cluster;
  SQLite::Statement &delete_cluster, &set_cluster, &set_revision, &retire, &raise, &unretire, &insert_node,
      &node_reports, &node_actors;
};

// ... and the statements themselves.
struct PreparedStatements {
  explicit PreparedStatements(SQLite::Database& db)
      : select_cluster(db, kSelectCluster),
        select_by_uid(db, kSelectClusterByUid),
        insert_cluster(db, kInsertCluster),
        insert_cluster_row(db, kInsertClusterWithRow),
        update_cluster(db, kUpdateCluster),
        delete_cluster(db, kDeleteCluster),
        set_cluster(db, kSetCluster),
        set_revision(db, kSetReportRevision),
        retire(db, kRetire),
        raise(db, kRaiseTombstone),
        unretire(db, kUnretire),
        insert_node(db, kInsertNode),
        node_reports(db, kNodeReports),
        node_actors(db, kNodeActors) {}
  Statements Refs() {
    return Statements{select_cluster, select_by_uid, insert_cluster, insert_cluster_row, update_cluster,
                      delete_cluster, set_cluster,   set_revision,   retire,             raise,
                      unretire,       insert_node,   node_reports,   node_actors};
  }
  SQLite::Statement select_cluster, select_by_uid;
  // The events' rows (a bulk load inserts 155k at 1M), bound by parameter
  // numbers resolved once and text in place (write_statement.h): SQLiteCpp's
  // bind by name compares each name with the statement's fifteen and copies
  // each JSON column. One binding of their shared columns serves all three.
  WriteStatement insert_cluster, insert_cluster_row, update_cluster;
  SQLite::Statement delete_cluster, set_cluster, set_revision, retire, raise, unretire, insert_node, node_reports,
      node_actors;
};

// A row of a Database::KeptStatement, read with SQLite's own functions: the
// bulk path's passes read millions of rows (every new report and each of
// its actor rows), and each SQLiteCpp Column copies the statement's shared
// pointer (two atomic operations a column: 1.2% of a 1M bulk load's user
// time under re-clustering, perf).
class RawRow {
 public:
  explicit RawRow(const Database::KeptStatement& statement) : statement_(statement.handle()) {}
  bool Null(int column) const { return sqlite3_column_type(statement_, column) == SQLITE_NULL; }
  int64_t Int(int column) const { return sqlite3_column_int64(statement_, column); }
  std::string_view Text(int column) const {  // NULL: ""
    const unsigned char* text = sqlite3_column_text(statement_, column);
    if (!text) return {};
    return {reinterpret_cast<const char*>(text), static_cast<size_t>(sqlite3_column_bytes(statement_, column))};
  }
  // An actor row's form number (NewReports::ActorRow's): none here.
  int64_t Form() const { return -1; }

 private:
  sqlite3_stmt* statement_;
};

// An actor as the rule compares it: its state, else the top of its body
// chain, else itself.
class RollUp {
 public:
  explicit RollUp(SQLite::Database& db) {
    SQLite::Statement chains(db, kActorChains);
    while (chains.executeStep()) {
      Entry& e = entries_[chains.getColumn(0).getString()];
      e.state = chains.getColumn(1).getString() == "state";
      e.country = chains.getColumn(2).isNull() ? "" : chains.getColumn(2).getString();
      e.parent = chains.getColumn(3).isNull() ? "" : chains.getColumn(3).getString();
    }
  }
  std::string Key(const std::string& code, const std::string& country) const {
    if (!country.empty()) return country;
    std::string at = code;
    for (int depth = 0; depth < 16; ++depth) {  // chains are short; a cycle must not hang
      auto found = entries_.find(at);
      if (found == entries_.end() || found->second.state) return at;
      if (!found->second.country.empty()) return found->second.country;
      if (found->second.parent.empty()) return at;
      at = found->second.parent;
    }
    return at;
  }

 private:
  struct Entry {
    bool state = false;
    std::string country, parent;
  };
  std::unordered_map<std::string, Entry> entries_;
};

// What a batch's reports name, read once for a whole re-clustering rather
// than joined to every report read: the articles (each article's code,
// title, date, language, path and URL; a bulk load's all in one ordered
// pass, other loads' as met) and the actors (the registry: a few hundred
// rows), each actor's rolled-up key computed once. A bulk load of 1M events
// read an article row at a random page per report it clustered (650k),
// and joined each of its 1.4M actor rows to actors.
class ReportParts {
 public:
  struct Article {
    ArticleInfo info;
    std::string published;  // YYYY-MM-DD, "" when unknown
  };
  struct Actor {
    std::string code, name, country;  // name and country "" when NULL
    bool has_country = false;
    std::string key;  // rolled up with its own country (RollUp::Key)
  };

  ReportParts(SQLite::Database& db, const RollUp& roll_up, bool all_articles)
      : roll_up_(roll_up), article_(db, std::string(kArticles) + " WHERE id = :id") {
    SQLite::Statement actors(db, "SELECT id, code, name, country FROM actors");
    while (actors.executeStep()) {
      Actor& a = actors_[actors.getColumn(0).getInt64()];
      a.code = actors.getColumn(1).getString();
      a.name = actors.getColumn(2).isNull() ? "" : actors.getColumn(2).getString();
      a.has_country = !actors.getColumn(3).isNull();
      a.country = a.has_country ? actors.getColumn(3).getString() : "";
      a.key = roll_up_.Key(a.code, a.country);
    }
    if (!all_articles) return;
    SQLite::Statement articles(db, kArticles);
    while (articles.executeStep()) Add(articles);
  }

  // The article, or nullptr when there is none (the report is then skipped,
  // as the join it replaces would).
  const Article* ArticleOf(int64_t id) {
    if (auto found = articles_.find(id); found != articles_.end()) return &found->second;
    article_.reset();
    article_.bind(":id", id);
    if (!article_.executeStep()) return nullptr;
    return Add(article_);
  }
  const Actor* ActorOf(int64_t id) const {
    auto found = actors_.find(id);
    return found == actors_.end() ? nullptr : &found->second;
  }
  // The actor's key as the rule compares it, given the row's own country
  // (event_actors.country), else the actor's.
  std::string Key(const Actor& actor, const SQLite::Column& row_country) const {
    return row_country.isNull() ? actor.key : roll_up_.Key(actor.code, row_country.getString());
  }
  template <class Row>  // RawRow or NewReports' rows
  std::string Key(const Actor& actor, const Row& row, int country) const {
    return row.Null(country) ? actor.key : roll_up_.Key(actor.code, std::string(row.Text(country)));
  }

 private:
  static constexpr const char* kArticles =
      "SELECT id, code, title, published, language, path, source_url FROM articles";

  const Article* Add(SQLite::Statement& row) {
    Article& a = articles_[row.getColumn(0).getInt64()];
    a.info.id = row.getColumn(1).getString();
    a.info.title = row.getColumn(2).getString();
    a.published = row.getColumn(3).isNull() ? "" : row.getColumn(3).getString();
    if (!a.published.empty()) a.info.published = ParseIsoDay(a.published);
    a.info.language = row.getColumn(4).isNull() ? "" : row.getColumn(4).getString();
    a.info.path = row.getColumn(5).isNull() ? "" : row.getColumn(5).getString();
    a.info.source_url = row.getColumn(6).isNull() ? "" : row.getColumn(6).getString();
    return &a;
  }

  const RollUp& roll_up_;
  SQLite::Statement article_;
  std::unordered_map<int64_t, Article> articles_;
  std::unordered_map<int64_t, Actor> actors_;
};

// What a bulk load's clustering needs of every new report, held from the
// pair filter's two ordered passes (events and event_actors by key) instead
// of read again per report at random pages as each chunk of months comes
// (650k reports and their actors at 1M events, the largest part of
// re-clustering: docs/performance.md, "Load with merging: held reports"):
// its uid, type, dates, precision and factuality, and its actor rows, each
// distinct (actor, role, name, country) numbered once: 40 bytes a
// report, its uid and 4 bytes an actor row. Only the titles that may be a
// written event's (its date's reports') are read, one look-up each.
class HeldReports {
 public:
  explicit HeldReports(SQLite::Database& db, ReportParts& parts)
      : parts_(parts), title_(db.getHandle(), "SELECT title FROM events WHERE id = :id") {}

  // The events pass's extra columns, from `column` on: uid, type, start_day,
  // end_day, precision, factuality.
  static constexpr const char* kColumns = ", uid, type, start_day, end_day, precision, factuality";
  // The actors pass's extra columns: role, name, seq (after event, target,
  // actor, country).
  static constexpr const char* kActorColumns = ", ea.role, ea.name, ea.seq";

  void Reserve(int64_t first, size_t n) {
    first_ = first;
    reports_.assign(n, Report{});
  }
  template <class Row>  // RawRow or NewReports::EventRow
  void AddEvent(int64_t key, int64_t article, uint32_t place, const Row& row, int column) {
    Report& r = At(key);
    r.present = true;
    r.article = static_cast<uint32_t>(article);
    r.place = place;
    fits_ = fits_ && article > 0 && article <= INT32_MAX;
    r.uid = static_cast<uint32_t>(uids_.size());
    const std::string_view uid = row.Text(column);
    fits_ = fits_ && uid.size() <= UINT16_MAX;
    r.uid_bytes = static_cast<uint16_t>(uid.size());
    uids_.append(uid);
    r.type = static_cast<uint8_t>(ParseEventType(row.Text(column + 1)).value_or(EventType::kStatement));
    r.precision = static_cast<uint8_t>(row.Int(column + 4));
    if (row.Null(column + 2)) {
      r.precision = static_cast<uint8_t>(DatePrecision::kUnknown);
    } else {
      const int64_t start = row.Int(column + 2), end = row.Int(column + 3);
      fits_ = fits_ && start >= INT32_MIN && start <= INT32_MAX && end >= INT32_MIN && end <= INT32_MAX;
      r.start_day = static_cast<int32_t>(start);
      r.end_day = static_cast<int32_t>(end);
    }
    r.factuality =
        static_cast<uint8_t>(ParseFactuality(row.Text(column + 5)).value_or(Factuality::kAsserted));
  }
  // One actor row (kLinkActorsFrom's columns, then kActorColumns), in
  // event_actors' order; rows of one report come together.
  template <class Row>  // RawRow or NewReports::ActorRow
  void AddActor(int64_t key, const Row& row) {
    if (key != at_) {
      Flush();
      at_ = key;
    }
    // A row the load wrote comes with its form's number (NewReports): each
    // form is looked up once, its rows then take the answer (the same: it
    // depends on nothing else of the row).
    auto* known = shown_of_form_.Of(row.Form());
    if (known && known->state == known->kDropped) return;
    if (known && known->state == known->kKnown) {
      pending_.push_back(known->value);
      pending_seqs_.push_back(row.Int(6));
      return;
    }
    const int64_t actor = row.Int(2);
    const ReportParts::Actor* named = parts_.ActorOf(actor);
    if (!named) {  // (no such actor: the join dropped the row)
      if (known) known->state = known->kDropped;
      return;
    }
    constexpr int kCountry = 3, kRole = 4, kName = 5;
    // The row's (actor, role, name, country) numbered once: among the
    // forms this actor was met in, compared part by part (a string key
    // built and hashed per row was 1.4% of a 1M bulk load's user time).
    const bool name_null = row.Null(kName), country_null = row.Null(kCountry), role_null = row.Null(kRole);
    const std::string_view name = row.Text(kName), country = row.Text(kCountry), role = row.Text(kRole);
    std::vector<uint32_t>& forms = forms_[actor];
    uint32_t found = UINT32_MAX;
    if (forms.size() <= kFormsScanned) {
      for (uint32_t at : forms) {
        const Shown& s = shown_[at];
        if (s.name_null == name_null && s.country_null == country_null && s.role_null == role_null &&
            s.name == name && s.country == country && s.role == role) {
          found = at;
          break;
        }
      }
    } else {  // an actor met in many forms: by a key of the row's parts
      FormKey(actor, name_null, name, country_null, country, role_null, role);
      if (auto it = form_ids_.find(scratch_); it != form_ids_.end()) found = it->second;
    }
    if (found == UINT32_MAX) {
      found = static_cast<uint32_t>(shown_.size());
      forms.push_back(found);
      if (forms.size() > kFormsScanned) {  // (all of this actor's forms, the first time)
        for (size_t f = forms.size() > kFormsScanned + 1 ? forms.size() - 1 : 0; f + 1 < forms.size(); ++f) {
          const Shown& s = shown_[forms[f]];
          FormKey(actor, s.name_null, s.name, s.country_null, s.country, s.role_null, s.role);
          form_ids_.emplace(scratch_, forms[f]);
        }
        FormKey(actor, name_null, name, country_null, country, role_null, role);
        form_ids_.emplace(scratch_, found);
      }
      Shown& shown = shown_.emplace_back();
      shown.name_null = name_null;
      shown.country_null = country_null;
      shown.role_null = role_null;
      shown.name = name;
      shown.country = country;
      shown.role = role;
      shown.target = role == "target";
      shown.key = parts_.Key(*named, row, kCountry);
      shown.ref.id = named->code;
      shown.ref.name = name_null ? named->name : std::string(name);
      shown.ref.country = std::string(country);
      shown.ref.role = ParseActorRole(role).value_or(ActorRole::kParticipant);
    }
    if (known) *known = {known->kKnown, found};
    pending_.push_back(found);
    pending_seqs_.push_back(row.Int(6));
  }
  // Forms of one actor compared one by one up to this many, then by key.
  static constexpr size_t kFormsScanned = 8;
  // The key of a form (actor, then name, country and role, each NULL or its
  // length and bytes), in scratch_.
  void FormKey(int64_t actor, bool name_null, std::string_view name, bool country_null, std::string_view country,
               bool role_null, std::string_view role) {
    scratch_.assign(reinterpret_cast<const char*>(&actor), sizeof actor);
    for (auto [null, text] : {std::pair(name_null, name), std::pair(country_null, country), std::pair(role_null, role)}) {
      if (null) {
        scratch_ += 'N';
        continue;
      }
      const uint32_t bytes = static_cast<uint32_t>(text.size());
      scratch_ += 'T';
      scratch_.append(reinterpret_cast<const char*>(&bytes), sizeof bytes);
      scratch_.append(text);
    }
  }

  void Flush() {
    if (at_ >= first_ && static_cast<size_t>(at_ - first_) < reports_.size()) {
      // In seq order, as ClusterBatch orders a report's actors.
      if (!std::is_sorted(pending_seqs_.begin(), pending_seqs_.end())) {
        std::vector<size_t> order(pending_seqs_.size());
        for (size_t j = 0; j < order.size(); ++j) order[j] = j;
        std::sort(order.begin(), order.end(), [&](size_t a, size_t b) { return pending_seqs_[a] < pending_seqs_[b]; });
        std::vector<uint32_t> sorted;
        for (size_t j : order) sorted.push_back(pending_[j]);
        pending_ = std::move(sorted);
      }
      Report& r = At(at_);
      r.actors = static_cast<uint32_t>(actors_.size());
      actors_.insert(actors_.end(), pending_.begin(), pending_.end());
      r.actors_end = static_cast<uint32_t>(actors_.size());
    }
    pending_.clear();
    pending_seqs_.clear();
  }
  // Ends the passes; false when the reports do not fit what is held (4 GB
  // of uids or actor rows, days or article ids past 32 bits, a uid of 64
  // kB): the batches then read them.
  bool Done() {
    Flush();
    at_ = -1;
    return fits_ && uids_.size() < UINT32_MAX && actors_.size() < UINT32_MAX;
  }
  void SetPlaces(const std::vector<std::pair<std::string, std::string>>* places) { places_ = places; }

  bool Has(int64_t key) const {
    return key >= first_ && static_cast<size_t>(key - first_) < reports_.size() && reports_[key - first_].present;
  }
  // A held report's place in the current chunk's reports (ClusterBatch),
  // by key: an array look-up where a hash map of the chunk's keys was
  // asked twice per candidate pair (8M pairs at 1M events). Slot() of a key
  // not set by this chunk may be another chunk's: the caller checks it.
  void SetSlot(int64_t key, size_t slot) {
    if (slots_.empty()) slots_.assign(reports_.size(), UINT32_MAX);
    slots_[static_cast<size_t>(key - first_)] = slot < UINT32_MAX ? static_cast<uint32_t>(slot) : UINT32_MAX;
  }
  size_t Slot(int64_t key) const {
    if (key < first_ || static_cast<size_t>(key - first_) >= slots_.size()) return SIZE_MAX;
    const uint32_t slot = slots_[static_cast<size_t>(key - first_)];
    return slot == UINT32_MAX ? SIZE_MAX : slot;
  }
  // The report as ClusterBatch reads it (the title left empty: Title), and
  // the shown form of its actors.
  int64_t Article(int64_t key) const { return reports_[static_cast<size_t>(key - first_)].article; }
  void ShownActors(int64_t key, std::vector<ActorRef>* actors) const {
    const Report& r = reports_[static_cast<size_t>(key - first_)];
    actors->clear();
    for (uint32_t a = r.actors; a < r.actors_end; ++a) actors->push_back(shown_[actors_[a]].ref);
  }
  void Fill(int64_t key, MergeReport* out) const {
    const Report& r = reports_[static_cast<size_t>(key - first_)];
    out->key = key;
    out->uid.assign(uids_, r.uid, r.uid_bytes);
    out->article = r.article;
    out->place_name = (*places_)[r.place].first;
    out->place_country = (*places_)[r.place].second;
    out->type = static_cast<EventType>(r.type);
    out->precision = static_cast<DatePrecision>(r.precision);
    out->start_day = r.start_day;
    out->end_day = r.end_day;
    out->factuality = static_cast<Factuality>(r.factuality);
    for (uint32_t a = r.actors; a < r.actors_end; ++a) {
      const Shown& shown = shown_[actors_[a]];
      (shown.target ? out->targets : out->principals).push_back(shown.key);
      ++out->actors;
    }
  }
  std::string Title(int64_t key) {
    title_.Reset();
    title_.Bind(":id", key);
    return title_.Step() ? title_.Text(0) : "";
  }

 private:
  struct Report {  // 40 bytes
    uint32_t uid = 0;  // into uids_
    uint16_t uid_bytes = 0;
    uint8_t type = 0, precision = 0, factuality = 0;
    bool present = false;
    uint32_t actors = 0, actors_end = 0;  // into actors_
    int32_t start_day = 0, end_day = 0;
    uint32_t article = 0, place = 0;  // articles.id; LinkFilter's place
  };
  struct Shown {
    bool target = false;
    std::string key;  // rolled up, as the rule compares it
    ActorRef ref;     // as the event's stored row shows it
    // The row's own parts (event_actors' name, country and role, each NULL
    // or its text), which tell one form from another.
    bool name_null = false, country_null = false, role_null = false;
    std::string name, country, role;
  };
  Report& At(int64_t key) { return reports_[static_cast<size_t>(key - first_)]; }

  ReportParts& parts_;
  Database::KeptStatement title_;
  const std::vector<std::pair<std::string, std::string>>* places_ = nullptr;  // LinkFilter's
  bool fits_ = true;
  int64_t first_ = 0;
  std::vector<Report> reports_;  // by key - first_
  std::vector<uint32_t> slots_;  // by key - first_: SetSlot's
  std::string uids_;
  std::vector<uint32_t> actors_;  // into shown_, each report's in seq order
  std::vector<Shown> shown_;
  std::unordered_map<int64_t, std::vector<uint32_t>> forms_;  // actors.id -> its forms in shown_
  std::unordered_map<std::string, uint32_t> form_ids_;        // FormKey -> shown_, for actors of many forms
  FormAnswers<uint32_t> shown_of_form_;  // a NewReports form's number -> shown_
  std::string scratch_;
  int64_t at_ = -1;
  std::vector<uint32_t> pending_;
  std::vector<int64_t> pending_seqs_;
};

// What the rule checks of a pair before how its dates nest and its
// factuality (articles, rolled-up principals and targets, places: merge_rule.h,
// ActorsCompatible), for every report the candidate look-up names, so that a
// pair the answer cannot depend on is dropped before its reports are read
// and clustered. The look-up returns every pair of one type whose dates
// overlap (404k pairs from 100k generated reports); most name different
// states. A load's new reports are read in two ordered passes (events and
// event_actors by key), older ones as the look-up meets them; held compactly
// (16 bytes a report and 4 a key), each actor key and place once.
class LinkFilter {
 public:
  LinkFilter(SQLite::Database& db, const RollUp& roll_up, std::optional<int64_t> first_new,
             HeldReports* held = nullptr, NewReports* captured = nullptr)
      : roll_up_(roll_up),
        event_(db.getHandle(), "SELECT article, place_name, place_country FROM events WHERE id = :id"),
        actors_(db.getHandle(), kLinkActorsOf) {
    places_.emplace(Place{}, 0);
    place_list_.emplace_back();
    {
      SQLite::Statement actors(db, "SELECT id, code, country FROM actors");
      while (actors.executeStep()) {
        ActorKeys& keys = actors_of_[actors.getColumn(0).getInt64()];
        keys.code = actors.getColumn(1).getString();
        keys.country = actors.getColumn(2).isNull() ? "" : actors.getColumn(2).getString();
      }
    }
    if (!first_new) return;
    first_ = *first_new;
    int64_t last = db.execAndGet("SELECT coalesce(max(id), 0) FROM events").getInt64();
    if (last < first_) return;
    entries_.resize(static_cast<size_t>(last - first_ + 1));
    if (held) {
      held->Reserve(first_, entries_.size());
      held->SetPlaces(&place_list_);
    }
    // One row of each pass, from the database or as the load wrote it.
    auto event_row = [&](const auto& row) {
      const int64_t key = row.Int(0);
      Entry& e = entries_[static_cast<size_t>(key - first_)];
      e.present = true;
      e.article = Article(row.Int(1));
      e.place = PlaceOf(row, 2, 3);
      if (held) held->AddEvent(key, row.Int(1), e.place, row, 4);
    };
    int64_t at = -1;
    std::vector<uint32_t> principals, targets;
    auto flush = [&] {
      if (at >= first_ && static_cast<size_t>(at - first_) < entries_.size()) {
        Store(&entries_[static_cast<size_t>(at - first_)], &principals, &targets);
      }
      principals.clear();
      targets.clear();
    };
    auto actor_row = [&](const auto& row) {
      int64_t event = row.Int(0);
      if (event != at) {
        flush();
        at = event;
      }
      AddActor(row, &principals, &targets);
      if (held) held->AddActor(event, row);
    };
    if (captured && captured->Covers(first_, last)) {
      captured->TakeEvents(event_row);
      captured->TakeActors(actor_row);
      flush();
      return;
    }
    Database::KeptStatement events(db.getHandle(), std::string("SELECT id, article, place_name, place_country") +
                                                       (held ? HeldReports::kColumns : "") +
                                                       " FROM events WHERE id >= :first");
    events.Bind(":first", first_);
    while (events.Step()) event_row(RawRow(events));
    // event_actors is keyed by (event, actor, role): each report's actors together.
    Database::KeptStatement actors(db.getHandle(),
                                   held ? std::string(kLinkActorsSelect) + HeldReports::kActorColumns + kLinkActorsWhere
                                        : std::string(kLinkActorsFrom));
    actors.Bind(":first", first_);
    while (actors.Step()) actor_row(RawRow(actors));
    flush();
  }


  // A report's rolled-up principals, as numbers sorted and unique (none when
  // it names none, or more than 255: MayLink then keeps its pairs).
  std::pair<const uint32_t*, const uint32_t*> Principals(int64_t id) {
    const Entry& e = Get(id);
    const uint32_t* begin = keys_.data() + e.begin;
    return {begin, begin + e.principals};
  }

  // False when the rule's answer cannot depend on the pair (neither the
  // same event nor a dispute).
  bool MayLink(int64_t a, int64_t b) { return MayLink(Get(a), Get(b), keys_); }

  // The same for the sweep (set_sweep.h), by handles into a copy of its
  // spans' entries and keys made in its order: the pairs it offers are
  // neighbours there, where by key they are anywhere among the load's
  // reports (MayLink's two look-ups at random were 5% of re-clustering a 1M
  // bulk load, nearly all waiting for memory).
  void ClearLocal() {
    local_.clear();
    local_keys_.clear();
  }
  uint32_t Local(int64_t id) {
    Entry copy = Get(id);
    const auto from = keys_.begin() + copy.begin;
    copy.begin = static_cast<uint32_t>(local_keys_.size());
    local_keys_.insert(local_keys_.end(), from, from + copy.principals + copy.targets);
    local_.push_back(copy);
    return static_cast<uint32_t>(local_.size() - 1);
  }
  bool MayLinkLocal(uint32_t a, uint32_t b) const { return MayLink(local_[a], local_[b], local_keys_); }

 private:
  using Place = std::pair<std::string, std::string>;  // folded name, country
  struct Entry {
    uint32_t article = 0;  // articles.id; 0 when unknown (never equal)
    uint32_t place = 0;    // into place_list_; 0 is none
    uint32_t begin = 0;    // into keys_: its principals, then its targets
    uint8_t principals = 0, targets = 0;
    bool present = false;
  };

  bool MayLink(const Entry& x, const Entry& y, const std::vector<uint32_t>& keys) const {
    if (x.article != 0 && x.article == y.article) return false;
    const uint32_t* kx = keys.data() + x.begin;
    const uint32_t* ky = keys.data() + y.begin;
    if (!ActorsCompatible(kx, kx + x.principals, ky, ky + y.principals) ||
        !ActorsCompatible(kx + x.principals, kx + x.principals + x.targets, ky + y.principals,
                          ky + y.principals + y.targets)) {
      return false;
    }
    if (x.place == y.place) return true;
    const Place &p = place_list_[x.place], &q = place_list_[y.place];
    return PlacesCompatible(p.first, p.second, q.first, q.second);
  }

  // A report's actors: event, whether a target, actor, the row's own
  // country (the actor's code and country come from actors_of_, read once);
  // and every new report's, in key order (event_actors' own).
  static constexpr const char* kLinkActorsOf =
      "SELECT ea.event, ea.role = 'target', ea.actor, ea.country FROM event_actors ea WHERE ea.event = :id";
  static constexpr const char* kLinkActorsSelect =
      "SELECT ea.event, ea.role = 'target', ea.actor, ea.country";
  static constexpr const char* kLinkActorsWhere = " FROM event_actors ea WHERE ea.event >= :first ORDER BY ea.event";
  static constexpr const char* kLinkActorsFrom =
      "SELECT ea.event, ea.role = 'target', ea.actor, ea.country FROM event_actors ea "
      "WHERE ea.event >= :first ORDER BY ea.event";
  static uint32_t Article(int64_t id) { return id > 0 && id <= UINT32_MAX ? static_cast<uint32_t>(id) : 0; }

  template <class Row>
  uint32_t PlaceOf(const Row& row, int name, int country) {
    Place place{row.Null(name) ? "" : FoldForMatch(row.Text(name)), std::string(row.Text(country))};
    auto [it, added] = places_.emplace(std::move(place), static_cast<uint32_t>(place_list_.size()));
    if (added) place_list_.push_back(it->first);
    return it->second;
  }

  // The actor's key as kNodeActors rolls it up (the row's country, else the
  // actor's, then RollUp::Key): from actors_of_ when the row gives no country
  // of its own, so that the two million actor rows of a 1M bulk load build
  // and hash no string each.
  // A row the load wrote (NewReports) comes with its form's number: each
  // form is rolled up once, its rows then take the key.
  template <class Row>
  void AddActor(const Row& row, std::vector<uint32_t>* principals, std::vector<uint32_t>* targets) {
    const bool target = row.Int(1) != 0;
    auto* known = form_keys_.Of(row.Form());
    if (known && known->state == known->kDropped) return;
    if (known && known->state == known->kKnown) {
      (target ? targets : principals)->push_back(known->value);
      return;
    }
    const int64_t actor = row.Int(2);
    constexpr int kCountry = 3;
    uint32_t key = 0;
    auto found = actors_of_.find(actor);
    if (found == actors_of_.end()) {  // (no such actor: the join dropped the row)
      if (known) known->state = known->kDropped;
      return;
    }
    if (row.Null(kCountry)) {
      ActorKeys& keys = found->second;
      if (!keys.own) keys.own = KeyId(roll_up_.Key(keys.code, keys.country));
      key = *keys.own;
    } else {
      key = KeyId(roll_up_.Key(found->second.code, std::string(row.Text(kCountry))));
    }
    if (known) *known = {known->kKnown, key};
    (target ? targets : principals)->push_back(key);
  }

  uint32_t KeyId(std::string key) {
    return key_ids_.emplace(std::move(key), static_cast<uint32_t>(key_ids_.size())).first->second;
  }

  // Sorted and unique, as the rule holds them (more than 255 of one kind
  // keeps the pair: never dropped wrongly).
  void Store(Entry* e, std::vector<uint32_t>* principals, std::vector<uint32_t>* targets) {
    for (std::vector<uint32_t>* list : {principals, targets}) {
      std::sort(list->begin(), list->end());
      list->erase(std::unique(list->begin(), list->end()), list->end());
    }
    e->begin = static_cast<uint32_t>(keys_.size());
    if (principals->size() < 256 && targets->size() < 256) {
      e->principals = static_cast<uint8_t>(principals->size());
      e->targets = static_cast<uint8_t>(targets->size());
      keys_.insert(keys_.end(), principals->begin(), principals->end());
      keys_.insert(keys_.end(), targets->begin(), targets->end());
    }
    principals->clear();
    targets->clear();
  }

  const Entry& Get(int64_t id) {
    if (id >= first_ && static_cast<size_t>(id - first_) < entries_.size() &&
        entries_[static_cast<size_t>(id - first_)].present) {
      return entries_[static_cast<size_t>(id - first_)];
    }
    auto [it, added] = older_.try_emplace(id);
    if (!added) return it->second;
    Entry& e = it->second;
    e.present = true;
    event_.Bind(":id", id);
    if (event_.Step()) {
      const RawRow row(event_);
      e.article = Article(row.Int(0));
      e.place = PlaceOf(row, 1, 2);
    }
    event_.Reset();
    std::vector<uint32_t> principals, targets;
    actors_.Bind(":id", id);
    while (actors_.Step()) AddActor(RawRow(actors_), &principals, &targets);
    actors_.Reset();
    Store(&e, &principals, &targets);
    return e;
  }

  const RollUp& roll_up_;
  Database::KeptStatement event_, actors_;
  int64_t first_ = INT64_MAX;
  std::vector<Entry> entries_;                      // a load's new reports, by key - first_
  std::unordered_map<int64_t, Entry> older_;        // the others, as met
  std::vector<uint32_t> keys_;
  std::vector<Entry> local_;             // the sweep's copies (Local), their begin into local_keys_
  std::vector<uint32_t> local_keys_;
  std::unordered_map<std::string, uint32_t> key_ids_;
  struct ActorKeys {
    std::string code, country;    // actors.code, actors.country ("" when NULL)
    std::optional<uint32_t> own;  // its key when the row names no country
  };
  std::unordered_map<int64_t, ActorKeys> actors_of_;  // actors.id -> ...
  FormAnswers<uint32_t> form_keys_;  // a NewReports form's number -> its key
  std::map<Place, uint32_t> places_;
  std::vector<Place> place_list_;
};

// Whether a load's new reports (keys from `first` up) are at least as many
// as the older ones (by keys, a bound: removed reports leave gaps), as in a
// bulk load into a new database. Then one pass over the short spans of
// events_by_type finds their candidates faster than a look-up per report.
bool MostlyNew(SQLite::Database& db, int64_t first) {
  int64_t last = db.execAndGet("SELECT coalesce(max(id), 0) FROM events").getInt64();
  return last - first + 1 >= first - 1;
}

// Whether every report from `first` up is all there is (a load into a
// database that had none).
bool OnlyNew(SQLite::Database& db, int64_t first) {
  SQLite::Statement older(db, "SELECT NOT EXISTS (SELECT 1 FROM events WHERE id < :first)");
  older.bind(":first", first);
  older.executeStep();
  return older.getColumn(0).getInt() != 0;
}

// Every report of one type with a span the rule can merge on (span classes
// 0, 1, 2, 5; at most 31 days), in index order.
constexpr const char* kShortSpans =
    "SELECT type, time_key >> 3, end_day, id FROM events INDEXED BY events_by_type "
    "WHERE span_class IN (0, 1, 2, 5) AND time_key < 1125899906842624 AND end_day - (time_key >> 3) < 31 ORDER BY type";

// The pairs kNewCandidatePairs finds (same type, both short spans, dates
// that overlap, at least one report new; each pair once, the new report
// first), from one ordered pass over the index: each type's spans sorted by
// start day and swept, each against those that start before it ends.
template <typename Link>
void SweepNewCandidates(SQLite::Database& db, int64_t first, Link link) {
  struct Span {
    int64_t start, end, id;
  };
  std::vector<Span> spans;
  auto sweep = [&] {
    std::sort(spans.begin(), spans.end(),
              [](const Span& x, const Span& y) { return std::tie(x.start, x.id) < std::tie(y.start, y.id); });
    for (size_t i = 0; i < spans.size(); ++i) {
      for (size_t j = i + 1; j < spans.size() && spans[j].start <= spans[i].end; ++j) {
        const Span &x = spans[i], &y = spans[j];
        if (x.id >= first) {
          link(x.id, y.id);
        } else if (y.id >= first) {
          link(y.id, x.id);
        }
      }
    }
    spans.clear();
  };
  SQLite::Statement rows(db, kShortSpans);
  std::string type;
  while (rows.executeStep()) {
    if (rows.getColumn(0).getString() != type) {
      sweep();
      type = rows.getColumn(0).getString();
    }
    spans.push_back({rows.getColumn(1).getInt64(), rows.getColumn(2).getInt64(), rows.getColumn(3).getInt64()});
  }
  sweep();
}

void Unique(std::vector<std::string>* keys) {
  std::sort(keys->begin(), keys->end());
  keys->erase(std::unique(keys->begin(), keys->end()), keys->end());
}

// What a bulk load's month-by-month clustering carries from one chunk to
// the next (merge_rule.h, ClusterReports: time-local): the groups that a
// later pair may still reach or dispute, with the reports of theirs that a
// pair already called a dispute, and the day from which spans are not read
// yet.
struct ChunkCarry {
  std::vector<std::vector<int64_t>> groups;  // report keys, each group whole
  std::unordered_set<int64_t> disputed;      // reports with a dispute across groups
  int64_t open_from = INT64_MAX;             // every later pair names a report starting here or later
  // (report key, timeline event id) of every group written, for
  // events.cluster: written once at the end in key order, so that each
  // page of events is rewritten once, not at random per merged report
  // (chunks go in time order, keys in load order).
  std::vector<std::pair<int64_t, int64_t>> links;
};

// Clusters one batch of whole connected sets (`keys`, with the candidate
// pairs among them) and writes its answer: steps 2 to 4 of Recluster. With
// `carry` (a bulk load's chunk of months, its keys holding the carried
// groups'), the carried groups are restored first, and a group that a later
// chunk may still reach (a report ending on or after carry->open_from) is
// carried again instead of written.
void ClusterBatch(SQLite::Database& db, const ClusterSeeds& seeds, const std::string& now,
                  const std::vector<int64_t>& keys, std::vector<std::pair<int64_t, int64_t>> candidates,
                  bool has_decisions, bool has_tombstones, ReportParts& parts, TimelineEventComposer& composer, Statements st,
                  std::set<int64_t>* handled_clusters, ChunkCarry* carry = nullptr, HeldReports* held = nullptr);

// One type's short spans (as kShortSpans), in the index's order.
constexpr const char* kShortSpansOfType =
    "SELECT time_key >> 3, end_day, id FROM events INDEXED BY events_by_type "
    "WHERE type = :type AND span_class IN (0, 1, 2, 5) AND time_key < 1125899906842624 "
    "AND end_day - (time_key >> 3) < 31";

// The candidate pairs of a load into a database that had no reports, type
// by type, in chunks of whole months (set_sweep.h), each handed to `chunk`
// as soon as the sweep passes it. Each type's spans are read whole before
// any chunk is written.
template <typename Chunk>
void SweepNewLoadMonths(SQLite::Database& db, LinkFilter& filter, size_t chunk_reports, Chunk chunk) {
  // The types the reports have, each found by one index search after the last.
  std::vector<std::string> types;
  {
    SQLite::Statement next(db, "SELECT type FROM events INDEXED BY events_by_type WHERE type > :after "
                               "ORDER BY type LIMIT 1");
    next.bind(":after", "");
    while (next.executeStep()) {
      types.push_back(next.getColumn(0).getString());
      next.reset();
      next.bind(":after", types.back());
    }
  }
  Database::KeptStatement rows(db.getHandle(), kShortSpansOfType);
  for (const std::string& type : types) {
    std::vector<SweepSpan> spans;
    rows.Bind(":type", type);
    while (rows.Step()) {
      const RawRow row(rows);
      spans.push_back({row.Int(0), row.Int(1), row.Int(2)});
    }
    rows.Reset();
    SweepMonths(std::move(spans), filter, chunk_reports, chunk);
  }
}

}  // namespace

namespace {

// Holds the connection's own mutex while it lives. The loader's connection
// is opened for two threads (SQLITE_OPEN_FULLMUTEX: its reader thread looks
// actors up while the writer inserts), so SQLite locks it on every call
// (each step, bind and column read); re-clustering runs after the reader
// has finished, and holding the (recursive) mutex once makes each of those
// locks a re-entry by its owner, with no atomic operation: 2% of a bulk
// load's user time under re-clustering went to locking (docs/performance.md,
// "Load with merging: fewer calls into SQLite"). No-op on a connection
// opened for one thread (it has no mutex).
class HoldConnection {
 public:
  explicit HoldConnection(SQLite::Database& db) : mutex_(sqlite3_db_mutex(db.getHandle())) {
    sqlite3_mutex_enter(mutex_);
  }
  ~HoldConnection() { sqlite3_mutex_leave(mutex_); }
  HoldConnection(const HoldConnection&) = delete;
  HoldConnection& operator=(const HoldConnection&) = delete;

 private:
  sqlite3_mutex* mutex_;
};

}  // namespace

void Recluster(Database& database, const ClusterSeeds& seeds, const std::string& now) {
  SQLite::Database& db = database.sql();
  const HoldConnection hold(db);
  db.exec(kCreateTemp);
  bool has_clusters = db.execAndGet("SELECT EXISTS (SELECT 1 FROM timeline_events)").getInt() != 0;
  bool has_decisions = db.execAndGet("SELECT EXISTS (SELECT 1 FROM merge_decisions)").getInt() != 0;
  // No tombstones (a new database): no calendar id shown again needs its
  // floor (a batch only retires ids of its own reports, after this look-up).
  bool has_tombstones = db.execAndGet("SELECT EXISTS (SELECT 1 FROM removed_events)").getInt() != 0;

  // A load into a database that had no reports (nothing else to reach, no
  // decisions, no events): clustered month by month as the sweep passes
  // each chunk, carrying only the groups a later month may still reach, so
  // that memory is bounded by a chunk, not by the load or its connected sets
  // (merge_rule.h, ClusterReports: time-local).
  if (seeds.first_new && seeds.events.empty() && seeds.clusters.empty() && !has_clusters && !has_decisions &&
      OnlyNew(db, *seeds.first_new)) {
    RollUp roll_up(db);
    ReportParts parts(db, roll_up, /*all_articles=*/true);
    HeldReports held(db, parts);
    LinkFilter filter(db, roll_up, seeds.first_new, &held, seeds.captured);
    HeldReports* held_reports = held.Done() && HoldReports() ? &held : nullptr;
    TimelineEventComposer composer(db);
    PreparedStatements prepared(db);
    std::set<int64_t> handled_clusters;
    ChunkCarry carry;
    SweepNewLoadMonths(db, filter, BatchReports(), [&](std::vector<int64_t> keys,
                                                       std::vector<std::pair<int64_t, int64_t>> pairs,
                                                       int64_t open_from) {
      for (const std::vector<int64_t>& group : carry.groups) keys.insert(keys.end(), group.begin(), group.end());
      if (keys.empty()) return;  // (the end of a type with nothing open)
      std::sort(keys.begin(), keys.end());
      keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
      carry.open_from = open_from;
      ClusterBatch(db, seeds, now, keys, std::move(pairs), has_decisions, has_tombstones, parts, composer,
                   prepared.Refs(), &handled_clusters, &carry, held_reports);
    });
    std::sort(carry.links.begin(), carry.links.end());
    WriteStatement set_cluster(db, kSetCluster);  // (450k at 1M: bound by number, as the inserts)
    for (const auto& [key, cluster] : carry.links) {
      set_cluster.Int(":cluster", cluster);
      set_cluster.Int(":id", key);
      set_cluster.Run();
    }
    return;
  }

  // 1. The connected set: breadth first from the seeds, each round one
  // statement per kind of link over the whole frontier.
  // The new reports are seen from the start (a bulk load's would fill a
  // set with every key); the others as the search reaches them.
  std::unordered_set<int64_t> seen;
  auto is_new = [&](int64_t key) { return seeds.first_new && key >= *seeds.first_new; };
  // The connected sets, as the links are found (union-find by key): every
  // report to read is a key here (a set of one maps to itself), so that no
  // list of keys with repeats is held (two per candidate pair: 13 MB at
  // 100k). Each set is clustered on its own, in batches (step 2).
  std::unordered_map<int64_t, int64_t> parent;
  auto root = [&](int64_t key) {
    int64_t at = key;
    while (true) {
      auto next = parent.find(at);
      if (next == parent.end() || next->second == at) break;
      at = next->second;
    }
    if (auto found = parent.find(key); found != parent.end()) found->second = at;  // shortens the next search
    return at;
  };
  auto join = [&](int64_t a, int64_t b) {
    parent.emplace(a, a);
    parent.emplace(b, b);
    int64_t ra = root(a), rb = root(b);
    if (ra == rb) return;
    if (ra < rb) std::swap(ra, rb);
    parent[ra] = rb;  // the smaller key is the set's root
  };
  std::vector<int64_t> frontier;
  {
    SQLite::Statement members(db, kClusterMembers);
    for (int64_t cluster : seeds.clusters) {
      members.bind(":cluster", cluster);
      while (members.executeStep()) frontier.push_back(members.getColumn(0).getInt64());
      members.reset();
    }
  }
  frontier.insert(frontier.end(), seeds.events.begin(), seeds.events.end());
  for (int64_t key : frontier) {
    seen.insert(key);
    parent.emplace(key, key);
  }
  // The rule's candidate pairs (a deque: no copy, no doubled capacity as it
  // grows), those the answer can depend on.
  std::deque<std::pair<int64_t, int64_t>> candidates;
  RollUp roll_up(db);
  std::optional<LinkFilter> filter(std::in_place, db, roll_up, seeds.first_new, nullptr, seeds.captured);
  SQLite::Statement insert_frontier(db, kInsertFrontier);
  for (bool first_round = true;; first_round = false) {
    for (int64_t key : frontier) {
      insert_frontier.bind(":id", key);
      insert_frontier.exec();
      insert_frontier.reset();
    }
    std::vector<int64_t> next;
    auto link = [&](int64_t a, int64_t b, bool candidate) {
      if (candidate) {
        if (!filter->MayLink(a, b)) return;
        candidates.emplace_back(a, b);
      }
      join(a, b);
      if (!is_new(b) && seen.insert(b).second) next.push_back(b);
    };
    auto links = [&](const char* sql, bool candidate, bool from_first) {
      SQLite::Statement pairs(db, sql);
      if (from_first) pairs.bind(":first", *seeds.first_new);
      while (pairs.executeStep()) link(pairs.getColumn(0).getInt64(), pairs.getColumn(1).getInt64(), candidate);
    };
    if (first_round && seeds.first_new) {
      if (MostlyNew(db, *seeds.first_new)) {
        SweepNewCandidates(db, *seeds.first_new, [&](int64_t a, int64_t b) { link(a, b, true); });
      } else {
        links(kNewCandidatePairs, true, true);
      }
      if (has_decisions) links(kNewMergedPairs, false, true);
    }
    links(kCandidatePairsSql, true, false);
    if (has_clusters) links(kClusterMatePairs, false, false);
    if (has_decisions) links(kMergedPairs, false, false);
    db.exec("DELETE FROM merge_frontier");
    frontier = std::move(next);
    if (frontier.empty()) break;
  }
  std::unordered_set<int64_t>().swap(seen);
  filter.reset();

  // 2. The connected sets in batches of about BatchReports() reports (a set
  // is never cut): what the rule needs of each report of a batch is read
  // and clustered, and the batch's answer written, before the next (a bulk
  // load held every report with a candidate at once: 128 MB at 100k).
  std::vector<std::vector<int64_t>> batches;
  std::unordered_map<int64_t, uint32_t> batch_of;  // report key -> batch
  {
    std::vector<std::pair<int64_t, int64_t>> nodes;  // (set's root, key), sets in root order
    nodes.reserve(parent.size());
    for (const auto& entry : parent) nodes.emplace_back(root(entry.first), entry.first);
    std::unordered_map<int64_t, int64_t>().swap(parent);
    std::sort(nodes.begin(), nodes.end());
    const size_t batch_reports = BatchReports();
    batch_of.reserve(nodes.size());
    for (size_t i = 0; i < nodes.size(); ++i) {
      bool new_set = i == 0 || nodes[i].first != nodes[i - 1].first;
      if (batches.empty() || (new_set && batches.back().size() >= batch_reports)) batches.emplace_back();
      batches.back().push_back(nodes[i].second);
      batch_of.emplace(nodes[i].second, static_cast<uint32_t>(batches.size() - 1));
    }
  }
  // The pairs grouped by batch in place (a bucket permutation), so that
  // they are not held twice: batch b's are [begins[b], begins[b + 1]).
  std::vector<size_t> begins(batches.size() + 1, 0);
  {
    auto batch = [&](const std::pair<int64_t, int64_t>& pair) { return batch_of.at(pair.first); };
    for (const auto& pair : candidates) ++begins[batch(pair) + 1];
    for (size_t b = 0; b < batches.size(); ++b) begins[b + 1] += begins[b];
    std::vector<size_t> fill(begins.begin(), begins.end() - 1);
    for (size_t b = 0; b < batches.size(); ++b) {
      while (fill[b] < begins[b + 1]) {
        uint32_t to = batch(candidates[fill[b]]);
        if (to == b) {
          ++fill[b];
        } else {
          std::swap(candidates[fill[b]], candidates[fill[to]++]);
        }
      }
    }
  }
  std::unordered_map<int64_t, uint32_t>().swap(batch_of);

  TimelineEventComposer composer(db);
  PreparedStatements prepared(db);
  ReportParts parts(db, roll_up, /*all_articles=*/false);
  SQLite::Statement &select_cluster = prepared.select_cluster, &delete_cluster = prepared.delete_cluster,
                    &raise = prepared.raise;
  std::set<int64_t> handled_clusters;  // timeline events some batch had
  for (size_t batch = 0; batch < batches.size(); ++batch) {
    std::vector<std::pair<int64_t, int64_t>> pairs(candidates.begin() + begins[batch],
                                                   candidates.begin() + begins[batch + 1]);
    ClusterBatch(db, seeds, now, batches[batch], std::move(pairs), has_decisions, has_tombstones, parts,
                 composer, prepared.Refs(), &handled_clusters);
    std::vector<int64_t>().swap(batches[batch]);
  }
  // Timeline events that lost every report (all removed): gone, and the
  // lead's tombstone raised above the event's SEQUENCE.
  for (int64_t id : seeds.clusters) {
    if (handled_clusters.count(id)) continue;
    select_cluster.bind(":id", id);
    bool found = select_cluster.executeStep();
    std::string uid = found ? select_cluster.getColumn(1).getString() : "";
    int64_t revision = found ? select_cluster.getColumn(3).getInt64() : 0;
    select_cluster.reset();
    if (!found) continue;
    delete_cluster.bind(":id", id);
    delete_cluster.exec();
    delete_cluster.reset();
    raise.bind(":uid", uid);
    raise.bind(":revision", revision + 1);
    raise.exec();
    raise.reset();
  }
}

namespace {

void ClusterBatch(SQLite::Database& db, const ClusterSeeds& seeds, const std::string& now,
                  const std::vector<int64_t>& keys, std::vector<std::pair<int64_t, int64_t>> candidates,
                  bool has_decisions, bool has_tombstones, ReportParts& parts, TimelineEventComposer& composer, Statements st,
                  std::set<int64_t>* handled_clusters, ChunkCarry* carry, HeldReports* held) {
  SQLite::Statement& insert_node = st.insert_node;
  for (int64_t key : held ? std::vector<int64_t>() : keys) {
    insert_node.bind(":id", key);
    insert_node.exec();
    insert_node.reset();
  }
  // The rule's reports, and beside them what step 4 needs of each.
  std::vector<MergeReport> reports;
  std::vector<std::optional<int64_t>> cluster_before;
  std::vector<int64_t> own_revision;
  // What the event's stored row shows of each report (TimelineEventComposer).
  std::vector<const ArticleInfo*> sources;
  std::vector<std::vector<ActorRef>> actors;
  reports.reserve(keys.size());
  std::unordered_map<int64_t, size_t> index;  // events.id -> reports
  if (held) {  // a bulk load's: from what the pair filter's passes held, titles aside
    for (int64_t key : keys) {
      const ReportParts::Article* article = held->Has(key) ? parts.ArticleOf(held->Article(key)) : nullptr;
      if (!article) continue;
      MergeReport& r = reports.emplace_back();
      held->Fill(key, &r);
      Unique(&r.principals);
      Unique(&r.targets);
      r.published = article->published;
      cluster_before.push_back(std::nullopt);  // (a load into a database that had no reports)
      own_revision.push_back(0);
      sources.push_back(&article->info);
      held->SetSlot(r.key, reports.size() - 1);
    }
  } else {
    SQLite::Statement& rows = st.node_reports;
    rows.reset();
    while (rows.executeStep()) {
      const ReportParts::Article* article = parts.ArticleOf(rows.getColumn(2).getInt64());
      if (!article) continue;
      MergeReport& r = reports.emplace_back();
      r.key = rows.getColumn(0).getInt64();
      r.uid = rows.getColumn(1).getString();
      r.article = rows.getColumn(2).getInt64();
      r.published = article->published;
      r.type = ParseEventType(rows.getColumn(3).getString()).value_or(EventType::kStatement);
      r.precision = static_cast<DatePrecision>(rows.getColumn(6).getInt());
      if (rows.getColumn(4).isNull()) {
        r.precision = DatePrecision::kUnknown;
      } else {
        r.start_day = rows.getColumn(4).getInt64();
        r.end_day = rows.getColumn(5).getInt64();
      }
      r.factuality = ParseFactuality(rows.getColumn(7).getString()).value_or(Factuality::kAsserted);
      r.place_name = rows.getColumn(8).isNull() ? "" : FoldForMatch(rows.getColumn(8).getString());
      r.place_country = rows.getColumn(9).isNull() ? "" : rows.getColumn(9).getString();
      r.title = rows.getColumn(10).getString();
      cluster_before.push_back(rows.getColumn(11).isNull() ? std::nullopt
                                                           : std::optional<int64_t>(rows.getColumn(11).getInt64()));
      own_revision.push_back(rows.getColumn(12).getInt64());
      sources.push_back(&article->info);
      index.emplace(r.key, reports.size() - 1);
    }
  }
  actors.resize(reports.size());
  std::vector<std::vector<int64_t>> actor_seqs(reports.size());
  if (!held) {
    SQLite::Statement& rows = st.node_actors;
    rows.reset();
    while (rows.executeStep()) {
      auto at = index.find(rows.getColumn(0).getInt64());
      const ReportParts::Actor* named = parts.ActorOf(rows.getColumn(1).getInt64());
      if (at == index.end() || !named) continue;  // (as the joins: no report or no actor, no row)
      size_t i = at->second;
      MergeReport& r = reports[i];
      std::string role = rows.getColumn(2).getString();
      SQLite::Column country = rows.getColumn(3);
      (role == "target" ? r.targets : r.principals).push_back(parts.Key(*named, country));
      ++r.actors;
      ActorRef& actor = actors[i].emplace_back();
      actor.id = named->code;
      actor.name = rows.getColumn(4).isNull() ? named->name : rows.getColumn(4).getString();
      actor.country = country.isNull() ? "" : country.getString();
      actor.role = ParseActorRole(role).value_or(ActorRole::kParticipant);
      actor_seqs[i].push_back(rows.getColumn(5).getInt64());
    }
    for (MergeReport& r : reports) {
      Unique(&r.principals);
      Unique(&r.targets);
    }
    for (size_t i = 0; i < reports.size(); ++i) {
      const std::vector<int64_t>& seqs = actor_seqs[i];
      if (std::is_sorted(seqs.begin(), seqs.end())) continue;
      std::vector<size_t> order(seqs.size());
      for (size_t j = 0; j < order.size(); ++j) order[j] = j;
      std::sort(order.begin(), order.end(), [&](size_t a, size_t b) { return seqs[a] < seqs[b]; });
      std::vector<ActorRef> sorted;
      sorted.reserve(order.size());
      for (size_t j : order) sorted.push_back(std::move(actors[i][j]));
      actors[i] = std::move(sorted);
    }
  }
  // A report's place in `reports`, by key (as unordered_map::at, throws for
  // a key that is not there).
  auto index_of = [&](int64_t key) -> size_t {
    if (!held) return index.at(key);
    const size_t slot = held->Slot(key);
    if (slot >= reports.size() || reports[slot].key != key) throw std::out_of_range("no report " + std::to_string(key));
    return slot;
  };
  std::vector<std::pair<size_t, size_t>> pairs;
  pairs.reserve(candidates.size());
  for (const auto& [a, b] : candidates) pairs.emplace_back(index_of(a), index_of(b));
  std::vector<std::pair<int64_t, int64_t>>().swap(candidates);  // a large set's pairs are held once
  MergeDecisions decisions;
  if (has_decisions) {
    SQLite::Statement rows(db, kNodeDecisions);
    while (rows.executeStep()) {
      auto pair = std::make_pair(index_of(rows.getColumn(0).getInt64()), index_of(rows.getColumn(1).getInt64()));
      (rows.getColumn(2).getString() == "merge" ? decisions.merge : decisions.split).push_back(pair);
    }
  }

  // The groups an earlier chunk formed, as they were: the rule made them
  // (no decisions in a bulk load), so joining them first is what the
  // month-by-month pass had done before this chunk's months.
  if (carry) {
    for (const std::vector<int64_t>& group : carry->groups) {
      for (size_t i = 1; i < group.size(); ++i) decisions.merge.emplace_back(index_of(group[0]), index_of(group[i]));
    }
    carry->groups.clear();
  }

  // 3. The rule's answer.
  std::vector<std::vector<size_t>> groups = ClusterReports(reports, pairs, decisions);
  std::vector<size_t> group_of(reports.size());
  for (size_t g = 0; g < groups.size(); ++g) {
    for (size_t i : groups[g]) group_of[i] = g;
  }
  std::vector<bool> disputed(groups.size(), false);
  // A dispute is dates that overlap without one holding the other, or a
  // different factuality: a pair with neither is none, whatever else
  // CompareReports finds (so it is not asked: it compares actor keys as
  // strings, for millions of pairs in a bulk load).
  auto may_dispute = [](const MergeReport& a, const MergeReport& b) {
    const bool nested = (a.start_day <= b.start_day && b.end_day <= a.end_day) ||
                        (b.start_day <= a.start_day && a.end_day <= b.end_day);
    return !nested || a.factuality != b.factuality;
  };
  for (const auto& [a, b] : pairs) {
    if (group_of[a] != group_of[b] && may_dispute(reports[a], reports[b]) &&
        IsDispute(CompareReports(reports[a], reports[b]))) {
      disputed[group_of[a]] = disputed[group_of[b]] = true;
      if (carry) carry->disputed.insert({reports[a].key, reports[b].key});
    }
  }
  // A group a later chunk may still reach or dispute (a report of it ends
  // on or after the first start not read yet) is carried, not written.
  std::vector<bool> carried(groups.size(), false);
  if (carry) {
    for (size_t g = 0; g < groups.size(); ++g) {
      int64_t last_end = INT64_MIN;
      for (size_t i : groups[g]) {
        if (carry->disputed.count(reports[i].key)) disputed[g] = true;
        if (reports[i].precision != DatePrecision::kUnknown) last_end = std::max(last_end, reports[i].end_day);
      }
      if (last_end < carry->open_from) {
        for (size_t i : groups[g]) carry->disputed.erase(reports[i].key);
        continue;
      }
      carried[g] = true;
      std::vector<int64_t>& keys_of = carry->groups.emplace_back();
      for (size_t i : groups[g]) keys_of.push_back(reports[i].key);
    }
  }

  // 4. Write the difference. Which calendar ids were shown before (a report
  // alone, or an event's lead) with what SEQUENCE, and which are now.
  SQLite::Statement &select_cluster = st.select_cluster, &select_by_uid = st.select_by_uid,
                    &set_cluster = st.set_cluster, &set_revision = st.set_revision, &unretire = st.unretire;
  WriteStatement &insert_cluster = st.insert_cluster, &update_cluster = st.update_cluster;
  struct OldCluster {
    std::string uid;
    std::string digest;
    int64_t revision = 0;
  };
  std::map<int64_t, OldCluster> old_clusters;
  std::set<int64_t> cluster_ids;
  for (const auto& cluster : cluster_before) {
    if (cluster) cluster_ids.insert(*cluster);
  }
  handled_clusters->insert(cluster_ids.begin(), cluster_ids.end());
  for (int64_t id : cluster_ids) {
    select_cluster.bind(":id", id);
    if (select_cluster.executeStep()) {
      old_clusters[id] = {select_cluster.getColumn(1).getString(), select_cluster.getColumn(2).getString(),
                          select_cluster.getColumn(3).getInt64()};
    }
    select_cluster.reset();
  }
  std::unordered_map<std::string, int64_t> shown_before;  // uid -> SEQUENCE a calendar has
  for (size_t i = 0; i < reports.size(); ++i) {
    bool is_new = seeds.first_new && reports[i].key >= *seeds.first_new;
    if (is_new) continue;
    if (!cluster_before[i]) {
      shown_before[reports[i].uid] = own_revision[i];
    } else if (auto c = old_clusters.find(*cluster_before[i]);
               c != old_clusters.end() && c->second.uid == reports[i].uid) {
      shown_before[reports[i].uid] = c->second.revision;
    }
  }
  std::unordered_set<std::string> shown_now;
  auto unretire_floor = [&](const std::string& uid) -> int64_t {
    if (!has_tombstones) return -1;
    unretire.bind(":uid", uid);
    int64_t floor = -1;
    if (unretire.executeStep()) floor = unretire.getColumn(0).getInt64();
    unretire.reset();
    return floor;
  };
  std::set<int64_t> kept_clusters;
  for (size_t g = 0; g < groups.size(); ++g) {
    if (carried[g]) continue;  // written by the chunk that completes it
    const std::vector<size_t>& group = groups[g];
    const MergeReport& lead = reports[LeadReport(reports, group)];
    // (Both are asked only about the events and ids shown before: none in a
    // bulk load.)
    if (!shown_before.empty() || !old_clusters.empty()) shown_now.insert(lead.uid);
    auto before = shown_before.find(lead.uid);
    if (group.size() == 1) {
      const size_t i = group[0];
      if (cluster_before[i]) {
        set_cluster.bind(":cluster");  // NULL
        set_cluster.bind(":id", reports[i].key);
        set_cluster.exec();
        set_cluster.reset();
      }
      // A report shown again, or shown alone after leading an event: its
      // SEQUENCE must pass what the calendar has.
      bool was_alone = before != shown_before.end() && !cluster_before[i];
      bool is_new = seeds.first_new && reports[i].key >= *seeds.first_new;
      if (!was_alone && !is_new) {
        int64_t floor = std::max(before != shown_before.end() ? before->second : own_revision[i],
                                 unretire_floor(lead.uid));
        if (floor >= own_revision[i]) {
          set_revision.bind(":revision", floor + 1);
          set_revision.bind(":now", now);
          set_revision.bind(":id", reports[i].key);
          set_revision.exec();
          set_revision.reset();
        }
      }
      continue;
    }
    std::optional<size_t> agreed = AgreedDateReport(reports, group);
    const MergeReport& date = reports[agreed ? *agreed : LeadReport(reports, group)];
    if (held) {  // the titles that can be the event's (its date's reports'), read now
      for (size_t i : group) {
        MergeReport& r = reports[i];
        if (r.start_day == date.start_day && r.end_day == date.end_day && r.precision == date.precision) {
          r.title = held->Title(r.key);
        }
      }
    }
    const MergeReport& titled = reports[ClearestTitleReport(reports, group)];
    // Its articles, each once (sorted ids: an article's id names it as its
    // code does, articles.code being unique).
    std::vector<int64_t> articles;
    Fnv1a64Hasher digest;
    for (size_t i : group) {
      articles.push_back(reports[i].article);
      digest.Add(reports[i].uid);
      digest.Add("\n");
    }
    std::sort(articles.begin(), articles.end());
    articles.erase(std::unique(articles.begin(), articles.end()), articles.end());
    bool is_disputed = disputed[g] || !agreed;
    for (const std::string& part :
         {lead.uid, titled.title, std::to_string(date.start_day), std::to_string(date.end_day),
          std::to_string(static_cast<int>(date.precision)), std::to_string(articles.size()),
          std::string(is_disputed ? "1" : "0")}) {
      digest.Add(part);
      digest.Add("\n");
    }
    std::string hex = digest.Hex();
    std::optional<int64_t> id;
    std::string old_digest;
    int64_t revision = 0;
    // A bulk load's chunks start from no timeline events and write each
    // group once: no event has its lead's uid yet.
    if (!carry) {
      select_by_uid.bind(":uid", lead.uid);
      if (select_by_uid.executeStep()) {
        id = select_by_uid.getColumn(0).getInt64();
        old_digest = select_by_uid.getColumn(1).getString();
        revision = select_by_uid.getColumn(2).getInt64();
      }
      select_by_uid.reset();
    }
    // What queries show of it, composed as TimelineEventComposer::Compose
    // does, from the reports read above (reading them again cost 17% of
    // re-clustering a bulk load): its reports earliest published first,
    // the one with the event's date and title shown (else the lead), the
    // actors merged, each article once.
    std::vector<size_t> members = group;
    std::sort(members.begin(), members.end(), [&](size_t a, size_t b) {
      const MergeReport &x = reports[a], &y = reports[b];
      const bool x_unknown = x.published.empty(), y_unknown = y.published.empty();
      return std::tie(x_unknown, x.published, x.uid) < std::tie(y_unknown, y.published, y.uid);
    });
    size_t shown = members[0];
    for (size_t i : members) {
      const MergeReport& r = reports[i];
      bool same_date = r.precision == DatePrecision::kUnknown
                           ? date.precision == DatePrecision::kUnknown
                           : date.precision != DatePrecision::kUnknown && r.start_day == date.start_day &&
                                 r.end_day == date.end_day;
      if (same_date && r.precision == date.precision && r.title == titled.title) {
        shown = i;
        break;
      }
    }
    std::vector<const std::vector<ActorRef>*> actor_lists;
    std::vector<ArticleInfo> shown_sources;
    std::vector<std::string> report_ids;
    std::vector<bool> article_shown(articles.size(), false);
    for (size_t i : members) {
      if (held) held->ShownActors(reports[i].key, &actors[i]);
      actor_lists.push_back(&actors[i]);
      report_ids.push_back(reports[i].uid);
      const size_t a = static_cast<size_t>(std::lower_bound(articles.begin(), articles.end(), reports[i].article) -
                                           articles.begin());
      if (!article_shown[a]) {
        article_shown[a] = true;
        shown_sources.push_back(*sources[i]);
      }
    }
    const std::vector<ActorRef> merged_actors = MergeActors(actor_lists);
    bool row_written = false;
    // (Text is bound in place: what it binds outlives each Run below.)
    auto bind_content = [&](WriteStatement& s) {
      s.Int(":lead", lead.key);
      s.Text(":title", titled.title);
      if (date.precision == DatePrecision::kUnknown) {
        s.Null(":start_day");
        s.Null(":end_day");
      } else {
        s.Int(":start_day", date.start_day);
        s.Int(":end_day", date.end_day);
      }
      s.Int(":precision", static_cast<int>(date.precision));
      s.Int(":sources", static_cast<int64_t>(articles.size()));
      s.Int(":disputed", is_disputed ? 1 : 0);
      s.Text(":digest", hex);
      s.Text(":now", now);
    };
    if (id) {
      kept_clusters.insert(*id);
      if (old_digest != hex) {
        bind_content(update_cluster);
        update_cluster.Int(":revision", revision + 1);
        update_cluster.Int(":id", *id);
        update_cluster.Run();
      }
    } else {
      int64_t floor = std::max<int64_t>(before != shown_before.end() ? before->second : -1,
                                        unretire_floor(lead.uid));
      if (carry) {
        // A bulk load's new event is inserted whole (no event had it: no
        // row to keep).
        const TimelineEventComposer::RowJson json =
            TimelineEventComposer::Json(merged_actors, shown_sources, report_ids);
        WriteStatement& insert = st.insert_cluster_row;
        bind_content(insert);
        insert.Text(":uid", lead.uid);
        insert.Int(":revision", floor + 1);
        insert.Int(":shown", reports[shown].key);
        insert.Text(":actors_json", json.actors);
        insert.Text(":sources_json", json.sources);
        insert.Text(":report_ids_json", json.report_ids);
        insert.Run();
        row_written = true;
      } else {
        bind_content(insert_cluster);
        insert_cluster.Text(":uid", lead.uid);
        insert_cluster.Int(":revision", floor + 1);
        insert_cluster.Run();
      }
      id = db.getLastInsertRowid();
      kept_clusters.insert(*id);
    }
    for (size_t i : group) {
      if (cluster_before[i] == id) continue;
      if (carry) {  // a bulk load's: written at the end, in key order
        carry->links.emplace_back(reports[i].key, *id);
        continue;
      }
      set_cluster.bind(":cluster", *id);
      set_cluster.bind(":id", reports[i].key);
      set_cluster.exec();
      set_cluster.reset();
    }
    if (!row_written) {
      composer.StoreRow(*id, reports[shown].key, merged_actors, shown_sources, report_ids);
    }
  }
  // Events that no longer exist under their id.
  for (const auto& [id, old] : old_clusters) {
    if (kept_clusters.count(id)) continue;
    st.delete_cluster.bind(":id", id);
    st.delete_cluster.exec();
    st.delete_cluster.reset();
    if (shown_now.count(old.uid)) continue;  // now a report alone: revised above
    st.raise.bind(":uid", old.uid);
    st.raise.bind(":revision", old.revision + 1);
    st.raise.exec();  // the lead report was removed: its tombstone
    st.raise.reset();
  }
  for (const auto& [shown_uid, sequence] : shown_before) {
    if (shown_now.count(shown_uid)) continue;
    const std::string& uid = shown_uid;  // (a structured binding is not captured in C++17)
    auto found = std::find_if(reports.begin(), reports.end(), [&](const MergeReport& r) { return r.uid == uid; });
    if (found == reports.end()) continue;  // (each shown report is among the batch's: defensive)
    st.retire.bind(":revision", sequence + 1);
    st.retire.bind(":now", now);
    st.retire.bind(":id", found->key);
    st.retire.exec();
    st.retire.reset();
  }
  db.exec("DELETE FROM merge_nodes");
}

}  // namespace

}  // namespace timeline
