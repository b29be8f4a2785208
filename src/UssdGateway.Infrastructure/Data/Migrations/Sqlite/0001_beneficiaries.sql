-- Beneficiaries and what we remember per phone number (SQLite).
-- Timestamps are UTC, ISO-8601 text (yyyy-MM-ddTHH:mm:ss.fffffffZ): they sort as they read.
-- The UNIQUE (phone_e164, name_key) index also serves lookups by phone (its leading column),
-- so phone_e164 needs no index of its own.

CREATE TABLE beneficiaries (
    id               INTEGER PRIMARY KEY AUTOINCREMENT,
    phone_e164       TEXT    NOT NULL,
    full_name        TEXT    NOT NULL,
    name_key         TEXT    NOT NULL,
    gender           TEXT    NOT NULL,
    birth_year       INTEGER NOT NULL,
    commune          TEXT    NOT NULL,
    region_of_origin TEXT    NOT NULL,
    sector           TEXT    NOT NULL,
    language         TEXT    NOT NULL,
    consented_at     TEXT    NOT NULL,
    consent_version  TEXT    NOT NULL,
    channel          TEXT    NOT NULL,
    session_id       TEXT    NULL,
    is_test          INTEGER NOT NULL DEFAULT 0 CHECK (is_test IN (0, 1)),
    created_at       TEXT    NOT NULL,
    CONSTRAINT uq_beneficiaries_phone_name UNIQUE (phone_e164, name_key)
);

CREATE TABLE caller_preferences (
    phone_e164 TEXT NOT NULL PRIMARY KEY,
    language   TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
