-- Inbound SMS processing and opt-out (SQL Server).
-- sms_inbox gains what the processor did: processed_at and outcome (the command and its result, or why it was ignored);
-- a failure keeps its reason in error.
ALTER TABLE dbo.sms_inbox ADD processed_at DATETIMEOFFSET(7) NULL, outcome NVARCHAR(200) NULL;

CREATE NONCLUSTERED INDEX ix_sms_inbox_status ON dbo.sms_inbox (status, id);

-- sms_opt_outs: numbers that sent STOP (or that a provider reports opted out); START deletes the row.
CREATE TABLE dbo.sms_opt_outs (
    phone_e164    NVARCHAR(16) COLLATE Latin1_General_100_BIN2 NOT NULL,
    opted_out_at  DATETIMEOFFSET(7) NOT NULL,
    source        VARCHAR(32) NOT NULL,
    is_test       BIT NOT NULL CONSTRAINT df_sms_opt_outs_is_test DEFAULT (0),
    CONSTRAINT pk_sms_opt_outs PRIMARY KEY CLUSTERED (phone_e164)
);
