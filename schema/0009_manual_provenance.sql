-- 0009: a fourth provenance, 'manual': the pseudo-article of a spreadsheet
-- (one per CSV file, found by its path) that holds the events a person
-- added as rows without an id (`timeline load edited.csv`; docs/design.md,
-- "Spreadsheet edits").
--
-- SQLite cannot ALTER a CHECK constraint. Its 12-step table rebuild needs
-- foreign keys off, which cannot be switched inside a transaction (every
-- migration runs in one, and a dry run inside its outer one), and with
-- them on, dropping the old `articles` deletes the parent of every event.
-- So this takes SQLite's shorter procedure for constraint changes that no
-- stored row can break (sqlite.org/lang_altertable.html, "Making Other
-- Kinds Of Table Schema Changes"): the table's text in sqlite_schema gets
-- the wider CHECK; rows and file format stay as they are, and every stored
-- value passes the wider CHECK since it passed the narrower one.
PRAGMA writable_schema = ON;
UPDATE sqlite_schema
  SET sql = replace(sql, 'CHECK (provenance IN (''reviewed'', ''extracted'', ''unknown''))',
                    'CHECK (provenance IN (''reviewed'', ''extracted'', ''unknown'', ''manual''))')
  WHERE type = 'table' AND name = 'articles';
PRAGMA writable_schema = OFF;
-- This connection reads the schema again; the DDL below raises the schema
-- cookie, so that every other connection does too.
PRAGMA writable_schema = RESET;
CREATE TABLE schema_0009_cookie (x);
DROP TABLE schema_0009_cookie;
-- Fails the migration (malformed JSON) should the CHECK not read as 0006 wrote it.
SELECT json('the articles table has no CHECK of 0006 to widen') FROM sqlite_schema
  WHERE type = 'table' AND name = 'articles' AND sql NOT LIKE '%''unknown'', ''manual''))%';
