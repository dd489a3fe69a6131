-- JSON columns keep Arabic as UTF-8 text: rows written with the default encoder's \uXXXX escapes (six bytes for a
-- two-byte letter) are rewritten. json_each reads each value back as text, json_group_array writes it escaping
-- only what JSON requires. New writes store paragraphs as spans of original_text where they can (ParagraphSpans).
UPDATE articles SET
    source_ids = (SELECT json_group_array(value) FROM (SELECT value FROM json_each(articles.source_ids) ORDER BY key)),
    paragraphs = (SELECT json_group_array(value) FROM (SELECT value FROM json_each(articles.paragraphs) ORDER BY key)),
    captions   = (SELECT json_group_array(value) FROM (SELECT value FROM json_each(articles.captions) ORDER BY key)),
    entities   = (SELECT json_group_array(value) FROM (SELECT value FROM json_each(articles.entities) ORDER BY key))
WHERE instr(source_ids || paragraphs || captions || entities, '\u') > 0;

-- "Latest imported" reads the newest rows of this index instead of sorting every article.
CREATE INDEX articles_imported ON articles(imported_at, id);

-- Overview counts (all articles, per summit, per month yyyy-MM) kept by triggers on every write, so the home,
-- summits and browse pages read a few rows instead of grouping the whole table.
CREATE TABLE article_counts (
    kind     TEXT NOT NULL,                   -- all | summit | month
    value    TEXT NOT NULL,                   -- '' for all, the summit id, or yyyy-MM
    articles INTEGER NOT NULL,
    PRIMARY KEY (kind, value)
) WITHOUT ROWID;

INSERT INTO article_counts (kind, value, articles) SELECT 'all', '', COUNT(*) FROM articles;
INSERT INTO article_counts (kind, value, articles)
    SELECT 'summit', summit_id, COUNT(*) FROM articles WHERE summit_id IS NOT NULL GROUP BY summit_id;
INSERT INTO article_counts (kind, value, articles)
    SELECT 'month', substr(date, 1, 7), COUNT(*) FROM articles WHERE date IS NOT NULL GROUP BY substr(date, 1, 7);

CREATE TRIGGER article_counts_insert AFTER INSERT ON articles
BEGIN
    INSERT INTO article_counts (kind, value, articles) VALUES ('all', '', 1)
        ON CONFLICT (kind, value) DO UPDATE SET articles = articles + 1;
    INSERT INTO article_counts (kind, value, articles) SELECT 'summit', NEW.summit_id, 1 WHERE NEW.summit_id IS NOT NULL
        ON CONFLICT (kind, value) DO UPDATE SET articles = articles + 1;
    INSERT INTO article_counts (kind, value, articles) SELECT 'month', substr(NEW.date, 1, 7), 1 WHERE NEW.date IS NOT NULL
        ON CONFLICT (kind, value) DO UPDATE SET articles = articles + 1;
END;

CREATE TRIGGER article_counts_delete AFTER DELETE ON articles
BEGIN
    UPDATE article_counts SET articles = articles - 1 WHERE kind = 'all';
    UPDATE article_counts SET articles = articles - 1 WHERE kind = 'summit' AND value = OLD.summit_id;
    UPDATE article_counts SET articles = articles - 1 WHERE kind = 'month' AND value = substr(OLD.date, 1, 7);
    DELETE FROM article_counts WHERE articles <= 0 AND kind <> 'all';
END;

CREATE TRIGGER article_counts_update AFTER UPDATE OF summit_id, date ON articles
    WHEN OLD.summit_id IS NOT NEW.summit_id OR substr(OLD.date, 1, 7) IS NOT substr(NEW.date, 1, 7)
BEGIN
    UPDATE article_counts SET articles = articles - 1 WHERE kind = 'summit' AND value = OLD.summit_id;
    UPDATE article_counts SET articles = articles - 1 WHERE kind = 'month' AND value = substr(OLD.date, 1, 7);
    INSERT INTO article_counts (kind, value, articles) SELECT 'summit', NEW.summit_id, 1 WHERE NEW.summit_id IS NOT NULL
        ON CONFLICT (kind, value) DO UPDATE SET articles = articles + 1;
    INSERT INTO article_counts (kind, value, articles) SELECT 'month', substr(NEW.date, 1, 7), 1 WHERE NEW.date IS NOT NULL
        ON CONFLICT (kind, value) DO UPDATE SET articles = articles + 1;
    DELETE FROM article_counts WHERE articles <= 0 AND kind <> 'all';
END;
