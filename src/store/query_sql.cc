#include "store/query_sql.h"

#include <cstdint>

#include "model/types.h"
#include "store/event_columns.h"
#include "store/time_order.h"

namespace timeline {

std::string Placeholders(const std::string& prefix, size_t count) {
  std::string out;
  for (size_t i = 0; i < count; ++i) out += (i ? ", :" : ":") + prefix + std::to_string(i);
  return out;
}

// SQLite takes OFFSET only after a LIMIT; -1 is no limit.
std::string LimitClause(const StoreQuery& q, QuerySql* sql) {
  std::string limit;
  if (q.limit || q.offset) {
    limit = " LIMIT :limit";
    sql->ints.emplace_back(":limit", q.limit.value_or(-1));
  }
  if (q.offset) {
    limit += " OFFSET :offset";
    sql->ints.emplace_back(":offset", *q.offset);
  }
  return limit;
}

namespace {

// An answer's key and sort columns, taken from `driver`: an answer read in
// event_actors' index order must say so in its select list, or SQLite sorts
// it again. A limited answer's arms select only these.
std::string KeyColumns(const char* driver) {
  std::string d = driver;
  std::string key = d == "e" ? "e.id" : d + ".event";
  return key + " AS key, " + d + ".time_key AS time_key, " + d + ".end_day AS end_day";
}

// A report's or a timeline event's columns; without `quantities`, '[]' in
// place of the quantities subquery (one look-up per row saved for outputs
// that print none).
std::string RowColumns(bool display, bool quantities) {
  std::string columns = display ? kDisplayColumns : kEventColumns;
  if (quantities) return columns;
  const std::string subquery = display ? kShownQuantities : kReportQuantities;
  columns.replace(columns.find(subquery), subquery.size(), kNoQuantities);
  return columns;
}

}  // namespace

// The key columns, then a report's or a timeline event's columns.
std::string EventColumns(const char* driver, bool display, bool quantities) {
  return KeyColumns(driver) + ", " + RowColumns(display, quantities);
}

// Without a role, a rolled-up actor is read from actor_timeline: one range
// per span class for the actor with all its members.
static bool RolledUp(const StoreQuery& q) {
  return !q.actor_sets.empty() && !q.role && !q.actor_roots.empty() && !q.actor_roots[0].empty();
}

size_t ArmCount(const StoreQuery& q, size_t span_classes) {
  if (q.actor_sets.empty()) return span_classes;
  return span_classes * (RolledUp(q) ? q.actor_roots[0].size() : q.actor_sets[0].size());
}

QuerySql BuildQuery(const StoreQuery& q, const std::vector<std::pair<int, int64_t>>& span_classes,
                    TextPlan text_plan) {
  QuerySql sql;
  bool dated = q.from_day || q.to_day;
  int64_t from = q.from_day.value_or(INT64_MIN / 64);
  int64_t to = q.to_day.value_or(INT64_MAX / 64);
  // One arm per span class (0004), each a range of the index: the class,
  // then time_key = start_day * 8 + precision. Overlap: start <= to AND
  // end >= from, with start bounded below by EarliestStart so that the range
  // is finite and short (exact for calendar units and single days).
  auto dates = [&](const std::string& t, int span_class) -> std::string {
    std::string c = std::to_string(span_class);
    std::string out = " AND " + t + ".span_class = " + c;
    if (!dated) return out;
    return out + " AND " + t + ".time_key >= :lo_key" + c + " AND " + t + ".time_key <= :hi_key AND " +
           t + (q.within ? ".end_day <= :to_day" : ".end_day >= :from_day");
  };
  bool driven_by_words = !q.fts_match.empty() && text_plan == TextPlan::kDriven && q.actor_sets.empty();
  if (dated) {
    for (const auto& [span_class, max_span] : span_classes) {
      if (driven_by_words) break;  // no index ranges
      int64_t earliest = q.within ? from
                         : q.from_day ? EarliestStart(span_class, max_span, from)
                                      : from - max_span;
      sql.ints.emplace_back(":lo_key" + std::to_string(span_class), earliest * 8);
    }
    sql.ints.emplace_back(":hi_key", to * 8 + 7);
    sql.ints.emplace_back(q.within ? ":to_day" : ":from_day", q.within ? to : from);
  }
  // Filters on the event itself, the same whichever table drives.
  std::string where;
  for (size_t i = 1; i < q.actor_sets.size(); ++i) {
    std::string prefix = "a" + std::to_string(i) + "_";
    where += " AND EXISTS (SELECT 1 FROM event_actors x" + std::to_string(i) + " WHERE x" +
             std::to_string(i) + ".event = e.id AND x" + std::to_string(i) + ".actor IN (" +
             Placeholders(prefix, q.actor_sets[i].size()) + ")" +
             (q.role ? " AND x" + std::to_string(i) + ".role = :role" : "") + ")";
    for (size_t j = 0; j < q.actor_sets[i].size(); ++j) {
      sql.ints.emplace_back(":" + prefix + std::to_string(j), q.actor_sets[i][j]);
    }
  }
  if (q.role) {
    sql.texts.emplace_back(":role", std::string(ToString(*q.role)));
    if (q.actor_sets.empty()) {
      where += " AND EXISTS (SELECT 1 FROM event_actors x WHERE x.event = e.id AND x.role = :role)";
    }
  }
  if (!q.types.empty()) {
    where += " AND e.type IN (" + Placeholders("type", q.types.size()) + ")";
    for (size_t i = 0; i < q.types.size(); ++i) {
      sql.texts.emplace_back(":type" + std::to_string(i), q.types[i]);
    }
  }
  if (!q.fts_match.empty() && !driven_by_words) {
    where += text_plan == TextPlan::kProbe
                 ? " AND EXISTS (SELECT 1 FROM events_fts WHERE events_fts MATCH :fts AND rowid = e.id)"
                 : " AND e.id IN (SELECT rowid FROM events_fts WHERE events_fts MATCH :fts)";
  }
  if (!q.fts_match.empty()) sql.texts.emplace_back(":fts", q.fts_match);
  if (!q.place_folded.empty() || !q.place_countries.empty()) {
    where += " AND (";
    if (!q.place_folded.empty()) {
      where += "timeline_fold(e.place_name) LIKE :place ESCAPE '\\'";
      std::string pattern = "%";
      for (char c : q.place_folded) {
        if (c == '%' || c == '_' || c == '\\') pattern += '\\';
        pattern += c;
      }
      sql.texts.emplace_back(":place", pattern + "%");
    }
    if (!q.place_countries.empty()) {
      if (!q.place_folded.empty()) where += " OR ";
      where += "e.place_country IN (" + Placeholders("place_country", q.place_countries.size()) + ")";
      for (size_t i = 0; i < q.place_countries.size(); ++i) {
        sql.texts.emplace_back(":place_country" + std::to_string(i), q.place_countries[i]);
      }
    }
    where += ")";
  }
  if (!q.reports && q.min_sources > 1) where += " AND e.cluster IS NOT NULL";  // a report alone has one source
  if (!q.factualities.empty()) {
    where += " AND e.factuality IN (" + Placeholders("factuality", q.factualities.size()) + ")";
    for (size_t i = 0; i < q.factualities.size(); ++i) {
      sql.texts.emplace_back(":factuality" + std::to_string(i), std::string(ToString(q.factualities[i])));
    }
  }
  const std::string limit = LimitClause(q, &sql);

  // Arms: one per span class, times one per driving actor, each an index
  // range in time order; SQLite merges them in order. The driving actors are
  // the named ones in actor_timeline (members rolled up already), or, for an
  // exact or role question, the actor and its members in event_actors, where
  // UNION drops an event two members share (an event lists an actor once:
  // Batch::WriteParts).
  // A limited answer ("first 100") finds its keys first, from the arms'
  // indexes, then reads the columns of those rows only: the column list and
  // the actor and quantity subqueries are compiled once, not once per arm
  // (nine arms cost 1 ms more than three at 100k events), and rows the arms
  // skip are not read from the table. The keys (at most `limit`) come out
  // of the subquery sorted, and the outer level reads their rows in that
  // order as they are stepped to. An unlimited answer, with an offset or not, streams straight from
  // the arms: sorting it again would hold it whole.
  bool keys_first = q.limit.has_value();
  std::vector<std::string> arms;
  const char* driver = q.actor_sets.empty() ? "e" : "ea";
  // Timeline events read their stored display row with the report's
  // (kDisplayJoins); reports only their article.
  bool display = !q.reports;
  const char* row_joins = display ? kDisplayJoins : kReportJoins;
  std::string columns = keys_first ? KeyColumns(driver) : EventColumns(driver, display, q.with_quantities);
  const char* with_article = keys_first ? "" : row_joins;
  const char* with_event = keys_first && where.empty() ? "" : " JOIN events e ON e.id = ea.event";
  std::vector<std::string> drivers;
  bool rolled_up = RolledUp(q);
  if (q.actor_sets.empty()) {
    drivers.push_back(std::string(" FROM events e") + with_article + " WHERE 1");
  } else if (rolled_up) {
    for (size_t j = 0; j < q.actor_roots[0].size(); ++j) {
      std::string name = ":a0_" + std::to_string(j);
      sql.ints.emplace_back(name, q.actor_roots[0][j]);
      drivers.push_back(std::string(" FROM actor_timeline ea") + with_event + with_article +
                        " WHERE ea.actor = " + name);
    }
  } else {
    for (size_t j = 0; j < q.actor_sets[0].size(); ++j) {
      std::string name = ":a0_" + std::to_string(j);
      sql.ints.emplace_back(name, q.actor_sets[0][j]);
      drivers.push_back(std::string(" FROM event_actors ea") + with_event + with_article +
                        " WHERE ea.actor = " + name + (q.role ? " AND ea.role = :role" : ""));
    }
  }
  for (const std::string& from_where : drivers) {
    for (const auto& [span_class, max_span] : span_classes) {
      arms.push_back("SELECT " + columns + from_where + dates(driver, span_class) + where);
    }
  }
  std::string select;
  if (driven_by_words) {
    // One list of the words' events drives (TextPlan::kDriven); the arms'
    // conditions, without their index ranges, test each: its span class is
    // one the arms read, and it overlaps (or lies within) the dates.
    std::string classes;
    for (const auto& [span_class, max_span] : span_classes) {
      classes += (classes.empty() ? "" : ", ") + std::to_string(span_class);
    }
    std::string in_dates;
    if (dated) {
      in_dates = q.within ? " AND e.time_key >= :from_key AND e.time_key <= :hi_key AND e.end_day <= :to_day"
                          : " AND e.time_key <= :hi_key AND e.end_day >= :from_day";
      if (q.within) sql.ints.emplace_back(":from_key", from * 8);
    }
    select = "SELECT " + columns + " FROM events_fts JOIN events e ON e.id = events_fts.rowid" + with_article +
             " WHERE events_fts MATCH :fts AND e.span_class IN (" + classes + ")" + in_dates + where +
             " ORDER BY e.time_key, e.end_day, e.id" + limit;
  } else if (arms.size() == 1) {
    std::string d = driver;
    select = arms[0] + " ORDER BY " + d + ".time_key, " + d + ".end_day, " +
             (q.actor_sets.empty() ? "e.id" : "ea.event") + limit;
  } else {
    // Span classes are disjoint; several actors may share an event.
    const char* union_word = drivers.size() > 1 ? " UNION " : " UNION ALL ";
    for (size_t j = 0; j < arms.size(); ++j) select += (j ? union_word : "") + arms[j];
    select += " ORDER BY time_key, end_day, key" + limit;
  }
  if (keys_first) {
    // The keys stream out in their order (CROSS JOIN keeps them the outer
    // loop; a subquery with a LIMIT is never flattened), and each row is
    // read as it is stepped to: no sort of whole rows at the outer level,
    // which read every row of the limit before the first came out (the
    // limit asks for more keys than events wanted: Store::Find).
    std::string k = kLimitedKeysTable;
    select = "SELECT " + k + ".key AS key, " + k + ".time_key AS time_key, " + k +
             ".end_day AS end_day, " + RowColumns(display, q.with_quantities) + " FROM (" + select + ") AS " + k +
             " CROSS JOIN events e ON e.id = " + k + ".key" + row_joins;
  }
  if (q.group_by_article) {
    // Documents need their events together: the time-ordered (and limited)
    // answer, regrouped by article (earliest first), each article's events in
    // their fact-file order so that an export loads back unchanged.
    sql.text = "SELECT * FROM (" + select +
               ") AS r ORDER BY min(r.time_key) OVER (PARTITION BY r.article_key), "
               "r.article_key, r.seq";
  } else {
    sql.text = select;
  }
  return sql;
}

std::vector<std::pair<std::string, std::string>> QuerySql::Literals() const {
  std::vector<std::pair<std::string, std::string>> out;
  for (const auto& [name, value] : ints) out.emplace_back(name, std::to_string(value));
  for (const auto& [name, value] : texts) {
    std::string literal = "'";
    for (char c : value) literal += c == '\'' ? std::string("''") : std::string(1, c);
    out.emplace_back(name, literal + "'");
  }
  return out;
}

}  // namespace timeline
