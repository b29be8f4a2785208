-- Broadcasts (SQL Server): an announcement staff send to a segment (a cohort, a commune, a sector, all leaders).
-- Each recipient's SMS is an outbox row keyed broadcast:<id>:<number> (non-essential: quiet hours and STOP apply).
CREATE TABLE dbo.broadcasts (
    id             BIGINT IDENTITY(1, 1) NOT NULL CONSTRAINT pk_broadcasts PRIMARY KEY CLUSTERED,
    audience_kind  VARCHAR(16) NOT NULL CONSTRAINT ck_broadcasts_audience_kind CHECK (audience_kind IN ('cohort', 'commune', 'sector', 'leaders')),
    audience_value NVARCHAR(200) NULL,
    text_fr        NVARCHAR(1600) NOT NULL,
    text_bm        NVARCHAR(1600) NOT NULL,
    recipients     INT NOT NULL,
    created_by     NVARCHAR(200) NOT NULL,
    created_at     DATETIMEOFFSET(7) NOT NULL
);
