-- Essential and non-essential outgoing SMS (SQLite).
-- kind: 'essential' (a reply, or the confirmation of the person's own action: sent even after STOP) or 'non_essential'
-- (reminders, notices, broadcasts: refused for an opted-out number, recorded as failed with reason 'opted out').
-- Rows written before this migration were all replies: essential.
ALTER TABLE sms_outbox ADD COLUMN kind TEXT NOT NULL DEFAULT 'essential' CHECK (kind IN ('essential', 'non_essential'));
