-- Who made each standing correction and why.
ALTER TABLE article_overrides ADD COLUMN edited_by TEXT;
ALTER TABLE article_overrides ADD COLUMN reason TEXT;

-- Every editorial act, kept for good: corrections, reverts, removals, restores. No foreign key, so the log of an
-- article outlives its removal.
CREATE TABLE editorial_log (
    id         INTEGER PRIMARY KEY,
    article_id TEXT NOT NULL,
    action     TEXT NOT NULL,               -- correct | revert | remove | restore
    field      TEXT,
    value      TEXT,                        -- the corrected value (correct)
    editor     TEXT NOT NULL,
    reason     TEXT,
    at         TEXT NOT NULL
);
CREATE INDEX editorial_log_article ON editorial_log(article_id, id);

-- Articles an editor removed: gone from the store (so from search, pages and counts), kept here whole so they can
-- be restored, and so a re-import of the same file does not bring them back. change_seq is the removal's change
-- sequence: an index that recorded less still holds the article and deletes it on catch-up.
CREATE TABLE article_removals (
    article_id  TEXT PRIMARY KEY,
    file_name   TEXT NOT NULL UNIQUE,
    title       TEXT NOT NULL,
    removed_by  TEXT NOT NULL,
    removed_at  TEXT NOT NULL,
    reason      TEXT NOT NULL,
    change_seq  INTEGER NOT NULL,
    article     TEXT NOT NULL,              -- the parsed article as JSON
    corrections TEXT NOT NULL DEFAULT '[]'  -- its corrections as JSON, put back on restore
);
CREATE INDEX article_removals_change_seq ON article_removals(change_seq);
