-- 0002: new events enter the full-text index once per load, not per row.
-- FTS5 flushes its pending terms to disk at every statement savepoint, and an
-- INSERT with a trigger opens one per row: a 16-event article cost ~4 ms. The
-- store now adds each load's new events with one INSERT ... SELECT at commit
-- (Store::Batch::Commit); deletes and updates keep their triggers.
DROP TRIGGER events_fts_insert;
