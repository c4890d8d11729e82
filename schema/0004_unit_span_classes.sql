-- 0004: span classes by calendar unit, so that an interval search reads only
-- events that overlap it (docs/performance.md, "one year, first 100").
--
-- 0003 grouped events by length and searched each group from the query's
-- start minus the group's longest span: a year's question also read the whole
-- previous year of year-long events, only to skip them. A week, month,
-- quarter or year has an exact bound instead: it overlaps a search from day F
-- only if it starts on or after the start of its unit containing F. Classes:
--   0      single days (and undated events)
--   1..4   precision week, month, quarter, year (the class is the precision)
--   5..8   other spans (several days, ranges) up to 31 days, 366 days,
--          1096 days, longer; searched from F minus the class's longest span
-- The store's SpanClass() and `timeline check` use the same rule.
DROP INDEX events_by_time;
DROP INDEX events_by_type;
DROP INDEX event_actors_by_actor;

UPDATE events SET span_class =
  CASE WHEN start_day IS NULL OR end_day = start_day AND precision IN (0, 5) THEN 0
       WHEN precision BETWEEN 1 AND 4 THEN precision
       WHEN end_day - start_day <= 31 THEN 5
       WHEN end_day - start_day <= 366 THEN 6
       WHEN end_day - start_day <= 1096 THEN 7 ELSE 8 END;
UPDATE event_actors SET span_class =
  (SELECT e.span_class FROM events e WHERE e.id = event_actors.event);

CREATE INDEX events_by_time ON events(span_class, time_key, end_day);
CREATE INDEX events_by_type ON events(type, span_class, time_key, end_day);
CREATE INDEX event_actors_by_actor ON event_actors(actor, span_class, time_key, end_day, event);

-- actor_timeline has span_class in its primary key: rebuilt in key order.
CREATE TABLE actor_timeline_0004 (
  actor      INTEGER NOT NULL,
  span_class INTEGER NOT NULL,
  time_key   INTEGER NOT NULL,
  end_day    INTEGER NOT NULL,
  event      INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
  PRIMARY KEY (actor, span_class, time_key, end_day, event)
) WITHOUT ROWID;
INSERT INTO actor_timeline_0004 (actor, span_class, time_key, end_day, event)
  SELECT t.actor, e.span_class, t.time_key, t.end_day, t.event
  FROM actor_timeline t JOIN events e ON e.id = t.event
  ORDER BY 1, 2, 3, 4, 5;
DROP TABLE actor_timeline;
ALTER TABLE actor_timeline_0004 RENAME TO actor_timeline;
CREATE INDEX actor_timeline_by_event ON actor_timeline(event, actor);

DELETE FROM meta WHERE key LIKE 'max\_span\_days\_%' ESCAPE '\';
INSERT INTO meta (key, value)
  SELECT 'max_span_days_' || span_class, max(end_day - start_day) FROM events
  WHERE start_day IS NOT NULL GROUP BY span_class;
