// `timeline remove`: articles with their events, or single events, in one
// transaction, each event leaving its tombstone (tombstones.h).

#include <SQLiteCpp/SQLiteCpp.h>

#include <filesystem>
#include <set>

#include "store/clusterer.h"
#include "store/database.h"
#include "store/row_reader.h"
#include "store/time_order.h"
#include "store/store.h"
#include "store/tombstones.h"
#include "store/transaction.h"
#include "util/error.h"

namespace timeline {
namespace {

constexpr const char* kArticleByName =
    "SELECT id, code, path FROM articles WHERE code = :name OR source_url = :name OR path = :name "
    "OR path = :absolute ORDER BY code = :name DESC, source_url IS :name DESC LIMIT 1";
constexpr const char* kEventByUid =
    "SELECT e.id, e.article, a.path FROM events e JOIN articles a ON a.id = e.article "
    "WHERE e.uid = :uid";
constexpr const char* kArticleEventKeys = "SELECT id FROM events WHERE article = :article";
constexpr const char* kDeleteArticle = "DELETE FROM articles WHERE id = :id";
// Its stored facts are no longer the whole document: the next load of its
// fact file must compare event by event (an empty digest matches none).
constexpr const char* kForgetFactsDigest = "UPDATE articles SET facts_digest = '' WHERE id = :id";

std::string Absolute(const std::string& name) {
  std::error_code ec;
  std::filesystem::path absolute = std::filesystem::absolute(name, ec);
  return ec ? name : absolute.lexically_normal().string();
}

}  // namespace

Store::Removal Store::Remove(const std::vector<std::string>& names) {
  SQLite::Database& db = database_->sql();
  try {
    WriteTransaction transaction(*database_);
    // Resolve every name before removing anything.
    struct Article {
      int64_t key;
      RemovedArticle removed;
    };
    std::vector<Article> articles;
    std::vector<std::pair<int64_t, RemovedEvent>> events;  // event key
    std::set<int64_t> article_keys, event_keys;
    std::vector<int64_t> single_event_articles;
    std::vector<std::string> unknown;
    SQLite::Statement article(db, kArticleByName);
    SQLite::Statement event(db, kEventByUid);
    for (const std::string& name : names) {
      article.bind(":name", name);
      article.bind(":absolute", Absolute(name));
      if (article.executeStep()) {
        int64_t key = article.getColumn(0).getInt64();
        if (article_keys.insert(key).second) {
          articles.push_back({key, {article.getColumn(1).getString(), article.getColumn(2).getString(), 0}});
        }
        article.reset();
        continue;
      }
      article.reset();
      event.bind(":uid", name);
      if (event.executeStep()) {
        int64_t key = event.getColumn(0).getInt64();
        if (event_keys.insert(key).second) {
          events.push_back({key, {name, event.getColumn(2).getString()}});
          single_event_articles.push_back(event.getColumn(1).getInt64());
        }
      } else {
        unknown.push_back(name);
      }
      event.reset();
    }
    if (!unknown.empty()) {
      std::string message = unknown.size() == 1 ? "nothing named" : "nothing named these:";
      for (const std::string& name : unknown) message += " \"" + name + "\"";
      throw InputError(message + ": give an article's id or path, or an event id (`timeline query` "
                       "lists event ids, `timeline stats` the database); nothing was removed");
    }

    std::string now = NowUtc();
    ClusterSeeds seeds;  // the timeline events that lose reports
    SQLite::Statement cluster_of(db, "SELECT cluster FROM events WHERE id = :id AND cluster IS NOT NULL");
    SQLite::Statement bury(db, kBuryEvent);
    SQLite::Statement remove(db, kDeleteEvent);
    auto remove_event = [&](int64_t key) {
      cluster_of.bind(":id", key);
      if (cluster_of.executeStep()) seeds.clusters.push_back(cluster_of.getColumn(0).getInt64());
      cluster_of.reset();
      bury.bind(":id", key);
      bury.bind(":now", now);
      bury.exec();
      bury.reset();
      remove.bind(":id", key);
      remove.exec();
      remove.reset();
    };
    Removal removal;
    // Single events first: one whose article goes too is counted there.
    for (size_t i = 0; i < events.size(); ++i) {
      if (article_keys.count(single_event_articles[i])) continue;
      remove_event(events[i].first);
      removal.events.push_back(events[i].second);
      SQLite::Statement forget(db, kForgetFactsDigest);
      forget.bind(":id", single_event_articles[i]);
      forget.exec();
    }
    SQLite::Statement keys(db, kArticleEventKeys);
    SQLite::Statement drop(db, kDeleteArticle);
    for (Article& a : articles) {
      std::vector<int64_t> article_events;
      keys.bind(":article", a.key);
      while (keys.executeStep()) article_events.push_back(keys.getColumn(0).getInt64());
      keys.reset();
      for (int64_t key : article_events) remove_event(key);
      a.removed.events = article_events.size();
      drop.bind(":id", a.key);
      drop.exec();
      drop.reset();
      removal.articles.push_back(a.removed);
    }
    if (!seeds.clusters.empty()) Recluster(*database_, seeds, now);
    transaction.Commit();
    return removal;
  } catch (const SQLite::Exception& e) {
    throw Error(database_->path() + ": cannot remove: " + e.what());
  }
}

void Store::FindRemoved(const std::function<void(const EventRecord&)>& row) const {
  SQLite::Statement statement(database_->sql(), kSelectRemoved);
  EventRecord record;
  while (statement.executeStep()) {
    ReadRemoved(statement, &record);
    row(record);
  }
}

}  // namespace timeline
