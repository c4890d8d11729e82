// The Store facade: opens the database and answers questions. Its parts, one
// concept each: database.cc (open, migrations), writer.cc (Batch), query_sql.cc
// (the query compiler), row_reader.cc (rows into records), actors.cc, checks.cc
// (check and stats).

#include "store/store.h"

#include <SQLiteCpp/SQLiteCpp.h>

#include <map>

#include "store/database.h"
#include "store/event_columns.h"
#include "store/query_sql.h"
#include "store/row_reader.h"
#include "util/error.h"

namespace timeline {
namespace {

// The article by its text, else by its URL, else by its path (the writer's
// order: writer.cc, Add).
constexpr const char* kSelectArticleSource =
    "SELECT provenance, facts_file, extractor FROM articles "
    "WHERE code = :code OR source_url = :url OR (path = :path AND (source_url IS NULL OR :url IS NULL)) "
    "ORDER BY code = :code DESC, coalesce(source_url = :url, 0) DESC, id DESC LIMIT 1";

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

QuerySql Store::Compile(const StoreQuery& query) const {
  std::vector<std::pair<int, int64_t>> span_classes = database_->SpanClasses();
  TextPlan text_plan = TextPlan::kList;
  if (!query.fts_match.empty()) {
    // A page after an offset reads the offset's events too.
    std::optional<int64_t> rows = query.limit;
    if (rows && query.offset) *rows += *query.offset;
    text_plan = ChooseTextPlan(database_->MatchingAtMost(query.fts_match), database_->EventsAbout(), rows,
                               ArmCount(query, span_classes.size()), !query.actor_sets.empty());
  }
  return BuildQuery(query, span_classes, text_plan);
}

void Store::Find(const StoreQuery& query,
                 const std::function<void(const EventRecord&)>& row) const {
  try {
    QuerySql sql = Compile(query);
    SQLite::Statement statement(database_->sql(), sql.text);
    BindQuery(statement, sql);
    EventRecord record;  // reused for every row
    while (statement.executeStep()) {
      ReadRecord(statement, &record);
      row(record);
    }
  } catch (const SQLite::Exception& e) {
    throw Error(database_->path() + ": query failed: " + e.what());
  }
}

std::vector<std::string> Store::Explain(const StoreQuery& query) const {
  QuerySql sql = Compile(query);
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
