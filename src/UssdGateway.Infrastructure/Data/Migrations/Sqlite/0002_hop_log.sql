-- The hop log (one row per USSD hop, written in batches off the hot path) and the telcos'
-- end-of-session notifications (SQLite). Timestamps are UTC ISO-8601 text, as in 0001.
-- input_kind and outcome hold the names of HopInputKind and HopOutcome (Dial, Choice, ...; Continue, End, ...).
-- ussd_hops has no AUTOINCREMENT: a plain INTEGER PRIMARY KEY is the rowid, cheaper to append to.

CREATE TABLE ussd_hops (
    id           INTEGER PRIMARY KEY,
    at           TEXT    NOT NULL,
    provider     TEXT    NOT NULL,
    session_id   TEXT    NOT NULL,
    menu_id      TEXT    NOT NULL,
    menu_version TEXT    NOT NULL,
    screen       TEXT    NOT NULL,
    input_kind   TEXT    NOT NULL,
    outcome      TEXT    NOT NULL,
    latency_ms   REAL    NOT NULL,
    is_test      INTEGER NOT NULL DEFAULT 0 CHECK (is_test IN (0, 1))
);

CREATE INDEX ix_ussd_hops_at ON ussd_hops (at);

CREATE TABLE ussd_session_ends (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    provider      TEXT    NOT NULL,
    session_id    TEXT    NOT NULL,
    phone_e164    TEXT    NULL,
    service_code  TEXT    NULL,
    network_code  TEXT    NULL,
    status        TEXT    NOT NULL,
    duration_ms   INTEGER NULL,
    hops          INTEGER NULL,
    cost          TEXT    NULL,
    error_message TEXT    NULL,
    ended_at      TEXT    NULL,
    received_at   TEXT    NOT NULL,
    CONSTRAINT uq_ussd_session_ends_session UNIQUE (provider, session_id)
);
