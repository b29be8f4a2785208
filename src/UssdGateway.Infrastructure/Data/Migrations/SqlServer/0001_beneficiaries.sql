-- Beneficiaries and what we remember per phone number (SQL Server).
-- Timestamps are datetimeoffset written in UTC. Phone numbers and name keys compare in a binary
-- collation: name_key is already folded (lower case, no accents) by the application, so the unique key
-- decides exactly as the code does, whatever the database's default collation.
-- The UNIQUE (phone_e164, name_key) index also serves lookups by phone (its leading column).

CREATE TABLE dbo.beneficiaries (
    id               BIGINT IDENTITY(1, 1) NOT NULL,
    phone_e164       NVARCHAR(16) COLLATE Latin1_General_100_BIN2 NOT NULL,
    full_name        NVARCHAR(200) NOT NULL,
    name_key         NVARCHAR(200) COLLATE Latin1_General_100_BIN2 NOT NULL,
    gender           NVARCHAR(16) NOT NULL,
    birth_year       INT NOT NULL,
    commune          NVARCHAR(100) NOT NULL,
    region_of_origin NVARCHAR(100) NOT NULL,
    sector           NVARCHAR(100) NOT NULL,
    language         NVARCHAR(8) NOT NULL,
    consented_at     DATETIMEOFFSET(7) NOT NULL,
    consent_version  NVARCHAR(32) NOT NULL,
    channel          NVARCHAR(32) NOT NULL,
    session_id       NVARCHAR(128) NULL,
    is_test          BIT NOT NULL CONSTRAINT df_beneficiaries_is_test DEFAULT (0),
    created_at       DATETIMEOFFSET(7) NOT NULL,
    CONSTRAINT pk_beneficiaries PRIMARY KEY CLUSTERED (id),
    CONSTRAINT uq_beneficiaries_phone_name UNIQUE NONCLUSTERED (phone_e164, name_key)
);

CREATE TABLE dbo.caller_preferences (
    phone_e164 NVARCHAR(16) COLLATE Latin1_General_100_BIN2 NOT NULL,
    language   NVARCHAR(8) NOT NULL,
    updated_at DATETIMEOFFSET(7) NOT NULL,
    CONSTRAINT pk_caller_preferences PRIMARY KEY CLUSTERED (phone_e164)
);
