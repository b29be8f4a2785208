-- SMS in and out (SQLite).
-- sms_inbox: every inbound message, stored before the webhook answers; a provider's retry (same provider message id)
-- is stored once. from_e164 is null when the sender's number is not valid (stored as received, flagged, not answered).
CREATE TABLE sms_inbox (
    id                  INTEGER PRIMARY KEY AUTOINCREMENT,
    provider            TEXT    NOT NULL,
    provider_message_id TEXT    NOT NULL,
    from_raw            TEXT    NOT NULL,
    from_e164           TEXT    NULL,
    to_address          TEXT    NOT NULL,
    text                TEXT    NOT NULL,
    link_id             TEXT    NULL,
    sent_at             TEXT    NULL,
    received_at         TEXT    NOT NULL,
    status              TEXT    NOT NULL DEFAULT 'received' CHECK (status IN ('received', 'processed', 'failed', 'ignored')),
    error               TEXT    NULL,
    is_test             INTEGER NOT NULL DEFAULT 0 CHECK (is_test IN (0, 1))
);

CREATE UNIQUE INDEX ux_sms_inbox_provider_message ON sms_inbox (provider, provider_message_id);
CREATE INDEX ix_sms_inbox_from ON sms_inbox (from_e164);

-- sms_outbox: every outgoing message is a row first, then sent; status moves only by compare-and-set UPDATEs.
CREATE TABLE sms_outbox (
    id                  INTEGER PRIMARY KEY AUTOINCREMENT,
    idempotency_key     TEXT    NOT NULL,
    recipient_e164      TEXT    NOT NULL,
    text                TEXT    NOT NULL,
    encoding            TEXT    NOT NULL CHECK (encoding IN ('gsm7', 'ucs2')),
    segments            INTEGER NOT NULL,
    provider            TEXT    NULL,
    status              TEXT    NOT NULL CHECK (status IN ('queued', 'sending', 'sent', 'delivered', 'failed', 'unknown')),
    attempts            INTEGER NOT NULL DEFAULT 0,
    provider_message_id TEXT    NULL,
    provider_status     TEXT    NULL,
    failure_reason      TEXT    NULL,
    cost_xof            NUMERIC NULL,
    next_attempt_at     TEXT    NOT NULL,
    created_at          TEXT    NOT NULL,
    sent_at             TEXT    NULL,
    updated_at          TEXT    NOT NULL,
    is_test             INTEGER NOT NULL DEFAULT 0 CHECK (is_test IN (0, 1))
);

CREATE UNIQUE INDEX ux_sms_outbox_idempotency_key ON sms_outbox (idempotency_key);
CREATE INDEX ix_sms_outbox_due ON sms_outbox (status, next_attempt_at);
CREATE INDEX ix_sms_outbox_provider_message ON sms_outbox (provider, provider_message_id);
