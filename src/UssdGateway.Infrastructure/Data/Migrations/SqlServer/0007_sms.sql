-- SMS in and out (SQL Server).
-- sms_inbox: every inbound message, stored before the webhook answers; a provider's retry (same provider message id)
-- is stored once. from_e164 is null when the sender's number is not valid (stored as received, flagged, not answered).
CREATE TABLE dbo.sms_inbox (
    id                  BIGINT IDENTITY(1, 1) NOT NULL,
    provider            VARCHAR(32) NOT NULL,
    provider_message_id NVARCHAR(128) COLLATE Latin1_General_100_BIN2 NOT NULL,
    from_raw            NVARCHAR(64) NOT NULL,
    from_e164           NVARCHAR(16) COLLATE Latin1_General_100_BIN2 NULL,
    to_address          NVARCHAR(64) NOT NULL,
    text                NVARCHAR(2000) NOT NULL,
    link_id             NVARCHAR(128) NULL,
    sent_at             DATETIMEOFFSET(7) NULL,
    received_at         DATETIMEOFFSET(7) NOT NULL,
    status              VARCHAR(16) NOT NULL CONSTRAINT df_sms_inbox_status DEFAULT ('received'),
    error               NVARCHAR(1000) NULL,
    is_test             BIT NOT NULL CONSTRAINT df_sms_inbox_is_test DEFAULT (0),
    CONSTRAINT pk_sms_inbox PRIMARY KEY CLUSTERED (id),
    CONSTRAINT ck_sms_inbox_status CHECK (status IN ('received', 'processed', 'failed', 'ignored'))
);

CREATE UNIQUE NONCLUSTERED INDEX ux_sms_inbox_provider_message ON dbo.sms_inbox (provider, provider_message_id);
CREATE NONCLUSTERED INDEX ix_sms_inbox_from ON dbo.sms_inbox (from_e164);

-- sms_outbox: every outgoing message is a row first, then sent; status moves only by compare-and-set UPDATEs.
CREATE TABLE dbo.sms_outbox (
    id                  BIGINT IDENTITY(1, 1) NOT NULL,
    idempotency_key     NVARCHAR(200) COLLATE Latin1_General_100_BIN2 NOT NULL,
    recipient_e164      NVARCHAR(16) COLLATE Latin1_General_100_BIN2 NOT NULL,
    text                NVARCHAR(1600) NOT NULL,
    encoding            VARCHAR(8) NOT NULL,
    segments            INT NOT NULL,
    provider            VARCHAR(32) NULL,
    status              VARCHAR(16) NOT NULL,
    attempts            INT NOT NULL CONSTRAINT df_sms_outbox_attempts DEFAULT (0),
    provider_message_id NVARCHAR(128) COLLATE Latin1_General_100_BIN2 NULL,
    provider_status     NVARCHAR(64) NULL,
    failure_reason      NVARCHAR(500) NULL,
    cost_xof            DECIMAL(12, 4) NULL,
    next_attempt_at     DATETIMEOFFSET(7) NOT NULL,
    created_at          DATETIMEOFFSET(7) NOT NULL,
    sent_at             DATETIMEOFFSET(7) NULL,
    updated_at          DATETIMEOFFSET(7) NOT NULL,
    is_test             BIT NOT NULL CONSTRAINT df_sms_outbox_is_test DEFAULT (0),
    CONSTRAINT pk_sms_outbox PRIMARY KEY CLUSTERED (id),
    CONSTRAINT ck_sms_outbox_encoding CHECK (encoding IN ('gsm7', 'ucs2')),
    CONSTRAINT ck_sms_outbox_status CHECK (status IN ('queued', 'sending', 'sent', 'delivered', 'failed', 'unknown'))
);

CREATE UNIQUE NONCLUSTERED INDEX ux_sms_outbox_idempotency_key ON dbo.sms_outbox (idempotency_key);
CREATE NONCLUSTERED INDEX ix_sms_outbox_due ON dbo.sms_outbox (status, next_attempt_at);
CREATE NONCLUSTERED INDEX ix_sms_outbox_provider_message ON dbo.sms_outbox (provider, provider_message_id);
