-- Essential and non-essential outgoing SMS (SQL Server).
-- kind: 'essential' (a reply, or the confirmation of the person's own action: sent even after STOP) or 'non_essential'
-- (reminders, notices, broadcasts: refused for an opted-out number, recorded as failed with reason 'opted out').
-- Rows written before this migration were all replies: essential.
ALTER TABLE dbo.sms_outbox ADD kind VARCHAR(16) NOT NULL
    CONSTRAINT df_sms_outbox_kind DEFAULT ('essential')
    CONSTRAINT ck_sms_outbox_kind CHECK (kind IN ('essential', 'non_essential'));
