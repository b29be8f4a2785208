-- Menu history (SQL Server): every version of a menu file (or sms.yaml) published from the staff console, and the
-- version found on disk before the first publish; a rollback publishes an old version again, recorded here too.
CREATE TABLE dbo.menu_history (
    id           BIGINT IDENTITY(1, 1) NOT NULL CONSTRAINT pk_menu_history PRIMARY KEY CLUSTERED,
    file_name    NVARCHAR(200) NOT NULL,
    content      NVARCHAR(MAX) NOT NULL,
    content_hash VARCHAR(64) NOT NULL,
    size_bytes   INT NOT NULL,
    action       VARCHAR(16) NOT NULL CONSTRAINT ck_menu_history_action CHECK (action IN ('found', 'publish', 'upload', 'rollback')),
    saved_by     NVARCHAR(200) NOT NULL,
    saved_at     DATETIMEOFFSET(7) NOT NULL
);
CREATE INDEX ix_menu_history_file ON dbo.menu_history (file_name, id);
