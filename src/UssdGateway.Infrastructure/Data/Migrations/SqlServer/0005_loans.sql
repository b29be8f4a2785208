-- Loans, their instalment schedules, repayments, and the PINs guarding loan details (SQL Server).
-- A loan goes to a beneficiary or to a cooperative (exactly one). Balances are computed (principal minus
-- repayments), never stored. Repayment references are unique: recording one twice is a no-op. Amounts: integer XOF.

CREATE TABLE dbo.loans (
    id             BIGINT IDENTITY(1, 1) NOT NULL,
    reference      NVARCHAR(64) COLLATE Latin1_General_100_BIN2 NOT NULL,
    beneficiary_id BIGINT NULL,
    cooperative_id BIGINT NULL,
    principal_xof  BIGINT NOT NULL,
    disbursed_on   DATE NOT NULL,
    is_test        BIT NOT NULL CONSTRAINT df_loans_is_test DEFAULT (0),
    is_demo        BIT NOT NULL CONSTRAINT df_loans_is_demo DEFAULT (0),
    created_at     DATETIMEOFFSET(7) NOT NULL,
    CONSTRAINT pk_loans PRIMARY KEY CLUSTERED (id),
    CONSTRAINT fk_loans_beneficiary FOREIGN KEY (beneficiary_id) REFERENCES dbo.beneficiaries (id),
    CONSTRAINT fk_loans_cooperative FOREIGN KEY (cooperative_id) REFERENCES dbo.cooperatives (id),
    CONSTRAINT uq_loans_reference UNIQUE NONCLUSTERED (reference),
    CONSTRAINT ck_loans_principal CHECK (principal_xof > 0 AND principal_xof <= 1000000000),
    CONSTRAINT ck_loans_one_borrower CHECK (
        (beneficiary_id IS NOT NULL AND cooperative_id IS NULL) OR (beneficiary_id IS NULL AND cooperative_id IS NOT NULL))
);

CREATE NONCLUSTERED INDEX ix_loans_beneficiary ON dbo.loans (beneficiary_id);
CREATE NONCLUSTERED INDEX ix_loans_cooperative ON dbo.loans (cooperative_id);

CREATE TABLE dbo.loan_instalments (
    id         BIGINT IDENTITY(1, 1) NOT NULL,
    loan_id    BIGINT NOT NULL,
    number     INT NOT NULL,
    due_on     DATE NOT NULL,
    amount_xof BIGINT NOT NULL,
    CONSTRAINT pk_loan_instalments PRIMARY KEY CLUSTERED (id),
    CONSTRAINT fk_loan_instalments_loan FOREIGN KEY (loan_id) REFERENCES dbo.loans (id) ON DELETE CASCADE,
    CONSTRAINT uq_loan_instalments UNIQUE NONCLUSTERED (loan_id, number),
    CONSTRAINT ck_loan_instalments_number CHECK (number > 0),
    CONSTRAINT ck_loan_instalments_amount CHECK (amount_xof > 0 AND amount_xof <= 1000000000)
);

-- channel: mobile_money | cash | bank | ussd | sms | staff.
CREATE TABLE dbo.loan_repayments (
    id          BIGINT IDENTITY(1, 1) NOT NULL,
    loan_id     BIGINT NOT NULL,
    amount_xof  BIGINT NOT NULL,
    paid_on     DATE NOT NULL,
    channel     VARCHAR(16) NOT NULL,
    reference   NVARCHAR(100) COLLATE Latin1_General_100_BIN2 NOT NULL,
    recorded_by NVARCHAR(64) NOT NULL,
    recorded_at DATETIMEOFFSET(7) NOT NULL,
    is_test     BIT NOT NULL CONSTRAINT df_loan_repayments_is_test DEFAULT (0),
    is_demo     BIT NOT NULL CONSTRAINT df_loan_repayments_is_demo DEFAULT (0),
    CONSTRAINT pk_loan_repayments PRIMARY KEY CLUSTERED (id),
    CONSTRAINT fk_loan_repayments_loan FOREIGN KEY (loan_id) REFERENCES dbo.loans (id),
    CONSTRAINT uq_loan_repayments_reference UNIQUE NONCLUSTERED (reference),
    CONSTRAINT ck_loan_repayments_amount CHECK (amount_xof > 0 AND amount_xof <= 1000000000),
    CONSTRAINT ck_loan_repayments_channel CHECK (channel IN ('mobile_money', 'cash', 'bank', 'ussd', 'sms', 'staff'))
);

CREATE NONCLUSTERED INDEX ix_loan_repayments_loan ON dbo.loan_repayments (loan_id);

-- pin_hash: pbkdf2-sha256$iterations$salt$hash (base64). failed_attempts counts wrong PINs on the Bamako day
-- of last_failed_at; locked_until is the end of that day once the limit is reached.
CREATE TABLE dbo.loan_pins (
    beneficiary_id  BIGINT NOT NULL,
    pin_hash        VARCHAR(200) NOT NULL,
    failed_attempts INT NOT NULL CONSTRAINT df_loan_pins_failed DEFAULT (0),
    last_failed_at  DATETIMEOFFSET(7) NULL,
    locked_until    DATETIMEOFFSET(7) NULL,
    updated_at      DATETIMEOFFSET(7) NOT NULL,
    CONSTRAINT pk_loan_pins PRIMARY KEY CLUSTERED (beneficiary_id),
    CONSTRAINT fk_loan_pins_beneficiary FOREIGN KEY (beneficiary_id) REFERENCES dbo.beneficiaries (id),
    CONSTRAINT ck_loan_pins_failed CHECK (failed_attempts >= 0)
);
