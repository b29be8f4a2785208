-- Inbound SMS processing and opt-out (SQLite).
-- sms_inbox gains what the processor did: processed_at and outcome (the command and its result, or why it was ignored);
-- a failure keeps its reason in error.
ALTER TABLE sms_inbox ADD COLUMN processed_at TEXT NULL;
ALTER TABLE sms_inbox ADD COLUMN outcome TEXT NULL;

CREATE INDEX ix_sms_inbox_status ON sms_inbox (status, id);

-- sms_opt_outs: numbers that sent STOP (or that a provider reports opted out); START deletes the row.
CREATE TABLE sms_opt_outs (
    phone_e164    TEXT    NOT NULL PRIMARY KEY,
    opted_out_at  TEXT    NOT NULL,
    source        TEXT    NOT NULL,
    is_test       INTEGER NOT NULL DEFAULT 0 CHECK (is_test IN (0, 1))
);
