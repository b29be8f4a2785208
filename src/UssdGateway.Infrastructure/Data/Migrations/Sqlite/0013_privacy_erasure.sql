-- Erasure of a person's data when staff handle a deletion or consent-withdrawal request as done (SQLite).
-- beneficiaries.erased_at: the row is kept for the programme's anonymous figures (gender, commune, sector, region,
-- age band) but its name, number and name key are replaced by neutral markers; erased rows get no notice or broadcast.
-- privacy_requests.refusal_reason: why staff refused a request (an outstanding loan keeps financial records).
ALTER TABLE beneficiaries ADD COLUMN erased_at TEXT NULL;
ALTER TABLE privacy_requests ADD COLUMN refusal_reason TEXT NULL;
