-- Staff accounts of the console and API keys for integrations (SQLite).
-- staff_users: user names in lower case; password_hash from ASP.NET Core Identity's PasswordHasher (PBKDF2);
-- security_stamp changes with the password, role or disabled flag, ending the sign-ins made before.
CREATE TABLE staff_users (
    id             INTEGER PRIMARY KEY AUTOINCREMENT,
    username       TEXT    NOT NULL,
    password_hash  TEXT    NOT NULL,
    role           TEXT    NOT NULL CHECK (role IN ('admin', 'staff', 'viewer')),
    disabled       INTEGER NOT NULL DEFAULT 0 CHECK (disabled IN (0, 1)),
    security_stamp TEXT    NOT NULL,
    created_at     TEXT    NOT NULL,
    updated_at     TEXT    NOT NULL,
    last_login_at  TEXT    NULL
);

CREATE UNIQUE INDEX ux_staff_users_username ON staff_users (username);

-- api_keys: only the SHA-256 of a key (hex) is kept, with its first characters to recognise it; one active key per name.
CREATE TABLE api_keys (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    name       TEXT    NOT NULL,
    key_prefix TEXT    NOT NULL,
    key_hash   TEXT    NOT NULL,
    role       TEXT    NOT NULL CHECK (role IN ('admin', 'staff', 'viewer')),
    created_at TEXT    NOT NULL,
    created_by TEXT    NOT NULL,
    revoked_at TEXT    NULL
);

CREATE UNIQUE INDEX ux_api_keys_key_hash ON api_keys (key_hash);
CREATE UNIQUE INDEX ux_api_keys_active_name ON api_keys (name) WHERE revoked_at IS NULL;
