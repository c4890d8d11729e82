// `timeline merge` and `timeline split`: people's decisions about which
// reports are one event (migration 0010, merge_decisions), stored by report
// uids and applied at once through the clusterer; every later load reads
// them again (clusterer.cc).

#include <SQLiteCpp/SQLiteCpp.h>

#include <algorithm>
#include <set>

#include "store/clusterer.h"
#include "store/database.h"
#include "store/store.h"
#include "store/time_order.h"
#include "store/transaction.h"
#include "util/error.h"

namespace timeline {
namespace {

// The reports (events.id, uid) of the timeline event `id` names: by its own
// id, or by the id of one of its reports; a report alone is its own event.
constexpr const char* kReportsOf =
    "SELECT e.id, e.uid FROM timeline_events t JOIN events e ON e.cluster = t.id WHERE t.uid = :uid "
    "UNION SELECT m.id, m.uid FROM events x JOIN events m ON m.cluster = x.cluster "
    "WHERE x.uid = :uid AND x.cluster IS NOT NULL "
    "UNION SELECT id, uid FROM events WHERE uid = :uid AND cluster IS NULL ORDER BY 2";
constexpr const char* kDecide =
    "INSERT OR REPLACE INTO merge_decisions (a, b, decision, decided_at) VALUES (:a, :b, :decision, :now)";
constexpr const char* kForget =
    "DELETE FROM merge_decisions WHERE a = :a AND b = :b AND decision = 'split'";
constexpr const char* kEventOf =
    "SELECT coalesce(t.uid, e.uid) FROM events e LEFT JOIN timeline_events t ON t.id = e.cluster "
    "WHERE e.id = :id";

using Reports = std::vector<std::pair<int64_t, std::string>>;

Reports ReportsOf(SQLite::Database& db, const std::string& id) {
  SQLite::Statement statement(db, kReportsOf);
  statement.bind(":uid", id);
  Reports reports;
  while (statement.executeStep()) {
    reports.emplace_back(statement.getColumn(0).getInt64(), statement.getColumn(1).getString());
  }
  return reports;
}

void Record(SQLite::Statement& statement, const std::string& x, const std::string& y, const char* decision,
            const std::string& now) {
  statement.bind(":a", std::min(x, y));
  statement.bind(":b", std::max(x, y));
  statement.bind(":decision", decision);
  statement.bind(":now", now);
  statement.exec();
  statement.reset();
}

InputError Unknown(const std::vector<std::string>& unknown, const char* what) {
  std::string message = unknown.size() == 1 ? "no event with id" : "no events with ids";
  for (const std::string& id : unknown) message += " \"" + id + "\"";
  return InputError(message + "; `timeline query` lists event ids; nothing was " + what);
}

}  // namespace

std::string Store::Merge(const std::vector<std::string>& ids) {
  SQLite::Database& db = database_->sql();
  try {
    WriteTransaction transaction(*database_);
    std::vector<Reports> events;
    std::vector<std::string> unknown;
    for (const std::string& id : ids) {
      events.push_back(ReportsOf(db, id));
      if (events.back().empty()) unknown.push_back(id);
    }
    if (!unknown.empty()) throw Unknown(unknown, "merged");
    // "merge A A", or ids of reports already in one event: nothing to do,
    // which a person should hear rather than read "merged".
    if (std::all_of(events.begin(), events.end(), [&](const Reports& e) { return e == events[0]; })) {
      throw InputError("these ids name one event already; nothing to merge");
    }
    std::string now = NowUtc();
    SQLite::Statement decide(db, kDecide), forget(db, kForget);
    ClusterSeeds seeds;
    const std::string& anchor = events[0][0].second;
    for (size_t i = 0; i < events.size(); ++i) {
      // Every report of every event named, to one anchor: the events stay
      // whole (a rule's merge inside one of them is now a person's too).
      for (const auto& [key, uid] : events[i]) {
        seeds.events.push_back(key);
        if (uid != anchor) Record(decide, anchor, uid, "merge", now);
      }
      // Splits a person made between these reports give way to this merge.
      for (size_t j = 0; j < i; ++j) {
        for (const auto& x : events[i]) {
          for (const auto& y : events[j]) {
            if (x.second == y.second) continue;
            forget.bind(":a", std::min(x.second, y.second));
            forget.bind(":b", std::max(x.second, y.second));
            forget.exec();
            forget.reset();
          }
        }
      }
    }
    Recluster(*database_, seeds, now);
    SQLite::Statement event(db, kEventOf);
    event.bind(":id", events[0][0].first);
    event.executeStep();
    std::string merged = event.getColumn(0).getString();
    event.reset();
    transaction.Commit();
    return merged;
  } catch (const SQLite::Exception& e) {
    throw Error(database_->path() + ": cannot merge: " + e.what());
  }
}

std::vector<std::string> Store::Split(const std::string& id) {
  SQLite::Database& db = database_->sql();
  try {
    WriteTransaction transaction(*database_);
    Reports reports = ReportsOf(db, id);
    if (reports.empty()) throw Unknown({id}, "split");
    if (reports.size() == 1) {
      throw InputError("event \"" + id + "\" is one report already; nothing to split");
    }
    std::string now = NowUtc();
    SQLite::Statement decide(db, kDecide);
    ClusterSeeds seeds;
    std::vector<std::string> uids;
    for (size_t i = 0; i < reports.size(); ++i) {
      seeds.events.push_back(reports[i].first);
      uids.push_back(reports[i].second);
      for (size_t j = 0; j < i; ++j) Record(decide, reports[i].second, reports[j].second, "split", now);
    }
    Recluster(*database_, seeds, now);
    transaction.Commit();
    return uids;
  } catch (const SQLite::Exception& e) {
    throw Error(database_->path() + ": cannot split: " + e.what());
  }
}

}  // namespace timeline
