-- Admins who sign in to the site. No account exists until one is made with `users add`: there is no default.
CREATE TABLE admin_users (
    name            TEXT PRIMARY KEY COLLATE NOCASE,
    password_hash   TEXT NOT NULL,              -- ASP.NET Core PasswordHasher (PBKDF2), never the password
    stamp           TEXT NOT NULL,              -- random; a sign-in cookie is honoured only while it matches
    failed_attempts INTEGER NOT NULL DEFAULT 0, -- failures since the last success or lock-out
    locked_until    TEXT,                       -- ISO 8601 UTC; sign-in refused until then
    created_at      TEXT NOT NULL,
    last_sign_in_at TEXT
);

-- Tokens for scripts calling the API. A token is `nc_<lookup>_<secret>`: the lookup part finds the row, the
-- secret is kept only as its SHA-256 and compared in constant time. Revoked rows stay, so `tokens list` shows them.
CREATE TABLE api_tokens (
    lookup       TEXT PRIMARY KEY,
    name         TEXT NOT NULL COLLATE NOCASE,
    secret_hash  BLOB NOT NULL,
    created_at   TEXT NOT NULL,
    last_used_at TEXT,
    revoked_at   TEXT
);

-- One live token per name; a revoked name can be given to a new token.
CREATE UNIQUE INDEX api_tokens_live_name ON api_tokens(name) WHERE revoked_at IS NULL;
