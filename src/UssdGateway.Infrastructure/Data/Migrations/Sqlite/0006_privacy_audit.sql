-- Deletion and consent-withdrawal requests, and the audit trail (SQLite).
-- A request names the number it came from and, when known, the beneficiary; one pending request per kind,
-- number and beneficiary (the expression index treats "no beneficiary" as one value).

CREATE TABLE privacy_requests (
    id             INTEGER PRIMARY KEY AUTOINCREMENT,
    kind           TEXT    NOT NULL CHECK (kind IN ('deletion', 'consent_withdrawal')),
    phone_e164     TEXT    NOT NULL,
    beneficiary_id INTEGER NULL,
    channel        TEXT    NOT NULL,
    status         TEXT    NOT NULL CHECK (status IN ('pending', 'done', 'refused')),
    requested_at   TEXT    NOT NULL,
    handled_at     TEXT    NULL,
    handled_by     TEXT    NULL,
    is_test        INTEGER NOT NULL DEFAULT 0 CHECK (is_test IN (0, 1))
);

CREATE UNIQUE INDEX ux_privacy_requests_pending
    ON privacy_requests (kind, phone_e164, IFNULL(beneficiary_id, 0)) WHERE status = 'pending';
CREATE INDEX ix_privacy_requests_phone ON privacy_requests (phone_e164);

-- actor: phone number, staff user or job; channel: ussd | sms | staff | system; details: a short JSON object.
CREATE TABLE audit_trail (
    id        INTEGER PRIMARY KEY AUTOINCREMENT,
    at        TEXT    NOT NULL,
    actor     TEXT    NOT NULL,
    channel   TEXT    NOT NULL,
    action    TEXT    NOT NULL,
    entity    TEXT    NOT NULL,
    entity_id TEXT    NOT NULL,
    details   TEXT    NULL,
    is_test   INTEGER NOT NULL DEFAULT 0 CHECK (is_test IN (0, 1))
);

CREATE INDEX ix_audit_trail_entity ON audit_trail (entity, entity_id);
CREATE INDEX ix_audit_trail_at ON audit_trail (at);
