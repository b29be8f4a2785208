-- Training cohorts, their sessions, bookings and attendance (SQLite); demo marking of beneficiaries.
-- Timestamps are UTC ISO-8601 text as in 0001; dates are yyyy-MM-dd text (Bamako dates); both sort as they read.
-- is_test: written by the simulator or tests, kept out of figures. is_demo: written by `ussdgw seed demo`,
-- counted in figures like programme data but removable (`ussdgw seed demo --remove`).
-- Communes and sectors hold the registration codes (I..VI, food, sanitation...).

ALTER TABLE beneficiaries ADD COLUMN is_demo INTEGER NOT NULL DEFAULT 0 CHECK (is_demo IN (0, 1));

CREATE TABLE training_cohorts (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    name       TEXT    NOT NULL,
    commune    TEXT    NOT NULL,
    sector     TEXT    NOT NULL,
    starts_on  TEXT    NOT NULL,
    ends_on    TEXT    NOT NULL,
    is_test    INTEGER NOT NULL DEFAULT 0 CHECK (is_test IN (0, 1)),
    is_demo    INTEGER NOT NULL DEFAULT 0 CHECK (is_demo IN (0, 1)),
    created_at TEXT    NOT NULL,
    CONSTRAINT uq_training_cohorts_name UNIQUE (name),
    CONSTRAINT ck_training_cohorts_dates CHECK (ends_on >= starts_on)
);

-- status: scheduled | moved | cancelled. One session per cohort and instant (the demo seed's natural key).
CREATE TABLE training_sessions (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    cohort_id  INTEGER NOT NULL REFERENCES training_cohorts (id),
    starts_at  TEXT    NOT NULL,
    place      TEXT    NOT NULL,
    language   TEXT    NOT NULL,
    capacity   INTEGER NOT NULL CHECK (capacity > 0 AND capacity <= 500),
    trainer    TEXT    NOT NULL,
    status     TEXT    NOT NULL DEFAULT 'scheduled' CHECK (status IN ('scheduled', 'moved', 'cancelled')),
    is_test    INTEGER NOT NULL DEFAULT 0 CHECK (is_test IN (0, 1)),
    is_demo    INTEGER NOT NULL DEFAULT 0 CHECK (is_demo IN (0, 1)),
    created_at TEXT    NOT NULL,
    updated_at TEXT    NOT NULL,
    CONSTRAINT uq_training_sessions_cohort_start UNIQUE (cohort_id, starts_at)
);

CREATE INDEX ix_training_sessions_starts_at ON training_sessions (starts_at);

-- status: booked | cancelled; a cancelled booking keeps its row. At most one active booking per beneficiary
-- and session (partial unique index); capacity is enforced by the booking statement (TrainingSql).
CREATE TABLE training_bookings (
    id             INTEGER PRIMARY KEY AUTOINCREMENT,
    session_id     INTEGER NOT NULL REFERENCES training_sessions (id),
    beneficiary_id INTEGER NOT NULL REFERENCES beneficiaries (id),
    status         TEXT    NOT NULL CHECK (status IN ('booked', 'cancelled')),
    channel        TEXT    NOT NULL,
    booked_at      TEXT    NOT NULL,
    cancelled_at   TEXT    NULL,
    is_test        INTEGER NOT NULL DEFAULT 0 CHECK (is_test IN (0, 1)),
    is_demo        INTEGER NOT NULL DEFAULT 0 CHECK (is_demo IN (0, 1)),
    CONSTRAINT ck_training_bookings_cancelled CHECK (
        (status = 'booked' AND cancelled_at IS NULL) OR (status = 'cancelled' AND cancelled_at IS NOT NULL))
);

CREATE UNIQUE INDEX ux_training_bookings_active ON training_bookings (session_id, beneficiary_id) WHERE status = 'booked';
CREATE INDEX ix_training_bookings_session ON training_bookings (session_id, status);
CREATE INDEX ix_training_bookings_beneficiary ON training_bookings (beneficiary_id, status);

CREATE TABLE training_attendance (
    id             INTEGER PRIMARY KEY AUTOINCREMENT,
    session_id     INTEGER NOT NULL REFERENCES training_sessions (id),
    beneficiary_id INTEGER NOT NULL REFERENCES beneficiaries (id),
    present        INTEGER NOT NULL CHECK (present IN (0, 1)),
    recorded_by    TEXT    NOT NULL,
    recorded_at    TEXT    NOT NULL,
    is_test        INTEGER NOT NULL DEFAULT 0 CHECK (is_test IN (0, 1)),
    is_demo        INTEGER NOT NULL DEFAULT 0 CHECK (is_demo IN (0, 1)),
    CONSTRAINT uq_training_attendance UNIQUE (session_id, beneficiary_id)
);
