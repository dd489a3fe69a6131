-- The author's credit above an article (كتب: ...), kept apart from the body.
ALTER TABLE articles ADD COLUMN byline TEXT;
