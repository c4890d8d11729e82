-- 0003: one sortable time key, so that answers come out of an index already
-- in time order and "first 100 by date" reads 100 rows instead of sorting all
-- of an actor's events. time_key = start_day * 8 + precision (precision 0-6,
-- finest first: the order `timeline query` has always used); undated events
-- get 2^50 and sort last. event_actors carries its event's time_key (not its
-- start day) so that actor + date questions are answered from its index.
ALTER TABLE events ADD COLUMN time_key INTEGER NOT NULL DEFAULT 0;
UPDATE events SET time_key =
  CASE WHEN start_day IS NULL THEN 1125899906842624 ELSE start_day * 8 + precision END;

DROP INDEX event_actors_by_actor;
ALTER TABLE event_actors DROP COLUMN start_day;
ALTER TABLE event_actors ADD COLUMN time_key INTEGER NOT NULL DEFAULT 0;
UPDATE event_actors SET time_key = (SELECT e.time_key FROM events e WHERE e.id = event_actors.event);
CREATE INDEX event_actors_by_actor ON event_actors(actor, time_key, end_day, event);

DROP INDEX events_by_start;
DROP INDEX events_by_type;
CREATE INDEX events_by_time ON events(time_key, end_day);
CREATE INDEX events_by_type ON events(type, time_key, end_day);
