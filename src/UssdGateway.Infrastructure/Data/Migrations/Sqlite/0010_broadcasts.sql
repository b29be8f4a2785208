-- Broadcasts (SQLite): an announcement staff send to a segment (a cohort, a commune, a sector, all leaders).
-- Each recipient's SMS is an outbox row keyed broadcast:<id>:<number> (non-essential: quiet hours and STOP apply).
CREATE TABLE broadcasts (
    id             INTEGER PRIMARY KEY AUTOINCREMENT,
    audience_kind  TEXT    NOT NULL CHECK (audience_kind IN ('cohort', 'commune', 'sector', 'leaders')),
    audience_value TEXT    NULL,
    text_fr        TEXT    NOT NULL,
    text_bm        TEXT    NOT NULL,
    recipients     INTEGER NOT NULL,
    created_by     TEXT    NOT NULL,
    created_at     TEXT    NOT NULL
);
