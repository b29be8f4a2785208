-- Menu history (SQLite): every version of a menu file (or sms.yaml) published from the staff console, and the
-- version found on disk before the first publish; a rollback publishes an old version again, recorded here too.
CREATE TABLE menu_history (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    file_name    TEXT    NOT NULL,
    content      TEXT    NOT NULL,
    content_hash TEXT    NOT NULL,
    size_bytes   INTEGER NOT NULL,
    action       TEXT    NOT NULL CHECK (action IN ('found', 'publish', 'upload', 'rollback')),
    saved_by     TEXT    NOT NULL,
    saved_at     TEXT    NOT NULL
);
CREATE INDEX ix_menu_history_file ON menu_history (file_name, id);
