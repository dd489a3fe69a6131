-- From here on original_text may hold Zstandard frames of UTF-16 (StoredOriginalText), which builds from before this
-- migration cannot read; a build that meets a migration it does not know refuses the store instead of failing on rows.
INSERT INTO store_meta (key, value) VALUES ('original_text_form', 'zstd-utf16')
    ON CONFLICT(key) DO UPDATE SET value = excluded.value;
