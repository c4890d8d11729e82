#include "store/timeline_event.h"

#include <nlohmann/json.hpp>

#include <set>
#include <string>
#include <string_view>

#include "merge/merge_rule.h"
#include "model/date_span.h"
#include "store/event_columns.h"
#include "store/query_sql.h"
#include "store/row_reader.h"

namespace timeline {
namespace {

constexpr const char* kSelectHead =
    "SELECT uid, title, start_day, end_day, precision, disputed, revision, modified_at "
    "FROM timeline_events WHERE id = :id";
// Its reports, earliest published first (the lead first); the article's
// bytes only for `show`.
std::string MembersSql(bool bodies) {
  return "SELECT " + EventColumns("e") + (bodies ? ", a.body AS article_body" : "") +
         " FROM events e JOIN articles a ON a.id = e.article "
         "WHERE e.cluster = :cluster ORDER BY a.published IS NULL, a.published, e.uid";
}
constexpr const char* kStoreDisplay =
    "UPDATE timeline_events SET shown = :shown, actors_json = :actors, sources_json = :sources, "
    "report_ids_json = :reports WHERE id = :id";

// A JSON string as nlohmann::json's dump() writes it. Written directly when
// it is plain ASCII with nothing to escape (nearly every code, name, title
// and path), else by nlohmann itself, so that the bytes are the same either
// way: building a json tree per row to dump it was 1.4% of a 1M bulk load.
void AppendJsonString(std::string* out, std::string_view text) {
  for (unsigned char c : text) {
    if (c < 0x20 || c >= 0x80 || c == '"' || c == '\\') {
      *out += nlohmann::json(std::string(text)).dump();
      return;
    }
  }
  *out += '"';
  out->append(text.data(), text.size());
  *out += '"';
}

// The columns as the queries' decoders read them (row_reader.cc): actors
// [[seq, code, name, country, role], ...], sources [[code, title,
// published, language, path, url], ...], report ids [uid, ...]; the same
// bytes as nlohmann's dump() of those arrays (no spaces).
std::string ActorsJson(const std::vector<ActorRef>& actors) {
  std::string out = "[";
  for (size_t i = 0; i < actors.size(); ++i) {
    const ActorRef& a = actors[i];
    if (i > 0) out += ',';
    out += '[';
    out += std::to_string(i);
    for (std::string_view part : {std::string_view(a.id), std::string_view(a.name), std::string_view(a.country),
                                  ToString(a.role)}) {
      out += ',';
      AppendJsonString(&out, part);
    }
    out += ']';
  }
  out += ']';
  return out;
}

std::string SourcesJson(const std::vector<ArticleInfo>& sources) {
  std::string out = "[";
  for (size_t i = 0; i < sources.size(); ++i) {
    const ArticleInfo& s = sources[i];
    if (i > 0) out += ',';
    out += '[';
    AppendJsonString(&out, s.id);
    out += ',';
    AppendJsonString(&out, s.title);
    out += ',';
    if (s.published) {
      AppendJsonString(&out, FormatIsoDay(*s.published));
    } else {
      out += "null";
    }
    for (const std::string* part : {&s.language, &s.path, &s.source_url}) {
      out += ',';
      AppendJsonString(&out, *part);
    }
    out += ']';
  }
  out += ']';
  return out;
}

std::string ReportIdsJson(const std::vector<std::string>& report_ids) {
  std::string out = "[";
  for (size_t i = 0; i < report_ids.size(); ++i) {
    if (i > 0) out += ',';
    AppendJsonString(&out, report_ids[i]);
  }
  out += ']';
  return out;
}

}  // namespace

TimelineEventComposer::TimelineEventComposer(SQLite::Database& db)
    : head_(db, kSelectHead),
      members_(db, MembersSql(false)),
      members_with_bodies_(db, MembersSql(true)),
      store_(db, kStoreDisplay) {}

bool TimelineEventComposer::Compose(int64_t cluster, EventRecord* record, std::vector<EventRecord>* reports,
                                    std::vector<std::string>* bodies) {
  head_.reset();
  head_.bind(":id", cluster);
  if (!head_.executeStep()) return false;
  SQLite::Statement& rows = bodies ? members_with_bodies_ : members_;
  rows.reset();
  rows.bind(":cluster", cluster);
  std::vector<EventRecord> members;
  std::vector<int64_t> keys;
  while (rows.executeStep()) {
    members.emplace_back();
    ReadRecord(rows, &members.back());
    keys.push_back(rows.getColumn(kKey).getInt64());
    if (bodies) {
      SQLite::Column body = rows.getColumn(kArticleBody);
      bodies->push_back(body.isNull() ? std::string()
                                      : std::string(static_cast<const char*>(body.getBlob()),
                                                    static_cast<size_t>(body.getBytes())));
    }
  }
  if (members.empty()) return false;
  std::string title = head_.getColumn(1).getString();
  std::optional<int64_t> start, end;
  if (!head_.getColumn(2).isNull()) start = head_.getColumn(2).getInt64(), end = head_.getColumn(3).getInt64();
  int precision = head_.getColumn(4).getInt();
  // The shown report: the one with the event's date and title, else the lead.
  size_t shown = 0;
  for (size_t i = 0; i < members.size(); ++i) {
    const DateSpan& d = members[i].event.date;
    bool same_date = d.known() ? start && ToDayNumber(*d.start) == *start && ToDayNumber(*d.end) == *end
                               : !start;
    if (same_date && static_cast<int>(d.precision) == precision && members[i].event.title == title) {
      shown = i;
      break;
    }
  }
  shown_key_ = keys[shown];
  *record = members[shown];
  Event& e = record->event;
  e.id = head_.getColumn(0).getString();
  e.title = title;
  if (start) {
    e.date.start = FromDayNumber(*start);
    e.date.end = FromDayNumber(*end);
  } else {
    e.date.start.reset();
    e.date.end.reset();
  }
  e.date.precision = static_cast<DatePrecision>(precision);
  std::vector<const std::vector<ActorRef>*> actor_lists;
  for (const EventRecord& m : members) actor_lists.push_back(&m.event.actors);
  e.actors = MergeActors(actor_lists);
  record->disputed = head_.getColumn(5).getInt() != 0;
  record->revision = head_.getColumn(6).getInt();
  record->modified = ParseStoredTime(head_.getColumn(7).getString());
  record->sources.clear();
  record->report_ids.clear();
  std::set<std::string> articles;
  for (const EventRecord& m : members) {
    record->report_ids.push_back(m.event.id);
    if (articles.insert(m.source.id).second) record->sources.push_back(m.source);
  }
  if (reports) *reports = std::move(members);
  return true;
}

void TimelineEventComposer::Store(int64_t cluster) {
  EventRecord record;
  if (!Compose(cluster, &record)) return;
  StoreRow(cluster, shown_key_, record.event.actors, record.sources, record.report_ids);
}

void TimelineEventComposer::StoreRow(int64_t cluster, int64_t shown, const std::vector<ActorRef>& actors,
                                     const std::vector<ArticleInfo>& sources,
                                     const std::vector<std::string>& report_ids) {
  RowJson json = Json(actors, sources, report_ids);
  store_.reset();
  store_.bind(":shown", shown);
  store_.bind(":actors", json.actors);
  store_.bind(":sources", json.sources);
  store_.bind(":reports", json.report_ids);
  store_.bind(":id", cluster);
  store_.exec();
}

TimelineEventComposer::RowJson TimelineEventComposer::Json(const std::vector<ActorRef>& actors,
                                                           const std::vector<ArticleInfo>& sources,
                                                           const std::vector<std::string>& report_ids) {
  return RowJson{ActorsJson(actors), SourcesJson(sources), ReportIdsJson(report_ids)};
}

namespace {

void Restore(SQLite::Database& db, const std::string& clusters_sql, const std::vector<int64_t>& keys) {
  std::string list = "[";
  for (int64_t key : keys) list += (list.size() > 1 ? "," : "") + std::to_string(key);
  SQLite::Statement clusters(db, clusters_sql);
  if (clusters.getBindParameterCount() > 0) clusters.bind(":keys", list + "]");
  std::set<int64_t> ids;
  while (clusters.executeStep()) ids.insert(clusters.getColumn(0).getInt64());
  if (ids.empty()) return;
  TimelineEventComposer composer(db);
  for (int64_t id : ids) composer.Store(id);
}

}  // namespace

void RestoreTimelineEventsOf(SQLite::Database& db, const std::vector<int64_t>& articles) {
  if (articles.empty()) return;
  Restore(db,
          "SELECT DISTINCT e.cluster FROM json_each(:keys) k JOIN events e ON e.article = k.value "
          "WHERE e.cluster IS NOT NULL",
          articles);
}

void RestoreTimelineEventsNaming(SQLite::Database& db, const std::vector<int64_t>& actors) {
  if (actors.empty()) return;
  Restore(db,
          "SELECT DISTINCT e.cluster FROM json_each(:keys) k JOIN event_actors ea ON ea.actor = k.value "
          "JOIN events e ON e.id = ea.event WHERE e.cluster IS NOT NULL",
          actors);
}

void RestoreAllTimelineEvents(SQLite::Database& db) { Restore(db, "SELECT id FROM timeline_events", {}); }

}  // namespace timeline
