-- 0010: many reports, one event (issue 14; docs/design.md, "Merging
-- reports"). An events row stays what one article told (a report); reports
-- of the same real event are linked to one timeline event here.
--
-- A report alone is a timeline event by itself: it has no row here and its
-- events.cluster is NULL, so a load of reports that match nothing writes
-- nothing more than before. A timeline event of two or more reports has a
-- row, keyed by the uid of its lead report (the report of the earliest
-- published article, then the smallest uid): deterministic from its members,
-- whatever order they were loaded in.
CREATE TABLE timeline_events (
  id          INTEGER PRIMARY KEY,
  uid         TEXT NOT NULL UNIQUE,       -- its lead report's uid: the event id and calendar UID
  lead        INTEGER NOT NULL,           -- events.id of the lead report
  title       TEXT NOT NULL,              -- the clearest report's title
  start_day   INTEGER,                    -- the most precise date the reports agree on
  end_day     INTEGER,
  precision   INTEGER NOT NULL,
  sources     INTEGER NOT NULL,           -- distinct articles
  disputed    INTEGER NOT NULL DEFAULT 0, -- a report of the same event disagrees (not merged)
  digest      TEXT NOT NULL,              -- of what an export shows: a change raises revision
  revision    INTEGER NOT NULL DEFAULT 0, -- iCalendar SEQUENCE
  modified_at TEXT NOT NULL,
  -- What a query shows of the event, written with it (store/timeline_event.h)
  -- so that an answer reads one row per event and no statement more: the
  -- report whose date, title, evidence and article it shows (events.id),
  -- the union of the actors ([[seq, code, name, country, role], ...]), its
  -- articles earliest first ([[code, title, published, language, path,
  -- url], ...]) and its reports' ids (["uid", ...]).
  shown           INTEGER NOT NULL DEFAULT 0,
  actors_json     TEXT NOT NULL DEFAULT '[]',
  sources_json    TEXT NOT NULL DEFAULT '[]',
  report_ids_json TEXT NOT NULL DEFAULT '[]'
);
-- The timeline event a report belongs to (timeline_events.id); NULL alone.
-- Kept by the store's clusterer, not by a foreign key: a key's check would
-- cost every insert of a bulk load a look-up.
ALTER TABLE events ADD COLUMN cluster INTEGER;
CREATE INDEX events_by_cluster ON events(cluster) WHERE cluster IS NOT NULL;

-- What people decided (`timeline merge`, `timeline split`), by report uids
-- (a < b), so that it outlives the clusters it was made on: every later
-- load respects it. 'merge': the two reports are one event whatever the
-- rule says; 'split': the rule never puts them together again.
CREATE TABLE merge_decisions (
  a          TEXT NOT NULL,
  b          TEXT NOT NULL,
  decision   TEXT NOT NULL CHECK (decision IN ('merge', 'split')),
  decided_at TEXT NOT NULL,
  PRIMARY KEY (a, b),
  CHECK (a < b)
) WITHOUT ROWID;
CREATE INDEX merge_decisions_by_b ON merge_decisions(b);
