#pragma once
// Links reports of the same event into timeline events (migration 0010;
// docs/design.md, "Merging reports"): called inside a write transaction by
// the writer at a load's commit, by the remover, and by `merge`/`split`.
// The rule itself is merge/merge_rule.h; this file reads what it needs
// through indexes and writes its answer.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace timeline {

class Database;
class NewReports;

struct ClusterSeeds {
  // Every report from this key up was inserted by the caller's transaction
  // (a load's new events): compared with their candidates, and, never shown
  // before, left without a tombstone when they join another's event.
  std::optional<int64_t> first_new;
  std::vector<int64_t> events;    // other reports that changed (events.id)
  std::vector<int64_t> clusters;  // timeline events that lost reports (timeline_events.id)
  // The reports from first_new up as the load wrote them (new_reports.h),
  // or null: taken (and emptied) instead of reading them back when they
  // are exactly the reports from first_new up; else read as always.
  NewReports* captured = nullptr;
};

// Re-clusters the seeds and every report connected to them by a candidate
// pair, an existing timeline event or a person's merge (the whole connected
// set, so that the answer does not depend on load order), and writes
// events.cluster, timeline_events and the calendar's tombstones. Throws
// SQLite::Exception.
void Recluster(Database& database, const ClusterSeeds& seeds, const std::string& now);

// The SQL that finds a report's candidates (for EXPLAIN QUERY PLAN in
// tests and docs): reports of its type whose dates may hold it or be held
// by it, from other articles, through events_by_type.
extern const char* const kCandidatePairsSql;

}  // namespace timeline
