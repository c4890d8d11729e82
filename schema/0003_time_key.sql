-- 0003: answers come out of an index already in time order, and interval
-- searches do not slow down when a few events span years.
--
-- time_key = start_day * 8 + precision (precision 0-6, finest first: the
-- order `timeline query` has always used); undated events get 2^50 and sort
-- last. "First 100 by date" then reads 100 index rows instead of sorting all
-- of an actor's events.
--
-- span_class groups events by length: 0 up to 31 days (days, weeks, months),
-- 1 up to 366 (quarters, years), 2 longer; undated events are class 0. An
-- overlap search runs once per class, each bounded below by its own longest
-- span (meta 'max_span_days_<class>'), and SQLite merges the answers in time
-- order: one five-year range no longer widens every search by five years.
--
-- event_actors carries its event's span_class, time_key and end_day (not its
-- start day) so that actor + date questions are answered from its index.
ALTER TABLE events ADD COLUMN time_key INTEGER NOT NULL DEFAULT 0;
ALTER TABLE events ADD COLUMN span_class INTEGER NOT NULL DEFAULT 0;
UPDATE events SET
  time_key = CASE WHEN start_day IS NULL THEN 1125899906842624 ELSE start_day * 8 + precision END,
  span_class = CASE WHEN start_day IS NULL OR end_day - start_day <= 31 THEN 0
                    WHEN end_day - start_day <= 366 THEN 1 ELSE 2 END;

DROP INDEX event_actors_by_actor;
ALTER TABLE event_actors DROP COLUMN start_day;
ALTER TABLE event_actors ADD COLUMN time_key INTEGER NOT NULL DEFAULT 0;
ALTER TABLE event_actors ADD COLUMN span_class INTEGER NOT NULL DEFAULT 0;
UPDATE event_actors SET (time_key, span_class) =
  (SELECT e.time_key, e.span_class FROM events e WHERE e.id = event_actors.event);
CREATE INDEX event_actors_by_actor ON event_actors(actor, span_class, time_key, end_day, event);

DROP INDEX events_by_start;
DROP INDEX events_by_type;
CREATE INDEX events_by_time ON events(span_class, time_key, end_day);
CREATE INDEX events_by_type ON events(type, span_class, time_key, end_day);

INSERT OR REPLACE INTO meta (key, value)
  SELECT 'max_span_days_' || span_class, max(end_day - start_day) FROM events
  WHERE start_day IS NOT NULL GROUP BY span_class;

-- Who took part in what, rolled up: one row per event for each actor taking
-- part and each state or body it belongs to (country and parent chains), so
-- that "North Korea" with its agencies and people is one index range per
-- span class, not one per member. The store fills it for each load's events
-- at commit (Store::Batch) and rebuilds it when the registry changes;
-- `--exact` and role questions use event_actors.
CREATE TABLE actor_timeline (
  actor      INTEGER NOT NULL,
  span_class INTEGER NOT NULL,
  time_key   INTEGER NOT NULL,
  end_day    INTEGER NOT NULL,           -- undated events: time_key's 2^50
  event      INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
  PRIMARY KEY (actor, span_class, time_key, end_day, event)
) WITHOUT ROWID;
CREATE INDEX actor_timeline_by_event ON actor_timeline(event, actor);
INSERT INTO actor_timeline (actor, span_class, time_key, end_day, event)
  WITH RECURSIVE up (actor, ancestor) AS (
    SELECT id, id FROM actors
    UNION
    SELECT up.actor, p.id FROM up JOIN actors c ON c.id = up.ancestor
    JOIN actors p ON p.code = c.country OR p.code = c.parent)
  SELECT DISTINCT up.ancestor, ea.span_class, ea.time_key, coalesce(ea.end_day, ea.time_key), ea.event
  FROM event_actors ea JOIN up ON up.actor = ea.actor
  ORDER BY 1, 2, 3, 4, 5;
