-- 0001: the first schema. Migrations are append-only: never edit a released
-- one, add NNNN_<what>.sql instead. The store runs each in a transaction and
-- sets PRAGMA user_version to its number.

-- Reference data: SPEC.md §1 types and the category each rolls up into.
CREATE TABLE event_types (
  type     TEXT PRIMARY KEY,
  category TEXT NOT NULL
) WITHOUT ROWID;
INSERT INTO event_types (type, category) VALUES
  ('meeting', 'diplomacy'), ('statement', 'diplomacy'), ('appeal', 'diplomacy'),
  ('warning', 'diplomacy'), ('protest', 'diplomacy'), ('agreement', 'diplomacy'),
  ('drill', 'military'), ('missile_test', 'military'), ('nuclear_test', 'military'),
  ('weapon_unveiling', 'military'), ('attack', 'military'),
  ('sanction', 'economic'), ('aid', 'economic'),
  ('theft', 'cyber'), ('cyberattack', 'cyber'),
  ('report', 'intelligence');

-- Small facts about the database itself: the registry digest it was synced
-- with, the longest event span (bounds interval-overlap scans).
CREATE TABLE meta (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
) WITHOUT ROWID;

-- Actors: the registry's (source 'registry', re-synced when it changes) and
-- those a fact file defines for itself (source 'local', e.g. a crypto exchange).
CREATE TABLE actors (
  id      INTEGER PRIMARY KEY,
  code    TEXT NOT NULL UNIQUE,          -- 'PRK', 'KOR-NIS', 'kim-gunn'
  name    TEXT NOT NULL,
  kind    TEXT NOT NULL,                 -- state, body, agency, group, person, other
  country TEXT,                          -- code of the state it acts for
  parent  TEXT,                          -- code of the body it belongs to
  source  TEXT NOT NULL CHECK (source IN ('registry', 'local'))
);
CREATE INDEX actors_by_country ON actors(country) WHERE country IS NOT NULL;
CREATE INDEX actors_by_parent ON actors(parent) WHERE parent IS NOT NULL;

-- Every name of an actor, folded (lower case, no diacritics) for lookup.
CREATE TABLE actor_aliases (
  alias TEXT NOT NULL,
  actor INTEGER NOT NULL REFERENCES actors(id) ON DELETE CASCADE,
  PRIMARY KEY (alias, actor)
) WITHOUT ROWID;
CREATE INDEX actor_aliases_by_actor ON actor_aliases(actor);

CREATE TABLE articles (
  id           INTEGER PRIMARY KEY,
  code         TEXT NOT NULL UNIQUE,     -- sha256 prefix of the article's bytes
  title        TEXT NOT NULL,
  published    TEXT,                     -- YYYY-MM-DD
  language     TEXT,
  path         TEXT NOT NULL,            -- as the fact file names it
  body         BLOB,                     -- the article's bytes; evidence offsets point into it
  facts_digest TEXT NOT NULL,            -- of the loaded document: re-loading it changes nothing
  loaded_at    TEXT NOT NULL             -- UTC, YYYY-MM-DD HH:MM:SS
);

CREATE TABLE events (
  id             INTEGER PRIMARY KEY,
  uid            TEXT NOT NULL UNIQUE,   -- the fact file's stable id
  article        INTEGER NOT NULL REFERENCES articles(id),
  seq            INTEGER NOT NULL,       -- position in its fact document
  type           TEXT NOT NULL REFERENCES event_types(type),
  title          TEXT NOT NULL,
  start_day      INTEGER,                -- days since 1970-01-01, inclusive; NULL when unknown
  end_day        INTEGER,
  precision      INTEGER NOT NULL CHECK (precision BETWEEN 0 AND 6),
                 -- 0 day, 1 week, 2 month, 3 quarter, 4 year, 5 range, 6 unknown (finest first)
  date_text      TEXT,
  factuality     TEXT NOT NULL CHECK (factuality IN ('asserted', 'negated', 'possible')),
  place_name     TEXT,
  place_country  TEXT,
  evidence_text  TEXT NOT NULL,
  evidence_start INTEGER NOT NULL,
  evidence_end   INTEGER NOT NULL,
  confidence     REAL,
  content_digest TEXT NOT NULL,          -- of the event's JSON: unchanged events are not rewritten
  revision       INTEGER NOT NULL DEFAULT 0,  -- iCalendar SEQUENCE
  modified_at    TEXT NOT NULL,          -- UTC, YYYY-MM-DD HH:MM:SS
  CHECK ((start_day IS NULL) = (end_day IS NULL)),
  CHECK (start_day <= end_day),
  CHECK (evidence_start <= evidence_end)
);
-- Date-range questions without an actor, in time order.
CREATE INDEX events_by_start ON events(start_day, end_day);
-- Type (or category) + date range.
CREATE INDEX events_by_type ON events(type, start_day, end_day);
-- Replacing an article's events on re-load.
CREATE INDEX events_by_article ON events(article);

-- Who took part in what. start_day/end_day copy the event's so that an actor +
-- date-range question is answered from the index alone (PERF-NOTES.md).
CREATE TABLE event_actors (
  event     INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
  actor     INTEGER NOT NULL REFERENCES actors(id),
  role      TEXT NOT NULL CHECK (role IN ('initiator', 'target', 'participant')),
  name      TEXT,                        -- the name and country as the fact file gave them
  country   TEXT,
  seq       INTEGER NOT NULL,            -- order in the fact file
  start_day INTEGER,
  end_day   INTEGER,
  PRIMARY KEY (event, actor, role)
) WITHOUT ROWID;
CREATE INDEX event_actors_by_actor ON event_actors(actor, start_day, end_day, event);

CREATE TABLE quantities (
  event INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
  seq   INTEGER NOT NULL,
  value REAL NOT NULL,
  unit  TEXT NOT NULL,
  text  TEXT,
  PRIMARY KEY (event, seq)
) WITHOUT ROWID;

-- Full-text index over titles and evidence, kept in step by triggers.
CREATE VIRTUAL TABLE events_fts USING fts5(
  title, evidence_text, content = 'events', content_rowid = 'id',
  tokenize = 'unicode61 remove_diacritics 2');
CREATE TRIGGER events_fts_insert AFTER INSERT ON events BEGIN
  INSERT INTO events_fts (rowid, title, evidence_text)
  VALUES (new.id, new.title, new.evidence_text);
END;
CREATE TRIGGER events_fts_delete AFTER DELETE ON events BEGIN
  INSERT INTO events_fts (events_fts, rowid, title, evidence_text)
  VALUES ('delete', old.id, old.title, old.evidence_text);
END;
CREATE TRIGGER events_fts_update AFTER UPDATE OF title, evidence_text ON events BEGIN
  INSERT INTO events_fts (events_fts, rowid, title, evidence_text)
  VALUES ('delete', old.id, old.title, old.evidence_text);
  INSERT INTO events_fts (rowid, title, evidence_text)
  VALUES (new.id, new.title, new.evidence_text);
END;
