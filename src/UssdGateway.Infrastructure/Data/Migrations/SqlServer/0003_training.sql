-- Training cohorts, their sessions, bookings and attendance (SQL Server); demo marking of beneficiaries.
-- Timestamps are datetimeoffset written in UTC; dates are DATE (Bamako dates).
-- is_test: written by the simulator or tests, kept out of figures. is_demo: written by `ussdgw seed demo`,
-- counted in figures like programme data but removable (`ussdgw seed demo --remove`).
-- Communes and sectors hold the registration codes (I..VI, food, sanitation...).

ALTER TABLE dbo.beneficiaries ADD is_demo BIT NOT NULL CONSTRAINT df_beneficiaries_is_demo DEFAULT (0);

CREATE TABLE dbo.training_cohorts (
    id         BIGINT IDENTITY(1, 1) NOT NULL,
    name       NVARCHAR(200) NOT NULL,
    commune    NVARCHAR(32) NOT NULL,
    sector     NVARCHAR(64) NOT NULL,
    starts_on  DATE NOT NULL,
    ends_on    DATE NOT NULL,
    is_test    BIT NOT NULL CONSTRAINT df_training_cohorts_is_test DEFAULT (0),
    is_demo    BIT NOT NULL CONSTRAINT df_training_cohorts_is_demo DEFAULT (0),
    created_at DATETIMEOFFSET(7) NOT NULL,
    CONSTRAINT pk_training_cohorts PRIMARY KEY CLUSTERED (id),
    CONSTRAINT uq_training_cohorts_name UNIQUE NONCLUSTERED (name),
    CONSTRAINT ck_training_cohorts_dates CHECK (ends_on >= starts_on)
);

-- status: scheduled | moved | cancelled. One session per cohort and instant (the demo seed's natural key).
CREATE TABLE dbo.training_sessions (
    id         BIGINT IDENTITY(1, 1) NOT NULL,
    cohort_id  BIGINT NOT NULL,
    starts_at  DATETIMEOFFSET(7) NOT NULL,
    place      NVARCHAR(100) NOT NULL,
    language   NVARCHAR(8) NOT NULL,
    capacity   INT NOT NULL,
    trainer    NVARCHAR(100) NOT NULL,
    status     VARCHAR(16) NOT NULL CONSTRAINT df_training_sessions_status DEFAULT ('scheduled'),
    is_test    BIT NOT NULL CONSTRAINT df_training_sessions_is_test DEFAULT (0),
    is_demo    BIT NOT NULL CONSTRAINT df_training_sessions_is_demo DEFAULT (0),
    created_at DATETIMEOFFSET(7) NOT NULL,
    updated_at DATETIMEOFFSET(7) NOT NULL,
    CONSTRAINT pk_training_sessions PRIMARY KEY CLUSTERED (id),
    CONSTRAINT fk_training_sessions_cohort FOREIGN KEY (cohort_id) REFERENCES dbo.training_cohorts (id),
    CONSTRAINT uq_training_sessions_cohort_start UNIQUE NONCLUSTERED (cohort_id, starts_at),
    CONSTRAINT ck_training_sessions_capacity CHECK (capacity > 0 AND capacity <= 500),
    CONSTRAINT ck_training_sessions_status CHECK (status IN ('scheduled', 'moved', 'cancelled'))
);

CREATE NONCLUSTERED INDEX ix_training_sessions_starts_at ON dbo.training_sessions (starts_at);

-- status: booked | cancelled; a cancelled booking keeps its row. At most one active booking per beneficiary
-- and session (filtered unique index); capacity is enforced by the booking statement (TrainingSql).
CREATE TABLE dbo.training_bookings (
    id             BIGINT IDENTITY(1, 1) NOT NULL,
    session_id     BIGINT NOT NULL,
    beneficiary_id BIGINT NOT NULL,
    status         VARCHAR(16) NOT NULL,
    channel        VARCHAR(16) NOT NULL,
    booked_at      DATETIMEOFFSET(7) NOT NULL,
    cancelled_at   DATETIMEOFFSET(7) NULL,
    is_test        BIT NOT NULL CONSTRAINT df_training_bookings_is_test DEFAULT (0),
    is_demo        BIT NOT NULL CONSTRAINT df_training_bookings_is_demo DEFAULT (0),
    CONSTRAINT pk_training_bookings PRIMARY KEY CLUSTERED (id),
    CONSTRAINT fk_training_bookings_session FOREIGN KEY (session_id) REFERENCES dbo.training_sessions (id),
    CONSTRAINT fk_training_bookings_beneficiary FOREIGN KEY (beneficiary_id) REFERENCES dbo.beneficiaries (id),
    CONSTRAINT ck_training_bookings_status CHECK (status IN ('booked', 'cancelled')),
    CONSTRAINT ck_training_bookings_cancelled CHECK (
        (status = 'booked' AND cancelled_at IS NULL) OR (status = 'cancelled' AND cancelled_at IS NOT NULL))
);

CREATE UNIQUE NONCLUSTERED INDEX ux_training_bookings_active
    ON dbo.training_bookings (session_id, beneficiary_id) WHERE status = 'booked';
CREATE NONCLUSTERED INDEX ix_training_bookings_session ON dbo.training_bookings (session_id, status);
CREATE NONCLUSTERED INDEX ix_training_bookings_beneficiary ON dbo.training_bookings (beneficiary_id, status);

CREATE TABLE dbo.training_attendance (
    id             BIGINT IDENTITY(1, 1) NOT NULL,
    session_id     BIGINT NOT NULL,
    beneficiary_id BIGINT NOT NULL,
    present        BIT NOT NULL,
    recorded_by    NVARCHAR(64) NOT NULL,
    recorded_at    DATETIMEOFFSET(7) NOT NULL,
    is_test        BIT NOT NULL CONSTRAINT df_training_attendance_is_test DEFAULT (0),
    is_demo        BIT NOT NULL CONSTRAINT df_training_attendance_is_demo DEFAULT (0),
    CONSTRAINT pk_training_attendance PRIMARY KEY CLUSTERED (id),
    CONSTRAINT fk_training_attendance_session FOREIGN KEY (session_id) REFERENCES dbo.training_sessions (id),
    CONSTRAINT fk_training_attendance_beneficiary FOREIGN KEY (beneficiary_id) REFERENCES dbo.beneficiaries (id),
    CONSTRAINT uq_training_attendance UNIQUE NONCLUSTERED (session_id, beneficiary_id)
);
