-- Cooperatives and SSE enterprises, their leaders, and monthly sales reports (SQLite).
-- form: collective_enterprise | production_cooperative | service_cooperative | gie.
-- Sales reports are never updated in place except for is_current: a correction is a new row naming the row it
-- supersedes; exactly one current row per cooperative and month (partial unique index). Amounts: integer XOF.

CREATE TABLE cooperatives (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    name          TEXT    NOT NULL,
    form          TEXT    NOT NULL CHECK (form IN ('collective_enterprise', 'production_cooperative', 'service_cooperative', 'gie')),
    sector        TEXT    NOT NULL,
    commune       TEXT    NOT NULL,
    members_count INTEGER NOT NULL CHECK (members_count >= 0),
    is_test       INTEGER NOT NULL DEFAULT 0 CHECK (is_test IN (0, 1)),
    is_demo       INTEGER NOT NULL DEFAULT 0 CHECK (is_demo IN (0, 1)),
    created_at    TEXT    NOT NULL,
    CONSTRAINT uq_cooperatives_name_commune UNIQUE (name, commune)
);

-- A leader is a phone number (how they call), optionally a registered beneficiary.
CREATE TABLE cooperative_leaders (
    id             INTEGER PRIMARY KEY AUTOINCREMENT,
    cooperative_id INTEGER NOT NULL REFERENCES cooperatives (id),
    phone_e164     TEXT    NOT NULL,
    beneficiary_id INTEGER NULL REFERENCES beneficiaries (id),
    is_test        INTEGER NOT NULL DEFAULT 0 CHECK (is_test IN (0, 1)),
    is_demo        INTEGER NOT NULL DEFAULT 0 CHECK (is_demo IN (0, 1)),
    created_at     TEXT    NOT NULL,
    CONSTRAINT uq_cooperative_leaders UNIQUE (cooperative_id, phone_e164)
);

CREATE INDEX ix_cooperative_leaders_phone ON cooperative_leaders (phone_e164);

-- month: YYYY-MM. channel: ussd | sms | staff. reported_by: the phone number or staff user.
CREATE TABLE sales_reports (
    id             INTEGER PRIMARY KEY AUTOINCREMENT,
    cooperative_id INTEGER NOT NULL REFERENCES cooperatives (id),
    month          TEXT    NOT NULL CHECK (length(month) = 7 AND month GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]'),
    amount_xof     INTEGER NOT NULL CHECK (amount_xof >= 0 AND amount_xof <= 1000000000),
    channel        TEXT    NOT NULL CHECK (channel IN ('ussd', 'sms', 'staff')),
    reported_by    TEXT    NOT NULL,
    reported_at    TEXT    NOT NULL,
    supersedes_id  INTEGER NULL REFERENCES sales_reports (id),
    is_current     INTEGER NOT NULL CHECK (is_current IN (0, 1)),
    is_test        INTEGER NOT NULL DEFAULT 0 CHECK (is_test IN (0, 1)),
    is_demo        INTEGER NOT NULL DEFAULT 0 CHECK (is_demo IN (0, 1))
);

CREATE UNIQUE INDEX ux_sales_reports_current ON sales_reports (cooperative_id, month) WHERE is_current = 1;
CREATE INDEX ix_sales_reports_month ON sales_reports (cooperative_id, month, id);
