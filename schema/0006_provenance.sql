-- 0006: where each article's facts came from. 'reviewed': a fact file (a
-- person's facts; facts_file names it), 'extracted': the extractor run on the
-- raw article (extractor says which), 'unknown': stored before this
-- migration. `timeline load` refuses to replace reviewed facts with extracted
-- ones unless asked (--replace-reviewed).
ALTER TABLE articles ADD COLUMN provenance TEXT NOT NULL DEFAULT 'unknown'
  CHECK (provenance IN ('reviewed', 'extracted', 'unknown'));
ALTER TABLE articles ADD COLUMN facts_file TEXT;  -- reviewed: the fact file, absolute
ALTER TABLE articles ADD COLUMN extractor TEXT;   -- extracted: the extractor's version
