-- 0007: an article is its source. A text loaded from the path of a stored
-- article, but not that article's text (a corrected article), is that
-- article's new version: its events are replaced as a revision rather than
-- stored beside it as a second article. The store finds the earlier version
-- by path, once per article it does not know by its text's hash.
CREATE INDEX articles_by_path ON articles(path);
