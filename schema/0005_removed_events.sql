-- 0005: tombstones of removed events, so that removals reach calendars.
-- `timeline remove`, and a re-load whose fact file no longer has an event,
-- delete the event; its row here keeps what an iCalendar export needs to
-- cancel it (`export --format ics --include-removed`: the same UID,
-- STATUS:CANCELLED, SEQUENCE one above the event's last revision). An event
-- loaded again with the same id takes its tombstone's place, with a revision
-- above it, so a calendar brings it back.
CREATE TABLE removed_events (
  uid            TEXT PRIMARY KEY,       -- the event's id: its calendar UID
  type           TEXT NOT NULL,
  title          TEXT NOT NULL,
  start_day      INTEGER,
  end_day        INTEGER,
  precision      INTEGER NOT NULL,
  date_text      TEXT,
  factuality     TEXT NOT NULL,
  evidence_text  TEXT NOT NULL,
  article_code   TEXT NOT NULL,
  article_title  TEXT NOT NULL,
  article_path   TEXT NOT NULL,
  revision       INTEGER NOT NULL,       -- the event's last revision + 1: iCalendar SEQUENCE
  removed_at     TEXT NOT NULL           -- UTC, YYYY-MM-DD HH:MM:SS
) WITHOUT ROWID;
