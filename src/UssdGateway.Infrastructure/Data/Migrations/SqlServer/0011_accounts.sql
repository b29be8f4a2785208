-- Staff accounts of the console and API keys for integrations (SQL Server).
-- staff_users: user names in lower case; password_hash from ASP.NET Core Identity's PasswordHasher (PBKDF2);
-- security_stamp changes with the password, role or disabled flag, ending the sign-ins made before.
CREATE TABLE dbo.staff_users (
    id             BIGINT IDENTITY(1, 1) NOT NULL,
    username       NVARCHAR(64) COLLATE Latin1_General_100_BIN2 NOT NULL,
    password_hash  VARCHAR(512) NOT NULL,
    role           VARCHAR(16) NOT NULL,
    disabled       BIT NOT NULL CONSTRAINT df_staff_users_disabled DEFAULT (0),
    security_stamp VARCHAR(64) NOT NULL,
    created_at     DATETIMEOFFSET(7) NOT NULL,
    updated_at     DATETIMEOFFSET(7) NOT NULL,
    last_login_at  DATETIMEOFFSET(7) NULL,
    CONSTRAINT pk_staff_users PRIMARY KEY CLUSTERED (id),
    CONSTRAINT ck_staff_users_role CHECK (role IN ('admin', 'staff', 'viewer'))
);

CREATE UNIQUE NONCLUSTERED INDEX ux_staff_users_username ON dbo.staff_users (username);

-- api_keys: only the SHA-256 of a key (hex) is kept, with its first characters to recognise it; one active key per name.
CREATE TABLE dbo.api_keys (
    id         BIGINT IDENTITY(1, 1) NOT NULL,
    name       NVARCHAR(64) COLLATE Latin1_General_100_BIN2 NOT NULL,
    key_prefix VARCHAR(32) NOT NULL,
    key_hash   CHAR(64) NOT NULL,
    role       VARCHAR(16) NOT NULL,
    created_at DATETIMEOFFSET(7) NOT NULL,
    created_by NVARCHAR(64) NOT NULL,
    revoked_at DATETIMEOFFSET(7) NULL,
    CONSTRAINT pk_api_keys PRIMARY KEY CLUSTERED (id),
    CONSTRAINT ck_api_keys_role CHECK (role IN ('admin', 'staff', 'viewer'))
);

CREATE UNIQUE NONCLUSTERED INDEX ux_api_keys_key_hash ON dbo.api_keys (key_hash);
CREATE UNIQUE NONCLUSTERED INDEX ux_api_keys_active_name ON dbo.api_keys (name) WHERE revoked_at IS NULL;
