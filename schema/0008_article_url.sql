-- 0008: an article's web address. An article is identified by its source:
-- the URL its fact file (`source_url`) or its header gives, else its path
-- (0007). A load that does not know a text by its hash looks for the
-- earlier version of its article by URL first, then by path among articles
-- without a URL, so that a corrected text saved under another name, or a
-- fact file moved, is the same article's new revision. NULL: no URL known
-- (and every article stored before this migration).
ALTER TABLE articles ADD COLUMN source_url TEXT;
CREATE INDEX articles_by_url ON articles(source_url) WHERE source_url IS NOT NULL;
-- A removed event's tombstone names its article's URL too, for the
-- cancelled VEVENT's DESCRIPTION.
ALTER TABLE removed_events ADD COLUMN article_url TEXT;
