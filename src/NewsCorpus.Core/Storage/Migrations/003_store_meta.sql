-- Facts about the store as a whole, e.g. which parsing rules and catalogs its articles were parsed with.
CREATE TABLE store_meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
