-- The hop log (one row per USSD hop, written in batches off the hot path) and the telcos'
-- end-of-session notifications (SQL Server). Timestamps are datetimeoffset written in UTC.
-- input_kind and outcome hold the names of HopInputKind and HopOutcome (Dial, Choice, ...; Continue, End, ...).
-- Text lengths match the clipping done by the application (HopRow, SessionEndLog).

CREATE TABLE dbo.ussd_hops (
    id           BIGINT IDENTITY(1, 1) NOT NULL,
    at           DATETIMEOFFSET(3) NOT NULL,
    provider     NVARCHAR(32) NOT NULL,
    session_id   NVARCHAR(128) NOT NULL,
    menu_id      NVARCHAR(64) NOT NULL,
    menu_version NVARCHAR(100) NOT NULL,
    screen       NVARCHAR(100) NOT NULL,
    input_kind   VARCHAR(16) NOT NULL,
    outcome      VARCHAR(16) NOT NULL,
    latency_ms   REAL NOT NULL,
    is_test      BIT NOT NULL CONSTRAINT df_ussd_hops_is_test DEFAULT (0),
    CONSTRAINT pk_ussd_hops PRIMARY KEY CLUSTERED (id)
);

CREATE NONCLUSTERED INDEX ix_ussd_hops_at ON dbo.ussd_hops (at);

CREATE TABLE dbo.ussd_session_ends (
    id            BIGINT IDENTITY(1, 1) NOT NULL,
    provider      NVARCHAR(32) NOT NULL,
    session_id    NVARCHAR(128) NOT NULL,
    phone_e164    NVARCHAR(32) NULL,
    service_code  NVARCHAR(64) NULL,
    network_code  NVARCHAR(32) NULL,
    status        NVARCHAR(32) NOT NULL,
    duration_ms   BIGINT NULL,
    hops          INT NULL,
    cost          NVARCHAR(64) NULL,
    error_message NVARCHAR(1000) NULL,
    ended_at      DATETIMEOFFSET(7) NULL,
    received_at   DATETIMEOFFSET(7) NOT NULL,
    CONSTRAINT pk_ussd_session_ends PRIMARY KEY CLUSTERED (id),
    CONSTRAINT uq_ussd_session_ends_session UNIQUE NONCLUSTERED (provider, session_id)
);
