-- 0011: the read snapshot (issue 14, point 7; docs/design.md, "The read
-- snapshot"). A copy of what queries and exports print, in time order,
-- built whole by `timeline optimize` and read only while no write has
-- happened since: every write transaction deletes snapshot_state's row
-- first thing (store/transaction.h), and only the build puts it back. Empty
-- (stale) after this migration: nothing reads these tables until the first
-- `timeline optimize`.

-- The build's mark: present only while the snapshot is fresh. span_classes:
-- the span classes its reports have ("0,5,..."), which a question's span
-- classes must all include for the snapshot to answer it.
CREATE TABLE snapshot_state (
  id           INTEGER PRIMARY KEY CHECK (id = 1),
  built_at     TEXT NOT NULL,
  span_classes TEXT NOT NULL,
  reports      INTEGER NOT NULL,
  events       INTEGER NOT NULL
);

-- Every report (events row), numbered in the order queries give them (time_key,
-- end_day, events.id): id is its rank. event: the snapshot_events row of its
-- timeline event (the rank of the event's first report); key: events.id.
-- Columns without a type keep every value as it was stored.
CREATE TABLE snapshot_reports (
  id         INTEGER PRIMARY KEY,
  event      INTEGER NOT NULL,
  key        INTEGER NOT NULL,
  span_class INTEGER NOT NULL,
  time_key   INTEGER NOT NULL,
  end_day,
  factuality,
  cluster
);
CREATE INDEX snapshot_reports_by_time ON snapshot_reports(span_class, time_key, end_day);

-- One row per timeline event, numbered by the rank of its first report: the
-- display row of store/event_columns.h (kDisplayColumns, quantities
-- included), as Store::Find reads it.
CREATE TABLE snapshot_events (
  id INTEGER PRIMARY KEY,
  uid, seq, type, title, start_day, precision, date_text, factuality, place_name, place_country,
  evidence_text, evidence_start, evidence_end, confidence, revision, modified_at, article_key,
  article_code, article_title, article_published, article_language, article_path, article_url,
  actors_json, quantities_json, cluster_key, display_end_day, sources_json, report_ids_json, disputed
);

-- actor_timeline by report rank: an actor with its members (rolled up), one
-- range per span class, its reports in the order they are printed, each
-- with what a question reads of its report (snapshot_reports' event,
-- factuality and cluster), so that no look-up of the report is needed.
-- end_day as actor_timeline has it (undated: time_key's 2^50).
CREATE TABLE snapshot_actors (
  actor      INTEGER NOT NULL,
  span_class INTEGER NOT NULL,
  report     INTEGER NOT NULL,
  end_day    INTEGER NOT NULL,
  event      INTEGER NOT NULL,
  factuality,
  cluster,
  PRIMARY KEY (actor, span_class, report)
) WITHOUT ROWID;

-- The same rows by actor and rank alone, for questions without dates:
-- "actor, first 100 by date" is one range of consecutive entries, not a
-- merge of one range per span class.
CREATE TABLE snapshot_actor_rows (
  actor      INTEGER NOT NULL,
  report     INTEGER NOT NULL,
  end_day    INTEGER NOT NULL,
  event      INTEGER NOT NULL,
  factuality,
  cluster,
  PRIMARY KEY (actor, report)
) WITHOUT ROWID;
