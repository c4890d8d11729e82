#pragma once
// The actor_timeline rows (migration 0003) that event_actors implies: each
// actor of an event and every state or body up its country and parent
// chains. One definition for what the writer and the registry sync fill
// (RollUpSql) and what `check` expects (kInvariants).

#include <string>

namespace timeline {

inline constexpr const char* kRollUpRows =
    "WITH RECURSIVE up (actor, ancestor) AS ("
    "  SELECT id, id FROM actors"
    "  UNION SELECT up.actor, p.id FROM up JOIN actors c ON c.id = up.ancestor"
    "  JOIN actors p ON p.code = c.country OR p.code = c.parent) "
    "SELECT DISTINCT up.ancestor AS actor, ea.span_class, ea.time_key, "
    "coalesce(ea.end_day, ea.time_key) AS end_day, ea.event "
    "FROM event_actors ea JOIN up ON up.actor = ea.actor ";

// Inserts those rows for the events chosen by `which` (a WHERE on ea, or ""
// for all), in key order.
inline std::string RollUpSql(const char* which) {
  return std::string("INSERT OR IGNORE INTO actor_timeline (actor, span_class, time_key, end_day, event) ") +
         kRollUpRows + which + " ORDER BY 1, 2, 3, 4, 5";
}

}  // namespace timeline
