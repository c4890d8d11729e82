// The Store facade: opens the database and answers questions. Its parts, one
// concept each: database.cc (open, migrations), writer.cc (Batch), query_sql.cc
// (the query compiler), row_reader.cc (rows into records), actors.cc, checks.cc
// (check and stats).

#include "store/store.h"

#include <SQLiteCpp/SQLiteCpp.h>

#include <algorithm>
#include <map>
#include <optional>
#include <set>

#include "merge/merge_rule.h"
#include "store/database.h"
#include "store/event_columns.h"
#include "store/query_sql.h"
#include "store/row_reader.h"
#include "store/snapshot.h"
#include "store/timeline_event.h"
#include "util/error.h"

namespace timeline {
namespace {

// The article by its text, else by its URL, else by its path (the writer's
// order: writer.cc, Add).
constexpr const char* kSelectArticleSource =
    "SELECT provenance, facts_file, extractor FROM articles "
    "WHERE code = :code OR source_url = :url OR (path = :path AND (source_url IS NULL OR :url IS NULL)) "
    "ORDER BY code = :code DESC, coalesce(source_url = :url, 0) DESC, id DESC LIMIT 1";

// People's decisions about a report (merge_decisions, by uid, a < b): the
// other report's uid, 'merge' or 'split'.
constexpr const char* kHasDecisions = "SELECT EXISTS (SELECT 1 FROM merge_decisions)";
constexpr const char* kDecisionsOf =
    "SELECT b, decision FROM merge_decisions WHERE a = :uid "
    "UNION ALL SELECT a, decision FROM merge_decisions WHERE b = :uid ORDER BY 1";

// Fills event->merged_with and split_from, sorted, from kDecisionsOf.
void ReadDecisions(SQLite::Statement& statement, Event* event) {
  event->merged_with.clear();
  event->split_from.clear();
  statement.bind(":uid", event->id);
  while (statement.executeStep()) {
    bool merge = statement.getColumn(1).getString() == "merge";
    (merge ? event->merged_with : event->split_from).push_back(statement.getColumn(0).getString());
  }
  statement.reset();
}

constexpr const char* kSelectStoredArticle =
    "SELECT title, published, language, path, body, facts_digest, provenance, facts_file, extractor "
    "FROM articles WHERE code = :code";

}  // namespace

int Store::SchemaVersion() { return Database::SchemaVersion(); }

Store::Store(const std::string& path, Mode mode, const Registry& registry, Threads threads)
    : threads_(threads) {
  Database::Open open = mode == Mode::kCreate     ? Database::Open::kCreate
                        : mode == Mode::kExisting ? Database::Open::kExisting
                        : mode == Mode::kDryRun   ? Database::Open::kDryRun
                                                  : Database::Open::kReadOnly;
  database_ = std::make_unique<Database>(path, open, threads == Threads::kOneThread);
  database_->Prepare(registry);
}

Store::~Store() = default;

int Store::user_version() const { return database_->UserVersion(); }

int Store::version_at_open() const { return database_->version_at_open(); }

SnapshotCounts Store::BuildReadSnapshot() {
  try {
    return BuildSnapshot(*database_);
  } catch (const SQLite::Exception& e) {
    throw Error(database_->path() + ": building the read snapshot failed: " + e.what());
  }
}

bool Store::ReadSnapshotFresh() const { return FreshSnapshotClasses(*database_).has_value(); }

bool Store::AnswersFromSnapshot(const StoreQuery& query) const {
  if (!SnapshotServes(query)) return false;
  std::optional<std::vector<int>> built = FreshSnapshotClasses(*database_);
  if (!built) return false;
  // A report of a class the question's span classes leave out is in no
  // answer of the normal path (no index range reads it): the snapshot then
  // does not answer (never the case while meta keeps every class's span).
  std::vector<std::pair<int, int64_t>> span_classes = database_->SpanClasses();
  for (int c : *built) {
    bool listed = std::any_of(span_classes.begin(), span_classes.end(),
                              [c](const std::pair<int, int64_t>& s) { return s.first == c; });
    if (!listed) return false;
  }
  return true;
}

QuerySql Store::Compile(const StoreQuery& query, TextPlan* plan, int64_t* matching) const {
  std::vector<std::pair<int, int64_t>> span_classes = database_->SpanClasses();
  TextPlan text_plan = TextPlan::kList;
  if (!query.fts_match.empty()) {
    // A page after an offset reads the offset's events too.
    std::optional<int64_t> rows = query.limit;
    if (rows && query.offset) *rows += *query.offset;
    int64_t events = database_->EventsAbout();
    size_t arms = ArmCount(query, span_classes.size());
    bool actor_driven = !query.actor_sets.empty();
    int64_t words_match =
        database_->MatchingAbout(query.fts_match, DecidingMatches(events, rows, arms, actor_driven), events);
    if (matching) *matching = words_match;
    text_plan = ChooseTextPlan(words_match, events, rows, arms, actor_driven);
  }
  if (plan) *plan = text_plan;
  return BuildQuery(query, span_classes, text_plan);
}

void Store::Find(const StoreQuery& query,
                 const std::function<void(const EventRecord&)>& row) const {
  try {
    if (query.reports) {
      QuerySql sql = Compile(query);
      Database::Lease lease = database_->Cached(sql.text);
      Database::KeptStatement& statement = *lease;
      BindQuery(statement, sql);
      EventRecord record;  // reused for every row
      // A report's decisions: two index look-ups (merge_decisions' key and
      // its index on b), only when a person decided something at all.
      std::optional<SQLite::Statement> decisions;
      if (query.decisions && database_->sql().execAndGet(kHasDecisions).getInt() != 0) {
        decisions.emplace(database_->sql(), kDecisionsOf);
      }
      while (statement.Step()) {
        ReadRecord(statement.handle(), &record);
        if (decisions) ReadDecisions(*decisions, &record.event);
        row(record);
      }
      return;
    }
    // Timeline events: the reports in time order, each event once, at its
    // first report. A report alone is its own event (most rows); a report
    // of an event of several comes with the event's stored display row
    // (kDisplayColumns), so no row costs another statement. A limit and an
    // offset count events, not the SQL's rows (reports): the SQL reads from
    // the start, the offset's events are skipped here, and when reports of
    // one event used some of the rows, the same (deterministic) answer is
    // read again with a larger limit, past the rows already seen.
    const int64_t skip = query.offset.value_or(0);
    std::optional<int64_t> wanted;  // events to find, the offset's included
    if (query.limit) wanted = *query.limit + skip;
    std::set<int64_t> seen;  // timeline events found
    EventRecord record;
    int64_t rows_read = 0, found = 0;
    StoreQuery limited = query;
    limited.offset.reset();
    // Rows for more events than wanted at first: reports of one event in
    // the first rows otherwise make the answer read again (twice the time
    // of "first 100" at 100k, where a quarter of reports are merged); the
    // rows after the last event wanted are sorted as keys, never read.
    if (wanted) limited.limit = *wanted + *wanted / 2 + 16;
    const bool snapshot = AnswersFromSnapshot(query);
    // The snapshot's answer without a filter on reports holds each event
    // once (its first report's row): nothing to remember, whatever its size.
    const bool unique_events = snapshot && query.actor_sets.empty() && !query.from_day && !query.to_day &&
                               query.factualities.empty();
    for (;;) {
      QuerySql sql = snapshot ? BuildSnapshotQuery(limited, database_->SpanClasses()) : Compile(limited);
      Database::Lease lease = database_->Cached(sql.text);
      Database::KeptStatement& statement = *lease;
      BindQuery(statement, sql);
      int64_t row_number = 0;
      while (statement.Step()) {
        if (row_number++ < rows_read) continue;
        ++rows_read;
        if (statement.Null(kCluster)) {
          if (query.min_sources > 1) continue;
          if (found++ < skip) continue;
          ReadRecord(statement.handle(), &record);
        } else {
          if (!unique_events && !seen.insert(statement.Int(kCluster)).second) continue;
          // An event within the offset is read only if --min-sources may
          // leave it out (then it does not count).
          if (found >= skip || query.min_sources > 1) {
            ReadRecord(statement.handle(), &record);
            if (static_cast<int64_t>(record.source_count()) < query.min_sources) continue;
          }
          if (found++ < skip) continue;
        }
        row(record);
        if (wanted && found >= *wanted) return;
      }
      if (!wanted || rows_read < *limited.limit) return;  // the answer ended
      limited.limit = *limited.limit + (*wanted - found) + 16;
    }
  } catch (const SQLite::Exception& e) {
    throw Error(database_->path() + ": query failed: " + e.what());
  }
}

std::optional<EventRecord> Store::FindMergedEvent(const std::string& uid) const {
  try {
    // Its lead report's row, with the event's stored display row.
    SQLite::Statement lead(database_->sql(), "SELECT " + EventColumns("e", true) + " FROM events e" +
                                                 kDisplayJoins + " WHERE e.uid = :uid AND te.uid = :uid");
    lead.bind(":uid", uid);
    if (!lead.executeStep()) return std::nullopt;
    EventRecord record;
    ReadRecord(lead, &record);
    return record;
  } catch (const SQLite::Exception& e) {
    throw Error(database_->path() + ": query failed: " + e.what());
  }
}

std::optional<TimelineEventView> Store::FindTimelineEvent(const std::string& uid) const {
  SQLite::Database& db = database_->sql();
  // The id of a timeline event of several reports, or of one of its reports.
  SQLite::Statement cluster(db,
                            "SELECT id FROM timeline_events WHERE uid = :uid UNION ALL "
                            "SELECT cluster FROM events WHERE uid = :uid AND cluster IS NOT NULL LIMIT 1");
  cluster.bind(":uid", uid);
  TimelineEventView view;
  if (cluster.executeStep()) {
    TimelineEventComposer composer(db);
    if (!composer.Compose(cluster.getColumn(0).getInt64(), &view.event, &view.reports, &view.bodies)) {
      return std::nullopt;
    }
  } else {
    std::string body;
    std::optional<EventRecord> alone = FindEvent(uid, &body);
    if (!alone) return std::nullopt;
    view.event = *alone;
    view.reports.push_back(*alone);
    view.bodies.push_back(body);
  }
  // Reports of the same event that disagree: of its type, overlapping its
  // date, from other articles, not merged (kCandidatePairsSql's window).
  if (view.event.event.date.known()) {
    SQLite::Statement rivals(
        db, "SELECT " + EventColumns("e") + " FROM events e JOIN articles a ON a.id = e.article "
            "WHERE e.type = :type AND e.span_class IN (0, 1, 2, 5) "
            "AND e.time_key BETWEEN (:start - 31) * 8 AND :end * 8 + 7 AND e.end_day >= :start "
            "AND e.end_day - e.start_day < 31 ORDER BY e.time_key, e.uid");
    rivals.bind(":type", std::string(ToString(view.event.event.type)));
    rivals.bind(":start", static_cast<int64_t>(ToDayNumber(*view.event.event.date.start)));
    rivals.bind(":end", static_cast<int64_t>(ToDayNumber(*view.event.event.date.end)));
    std::set<std::string> own(view.event.report_ids.begin(), view.event.report_ids.end());
    own.insert(view.event.event.id);
    EventRecord other;
    while (rivals.executeStep()) {
      ReadRecord(rivals, &other);
      if (own.count(other.event.id)) continue;
      view.rivals.push_back(other);
    }
  }
  return view;
}

std::vector<std::string> Store::Explain(const StoreQuery& query) const {
  QuerySql sql = AnswersFromSnapshot(query) ? BuildSnapshotQuery(query, database_->SpanClasses()) : Compile(query);
  SQLite::Statement statement(database_->sql(), "EXPLAIN QUERY PLAN " + sql.text);
  BindQuery(statement, sql);
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
  SQLite::Statement statement(database_->sql(), sql);
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

std::optional<StoredDocument> Store::FindStoredDocument(const std::string& article_code) const {
  SQLite::Statement article(database_->sql(), kSelectStoredArticle);
  article.bind(":code", article_code);
  if (!article.executeStep()) return std::nullopt;
  StoredDocument document;
  ArticleInfo& info = document.facts.article;
  info.id = article_code;
  info.title = article.getColumn("title").getString();
  std::string published = ColumnText(article, "published");
  if (!published.empty()) info.published = ParseIsoDay(published);
  info.language = ColumnText(article, "language");
  info.path = article.getColumn("path").getString();
  SQLite::Column body = article.getColumn("body");
  if (!body.isNull()) {
    document.article_bytes.assign(static_cast<const char*>(body.getBlob()), static_cast<size_t>(body.getBytes()));
  }
  document.facts_digest = article.getColumn("facts_digest").getString();
  std::string provenance = article.getColumn("provenance").getString();
  document.extracted = provenance == "extracted";
  document.manual = provenance == "manual";
  document.source_file = ColumnText(article, "facts_file");
  document.extractor = ColumnText(article, "extractor");
  // kArticleBody's position holds the content digest here.
  std::string sql = "SELECT " + EventColumns("e") +
                    ", e.content_digest FROM events e JOIN articles a ON a.id = e.article "
                    "WHERE a.code = :code ORDER BY e.seq";
  SQLite::Statement events(database_->sql(), sql);
  events.bind(":code", article_code);
  EventRecord record;
  while (events.executeStep()) {
    ReadRecord(events, &record);
    document.facts.events.push_back(record.event);
    document.event_digests.push_back(events.getColumn(kArticleBody).getString());
  }
  return document;
}

std::optional<ArticleSource> Store::FindArticleSource(const std::string& article_id,
                                                      const std::string& path,
                                                      const std::string& url) const {
  SQLite::Statement statement(database_->sql(), kSelectArticleSource);
  statement.bind(":code", article_id);
  statement.bind(":path", path);
  if (url.empty()) {
    statement.bind(":url");  // NULL: matches no article's URL
  } else {
    statement.bind(":url", url);
  }
  if (!statement.executeStep()) return std::nullopt;
  return ArticleSource{statement.getColumn(0).getString(), ColumnText(statement, "facts_file"),
                       ColumnText(statement, "extractor")};
}

}  // namespace timeline
