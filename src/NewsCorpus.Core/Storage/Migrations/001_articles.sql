-- SQLite is the source of truth; the Lucene index is rebuilt from these rows.
CREATE TABLE articles (
    id                TEXT PRIMARY KEY,
    file_name         TEXT NOT NULL UNIQUE,
    content_hash      TEXT NOT NULL,
    encoding          TEXT NOT NULL,
    title             TEXT NOT NULL,
    dateline          TEXT,
    source            TEXT,                       -- the source as the article names it
    source_ids        TEXT NOT NULL DEFAULT '[]', -- JSON array of data/sources.json ids
    paragraphs        TEXT NOT NULL DEFAULT '[]', -- JSON array of strings
    captions          TEXT NOT NULL DEFAULT '[]', -- JSON array of strings
    date              TEXT,                       -- yyyy-MM-dd
    date_source       TEXT,
    date_confidence   REAL NOT NULL DEFAULT 0,
    date_evidence     TEXT,
    summit_id         TEXT,
    summit_confidence REAL NOT NULL DEFAULT 0,
    summit_evidence   TEXT,
    entities          TEXT NOT NULL DEFAULT '[]', -- JSON array of entity ids
    original_text     TEXT NOT NULL,
    imported_at       TEXT NOT NULL,
    updated_at        TEXT NOT NULL
);

CREATE INDEX articles_date ON articles(date);
CREATE INDEX articles_summit ON articles(summit_id);

-- Corrections made by an editor live apart from parsed values, so re-importing a file never overwrites them.
CREATE TABLE article_overrides (
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    field      TEXT NOT NULL,
    value      TEXT,
    edited_at  TEXT NOT NULL,
    PRIMARY KEY (article_id, field)
);
