-- Cooperatives and SSE enterprises, their leaders, and monthly sales reports (SQL Server).
-- form: collective_enterprise | production_cooperative | service_cooperative | gie.
-- Sales reports are never updated in place except for is_current: a correction is a new row naming the row it
-- supersedes; exactly one current row per cooperative and month (filtered unique index). Amounts: integer XOF.

CREATE TABLE dbo.cooperatives (
    id            BIGINT IDENTITY(1, 1) NOT NULL,
    name          NVARCHAR(200) NOT NULL,
    form          VARCHAR(32) NOT NULL,
    sector        NVARCHAR(64) NOT NULL,
    commune       NVARCHAR(32) NOT NULL,
    members_count INT NOT NULL,
    is_test       BIT NOT NULL CONSTRAINT df_cooperatives_is_test DEFAULT (0),
    is_demo       BIT NOT NULL CONSTRAINT df_cooperatives_is_demo DEFAULT (0),
    created_at    DATETIMEOFFSET(7) NOT NULL,
    CONSTRAINT pk_cooperatives PRIMARY KEY CLUSTERED (id),
    CONSTRAINT uq_cooperatives_name_commune UNIQUE NONCLUSTERED (name, commune),
    CONSTRAINT ck_cooperatives_form CHECK (form IN ('collective_enterprise', 'production_cooperative', 'service_cooperative', 'gie')),
    CONSTRAINT ck_cooperatives_members CHECK (members_count >= 0)
);

-- A leader is a phone number (how they call), optionally a registered beneficiary.
CREATE TABLE dbo.cooperative_leaders (
    id             BIGINT IDENTITY(1, 1) NOT NULL,
    cooperative_id BIGINT NOT NULL,
    phone_e164     NVARCHAR(16) COLLATE Latin1_General_100_BIN2 NOT NULL,
    beneficiary_id BIGINT NULL,
    is_test        BIT NOT NULL CONSTRAINT df_cooperative_leaders_is_test DEFAULT (0),
    is_demo        BIT NOT NULL CONSTRAINT df_cooperative_leaders_is_demo DEFAULT (0),
    created_at     DATETIMEOFFSET(7) NOT NULL,
    CONSTRAINT pk_cooperative_leaders PRIMARY KEY CLUSTERED (id),
    CONSTRAINT fk_cooperative_leaders_cooperative FOREIGN KEY (cooperative_id) REFERENCES dbo.cooperatives (id),
    CONSTRAINT fk_cooperative_leaders_beneficiary FOREIGN KEY (beneficiary_id) REFERENCES dbo.beneficiaries (id),
    CONSTRAINT uq_cooperative_leaders UNIQUE NONCLUSTERED (cooperative_id, phone_e164)
);

CREATE NONCLUSTERED INDEX ix_cooperative_leaders_phone ON dbo.cooperative_leaders (phone_e164);

-- month: YYYY-MM. channel: ussd | sms | staff. reported_by: the phone number or staff user.
CREATE TABLE dbo.sales_reports (
    id             BIGINT IDENTITY(1, 1) NOT NULL,
    cooperative_id BIGINT NOT NULL,
    month          CHAR(7) NOT NULL,
    amount_xof     BIGINT NOT NULL,
    channel        VARCHAR(16) NOT NULL,
    reported_by    NVARCHAR(64) NOT NULL,
    reported_at    DATETIMEOFFSET(7) NOT NULL,
    supersedes_id  BIGINT NULL,
    is_current     BIT NOT NULL,
    is_test        BIT NOT NULL CONSTRAINT df_sales_reports_is_test DEFAULT (0),
    is_demo        BIT NOT NULL CONSTRAINT df_sales_reports_is_demo DEFAULT (0),
    CONSTRAINT pk_sales_reports PRIMARY KEY CLUSTERED (id),
    CONSTRAINT fk_sales_reports_cooperative FOREIGN KEY (cooperative_id) REFERENCES dbo.cooperatives (id),
    CONSTRAINT fk_sales_reports_supersedes FOREIGN KEY (supersedes_id) REFERENCES dbo.sales_reports (id),
    CONSTRAINT ck_sales_reports_month CHECK (month LIKE '[0-9][0-9][0-9][0-9]-[01][0-9]'),
    CONSTRAINT ck_sales_reports_amount CHECK (amount_xof >= 0 AND amount_xof <= 1000000000),
    CONSTRAINT ck_sales_reports_channel CHECK (channel IN ('ussd', 'sms', 'staff'))
);

CREATE UNIQUE NONCLUSTERED INDEX ux_sales_reports_current ON dbo.sales_reports (cooperative_id, month) WHERE is_current = 1;
CREATE NONCLUSTERED INDEX ix_sales_reports_month ON dbo.sales_reports (cooperative_id, month, id);
