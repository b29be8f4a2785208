-- Erasure of a person's data when staff handle a deletion or consent-withdrawal request as done (SQL Server).
-- beneficiaries.erased_at: the row is kept for the programme's anonymous figures (gender, commune, sector, region,
-- age band) but its name, number and name key are replaced by neutral markers; erased rows get no notice or broadcast.
-- privacy_requests.refusal_reason: why staff refused a request (an outstanding loan keeps financial records).
ALTER TABLE dbo.beneficiaries ADD erased_at DATETIMEOFFSET(7) NULL;
ALTER TABLE dbo.privacy_requests ADD refusal_reason NVARCHAR(500) NULL;
