#pragma once
// A timeline event of several reports as queries show it (docs/design.md,
// "Merging reports"): composed from its reports by one function, and stored
// in its timeline_events row (shown report, display actors, sources, report
// ids) whenever the clusterer or a load changes it, so that a query reads it
// with the answer's own row and no statement per event.

#include <SQLiteCpp/SQLiteCpp.h>

#include <cstdint>
#include <string>
#include <vector>

#include "model/event.h"

namespace timeline {

class TimelineEventComposer {
 public:
  // Prepares its statements once: one composer serves a whole re-clustering.
  explicit TimelineEventComposer(SQLite::Database& db);

  // Reads the reports of timeline event `cluster` and makes `record` the
  // event: the report whose date and title it shows, with the event's id,
  // the union of the actors, every source, and its own revision. `reports`
  // (lead first) and `bodies` (each report's article bytes), if given, get
  // the reports. False when there is no such event.
  bool Compose(int64_t cluster, EventRecord* record, std::vector<EventRecord>* reports = nullptr,
               std::vector<std::string>* bodies = nullptr);

  // Composes `cluster` and writes what a query shows of it into its row
  // (shown, actors_json, sources_json, report_ids_json).
  void Store(int64_t cluster);
  // Writes that row from parts the caller composed as Compose does (the
  // clusterer, from the reports it has read): the shown report (events.id),
  // the union of the actors, the articles earliest first, the report ids.
  void StoreRow(int64_t cluster, int64_t shown, const std::vector<ActorRef>& actors,
                const std::vector<ArticleInfo>& sources, const std::vector<std::string>& report_ids);
  // The JSON columns of that row (actors_json, sources_json,
  // report_ids_json), for a caller that writes the row itself (the
  // clusterer, inserting a bulk load's new events with it).
  struct RowJson {
    std::string actors, sources, report_ids;
  };
  static RowJson Json(const std::vector<ActorRef>& actors, const std::vector<ArticleInfo>& sources,
                      const std::vector<std::string>& report_ids);

 private:
  SQLite::Statement head_, members_, members_with_bodies_, store_;
  int64_t shown_key_ = 0;  // the last Compose's shown report (events.id)
};

// Writes again what queries show of the timeline events that a change
// outside their reports touched: those with a report in one of these
// articles (a load replaced the article: title, path, URL), those whose
// reports name one of these actors (renamed), or all (the registry changed).
void RestoreTimelineEventsOf(SQLite::Database& db, const std::vector<int64_t>& articles);
void RestoreTimelineEventsNaming(SQLite::Database& db, const std::vector<int64_t>& actors);
void RestoreAllTimelineEvents(SQLite::Database& db);

}  // namespace timeline
