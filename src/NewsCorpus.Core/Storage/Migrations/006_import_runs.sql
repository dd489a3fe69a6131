-- Every write to an article takes the next change sequence (the counter is store_meta's 'change_seq'); the
-- search index records in its commit data the highest sequence it holds, so a start re-indexes exactly the
-- rows past it. Rows stored before this migration get their rowid, and an index without a recorded sequence
-- is rebuilt once.
ALTER TABLE articles ADD COLUMN change_seq INTEGER NOT NULL DEFAULT 0;
UPDATE articles SET change_seq = rowid;
CREATE INDEX articles_change_seq ON articles(change_seq);
INSERT INTO store_meta (key, value) SELECT 'change_seq', CAST(COALESCE(MAX(change_seq), 0) AS TEXT) FROM articles
    WHERE true ON CONFLICT(key) DO NOTHING;

-- One row per import, reparse or reindex: who asked, from what, how far it got. A run the writer was killed
-- in stays 'running' until the next writer marks it 'interrupted' and finishes it.
CREATE TABLE import_runs (
    id           TEXT PRIMARY KEY,
    kind         TEXT NOT NULL,               -- import | reparse | reindex
    requested_by TEXT NOT NULL,
    source       TEXT NOT NULL,               -- what a person reads: the folders, "3 uploaded files", ...
    paths        TEXT NOT NULL DEFAULT '[]',  -- JSON array of the files and folders the run reads
    staging_dir  TEXT,                        -- uploads, kept under the data folder until the run finishes
    status       TEXT NOT NULL,               -- queued | running | done | failed | interrupted
    created_at   TEXT NOT NULL,
    started_at   TEXT,
    finished_at  TEXT,
    total        INTEGER NOT NULL DEFAULT 0,
    done         INTEGER NOT NULL DEFAULT 0,
    imported     INTEGER NOT NULL DEFAULT 0,
    updated      INTEGER NOT NULL DEFAULT 0,
    unchanged    INTEGER NOT NULL DEFAULT 0,
    failed       INTEGER NOT NULL DEFAULT 0,
    error        TEXT
);
CREATE INDEX import_runs_created ON import_runs(created_at);
CREATE INDEX import_runs_status ON import_runs(status);

-- Each file's outcome, written in the same transaction as the articles of its batch.
CREATE TABLE import_run_files (
    run_id     TEXT NOT NULL REFERENCES import_runs(id) ON DELETE CASCADE,
    position   INTEGER NOT NULL,
    file       TEXT NOT NULL,
    outcome    TEXT NOT NULL,                 -- imported | updated | unchanged | failed
    article_id TEXT,
    error      TEXT,
    PRIMARY KEY (run_id, position)
);
