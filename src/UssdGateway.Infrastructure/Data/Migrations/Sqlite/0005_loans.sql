-- Loans, their instalment schedules, repayments, and the PINs guarding loan details (SQLite).
-- A loan goes to a beneficiary or to a cooperative (exactly one). Balances are computed (principal minus
-- repayments), never stored. Repayment references are unique: recording one twice is a no-op. Amounts: integer XOF.

CREATE TABLE loans (
    id             INTEGER PRIMARY KEY AUTOINCREMENT,
    reference      TEXT    NOT NULL,
    beneficiary_id INTEGER NULL REFERENCES beneficiaries (id),
    cooperative_id INTEGER NULL REFERENCES cooperatives (id),
    principal_xof  INTEGER NOT NULL CHECK (principal_xof > 0 AND principal_xof <= 1000000000),
    disbursed_on   TEXT    NOT NULL,
    is_test        INTEGER NOT NULL DEFAULT 0 CHECK (is_test IN (0, 1)),
    is_demo        INTEGER NOT NULL DEFAULT 0 CHECK (is_demo IN (0, 1)),
    created_at     TEXT    NOT NULL,
    CONSTRAINT uq_loans_reference UNIQUE (reference),
    CONSTRAINT ck_loans_one_borrower CHECK (
        (beneficiary_id IS NOT NULL AND cooperative_id IS NULL) OR (beneficiary_id IS NULL AND cooperative_id IS NOT NULL))
);

CREATE INDEX ix_loans_beneficiary ON loans (beneficiary_id);
CREATE INDEX ix_loans_cooperative ON loans (cooperative_id);

CREATE TABLE loan_instalments (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    loan_id    INTEGER NOT NULL REFERENCES loans (id) ON DELETE CASCADE,
    number     INTEGER NOT NULL CHECK (number > 0),
    due_on     TEXT    NOT NULL,
    amount_xof INTEGER NOT NULL CHECK (amount_xof > 0 AND amount_xof <= 1000000000),
    CONSTRAINT uq_loan_instalments UNIQUE (loan_id, number)
);

-- channel: mobile_money | cash | bank | ussd | sms | staff.
CREATE TABLE loan_repayments (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    loan_id     INTEGER NOT NULL REFERENCES loans (id),
    amount_xof  INTEGER NOT NULL CHECK (amount_xof > 0 AND amount_xof <= 1000000000),
    paid_on     TEXT    NOT NULL,
    channel     TEXT    NOT NULL CHECK (channel IN ('mobile_money', 'cash', 'bank', 'ussd', 'sms', 'staff')),
    reference   TEXT    NOT NULL,
    recorded_by TEXT    NOT NULL,
    recorded_at TEXT    NOT NULL,
    is_test     INTEGER NOT NULL DEFAULT 0 CHECK (is_test IN (0, 1)),
    is_demo     INTEGER NOT NULL DEFAULT 0 CHECK (is_demo IN (0, 1)),
    CONSTRAINT uq_loan_repayments_reference UNIQUE (reference)
);

CREATE INDEX ix_loan_repayments_loan ON loan_repayments (loan_id);

-- pin_hash: pbkdf2-sha256$iterations$salt$hash (base64). failed_attempts counts wrong PINs on the Bamako day
-- of last_failed_at; locked_until is the end of that day once the limit is reached.
CREATE TABLE loan_pins (
    beneficiary_id  INTEGER NOT NULL PRIMARY KEY REFERENCES beneficiaries (id),
    pin_hash        TEXT    NOT NULL,
    failed_attempts INTEGER NOT NULL DEFAULT 0 CHECK (failed_attempts >= 0),
    last_failed_at  TEXT    NULL,
    locked_until    TEXT    NULL,
    updated_at      TEXT    NOT NULL
);
