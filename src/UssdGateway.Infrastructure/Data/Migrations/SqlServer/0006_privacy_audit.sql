-- Deletion and consent-withdrawal requests, and the audit trail (SQL Server).
-- A request names the number it came from and, when known, the beneficiary; one pending request per kind,
-- number and beneficiary (a unique index treats NULLs as one value in SQL Server).

CREATE TABLE dbo.privacy_requests (
    id             BIGINT IDENTITY(1, 1) NOT NULL,
    kind           VARCHAR(32) NOT NULL,
    phone_e164     NVARCHAR(16) COLLATE Latin1_General_100_BIN2 NOT NULL,
    beneficiary_id BIGINT NULL,
    channel        VARCHAR(16) NOT NULL,
    status         VARCHAR(16) NOT NULL,
    requested_at   DATETIMEOFFSET(7) NOT NULL,
    handled_at     DATETIMEOFFSET(7) NULL,
    handled_by     NVARCHAR(64) NULL,
    is_test        BIT NOT NULL CONSTRAINT df_privacy_requests_is_test DEFAULT (0),
    CONSTRAINT pk_privacy_requests PRIMARY KEY CLUSTERED (id),
    CONSTRAINT ck_privacy_requests_kind CHECK (kind IN ('deletion', 'consent_withdrawal')),
    CONSTRAINT ck_privacy_requests_status CHECK (status IN ('pending', 'done', 'refused'))
);

CREATE UNIQUE NONCLUSTERED INDEX ux_privacy_requests_pending
    ON dbo.privacy_requests (kind, phone_e164, beneficiary_id) WHERE status = 'pending';
CREATE NONCLUSTERED INDEX ix_privacy_requests_phone ON dbo.privacy_requests (phone_e164);

-- actor: phone number, staff user or job; channel: ussd | sms | staff | system; details: a short JSON object.
CREATE TABLE dbo.audit_trail (
    id        BIGINT IDENTITY(1, 1) NOT NULL,
    at        DATETIMEOFFSET(7) NOT NULL,
    actor     NVARCHAR(64) NOT NULL,
    channel   VARCHAR(16) NOT NULL,
    action    VARCHAR(64) NOT NULL,
    entity    VARCHAR(64) NOT NULL,
    entity_id NVARCHAR(64) NOT NULL,
    details   NVARCHAR(2000) NULL,
    is_test   BIT NOT NULL CONSTRAINT df_audit_trail_is_test DEFAULT (0),
    CONSTRAINT pk_audit_trail PRIMARY KEY CLUSTERED (id)
);

CREATE NONCLUSTERED INDEX ix_audit_trail_entity ON dbo.audit_trail (entity, entity_id);
CREATE NONCLUSTERED INDEX ix_audit_trail_at ON dbo.audit_trail (at);
