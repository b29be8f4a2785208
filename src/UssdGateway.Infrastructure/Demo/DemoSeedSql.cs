using UssdGateway.Infrastructure.Data;

namespace UssdGateway.Infrastructure.Demo;

/// <summary>
/// The demo seed's statements, written once per dialect: each inserts a row flagged is_demo unless its natural key is
/// already there (so the seed can run again), or finds a row's id by its natural key; <see cref="Remove"/> deletes every
/// demo row and what hangs off it. Only the PIN upsert differs beyond the schema prefix.
/// </summary>
internal sealed class DemoSeedSql
{
    public static readonly DemoSeedSql Sqlite = Build("", """
        INSERT INTO loan_pins (beneficiary_id, pin_hash, failed_attempts, last_failed_at, locked_until, updated_at)
        VALUES (@BeneficiaryId, @PinHash, 0, NULL, NULL, @Now)
        ON CONFLICT (beneficiary_id) DO UPDATE
            SET pin_hash = excluded.pin_hash, failed_attempts = 0, last_failed_at = NULL, locked_until = NULL, updated_at = excluded.updated_at;
        """);

    public static readonly DemoSeedSql SqlServer = Build("dbo.", """
        MERGE dbo.loan_pins WITH (HOLDLOCK) AS target
        USING (SELECT @BeneficiaryId AS beneficiary_id, @PinHash AS pin_hash, @Now AS updated_at) AS source
           ON target.beneficiary_id = source.beneficiary_id
        WHEN MATCHED THEN
            UPDATE SET pin_hash = source.pin_hash, failed_attempts = 0, last_failed_at = NULL, locked_until = NULL, updated_at = source.updated_at
        WHEN NOT MATCHED THEN
            INSERT (beneficiary_id, pin_hash, failed_attempts, last_failed_at, locked_until, updated_at)
            VALUES (source.beneficiary_id, source.pin_hash, 0, NULL, NULL, source.updated_at);
        """);

    public required string InsertBeneficiary { get; init; }
    public required string FindBeneficiary { get; init; }
    public required string InsertCohort { get; init; }
    public required string FindCohort { get; init; }
    public required string InsertSession { get; init; }
    public required string FindSession { get; init; }
    public required string InsertBooking { get; init; }
    public required string InsertAttendance { get; init; }
    public required string InsertCooperative { get; init; }
    public required string FindCooperative { get; init; }
    public required string InsertLeader { get; init; }
    public required string InsertFirstSalesVersion { get; init; }
    public required string InsertCurrentSales { get; init; }
    public required string InsertLoan { get; init; }
    public required string FindLoan { get; init; }
    public required string InsertInstalment { get; init; }
    public required string InsertRepayment { get; init; }
    public required string UpsertPin { get; init; }
    public required string Remove { get; init; }

    public static DemoSeedSql For(SqlDialect dialect) => dialect switch
    {
        SqlDialect.Sqlite => Sqlite,
        SqlDialect.SqlServer => SqlServer,
        _ => throw new ArgumentOutOfRangeException(nameof(dialect), dialect, null),
    };

    private static DemoSeedSql Build(string p, string upsertPin)
    {
        var demoBeneficiaries = $"(SELECT id FROM {p}beneficiaries WHERE is_demo = 1)";
        var demoCooperatives = $"(SELECT id FROM {p}cooperatives WHERE is_demo = 1)";
        var demoSessions = $"(SELECT id FROM {p}training_sessions WHERE is_demo = 1 OR cohort_id IN (SELECT id FROM {p}training_cohorts WHERE is_demo = 1))";
        var demoLoans = $"(SELECT id FROM {p}loans WHERE is_demo = 1 OR beneficiary_id IN {demoBeneficiaries} OR cooperative_id IN {demoCooperatives})";
        return new DemoSeedSql
        {
            InsertBeneficiary = $"""
                INSERT INTO {p}beneficiaries (phone_e164, full_name, name_key, gender, birth_year, commune, region_of_origin, sector,
                                              language, consented_at, consent_version, channel, session_id, is_test, is_demo, created_at)
                SELECT @Phone, @FullName, @NameKey, @Gender, @BirthYear, @Commune, @Region, @Sector,
                       @Language, @Now, @ConsentVersion, @Channel, NULL, 0, 1, @Now
                WHERE NOT EXISTS (SELECT 1 FROM {p}beneficiaries WHERE phone_e164 = @Phone AND name_key = @NameKey);
                """,
            FindBeneficiary = $"SELECT id FROM {p}beneficiaries WHERE phone_e164 = @Phone AND name_key = @NameKey;",
            InsertCohort = $"""
                INSERT INTO {p}training_cohorts (name, commune, sector, starts_on, ends_on, is_test, is_demo, created_at)
                SELECT @Name, @Commune, @Sector, @StartsOn, @EndsOn, 0, 1, @Now
                WHERE NOT EXISTS (SELECT 1 FROM {p}training_cohorts WHERE name = @Name);
                """,
            FindCohort = $"SELECT id FROM {p}training_cohorts WHERE name = @Name;",
            InsertSession = $"""
                INSERT INTO {p}training_sessions (cohort_id, starts_at, place, language, capacity, trainer, status, is_test, is_demo, created_at, updated_at)
                SELECT @CohortId, @StartsAt, @Place, @Language, @Capacity, @Trainer, 'scheduled', 0, 1, @Now, @Now
                WHERE NOT EXISTS (SELECT 1 FROM {p}training_sessions WHERE cohort_id = @CohortId AND starts_at = @StartsAt);
                """,
            FindSession = $"SELECT id FROM {p}training_sessions WHERE cohort_id = @CohortId AND starts_at = @StartsAt;",
            InsertBooking = $"""
                INSERT INTO {p}training_bookings (session_id, beneficiary_id, status, channel, booked_at, is_test, is_demo)
                SELECT s.id, @BeneficiaryId, 'booked', 'ussd', @BookedAt, 0, 1
                FROM {p}training_sessions AS s
                WHERE s.id = @SessionId
                  AND NOT EXISTS (SELECT 1 FROM {p}training_bookings AS b
                                  WHERE b.session_id = s.id AND b.beneficiary_id = @BeneficiaryId AND b.status = 'booked')
                  AND (SELECT COUNT(*) FROM {p}training_bookings AS b WHERE b.session_id = s.id AND b.status = 'booked') < s.capacity;
                """,
            InsertAttendance = $"""
                INSERT INTO {p}training_attendance (session_id, beneficiary_id, present, recorded_by, recorded_at, is_test, is_demo)
                SELECT @SessionId, @BeneficiaryId, @Present, 'seed-demo', @Now, 0, 1
                WHERE NOT EXISTS (SELECT 1 FROM {p}training_attendance WHERE session_id = @SessionId AND beneficiary_id = @BeneficiaryId);
                """,
            InsertCooperative = $"""
                INSERT INTO {p}cooperatives (name, form, sector, commune, members_count, is_test, is_demo, created_at)
                SELECT @Name, @Form, @Sector, @Commune, @Members, 0, 1, @Now
                WHERE NOT EXISTS (SELECT 1 FROM {p}cooperatives WHERE name = @Name AND commune = @Commune);
                """,
            FindCooperative = $"SELECT id FROM {p}cooperatives WHERE name = @Name AND commune = @Commune;",
            InsertLeader = $"""
                INSERT INTO {p}cooperative_leaders (cooperative_id, phone_e164, beneficiary_id, is_test, is_demo, created_at)
                SELECT @CooperativeId, @Phone, @BeneficiaryId, 0, 1, @Now
                WHERE NOT EXISTS (SELECT 1 FROM {p}cooperative_leaders WHERE cooperative_id = @CooperativeId AND phone_e164 = @Phone);
                """,
            InsertFirstSalesVersion = $"""
                INSERT INTO {p}sales_reports (cooperative_id, month, amount_xof, channel, reported_by, reported_at, supersedes_id, is_current, is_test, is_demo)
                SELECT @CooperativeId, @Month, @AmountXof, @Channel, @ReportedBy, @ReportedAt, NULL, 0, 0, 1
                WHERE NOT EXISTS (SELECT 1 FROM {p}sales_reports WHERE cooperative_id = @CooperativeId AND month = @Month);
                """,
            InsertCurrentSales = $"""
                INSERT INTO {p}sales_reports (cooperative_id, month, amount_xof, channel, reported_by, reported_at, supersedes_id, is_current, is_test, is_demo)
                SELECT @CooperativeId, @Month, @AmountXof, @Channel, @ReportedBy, @ReportedAt,
                       (SELECT MAX(id) FROM {p}sales_reports WHERE cooperative_id = @CooperativeId AND month = @Month), 1, 0, 1
                WHERE NOT EXISTS (SELECT 1 FROM {p}sales_reports WHERE cooperative_id = @CooperativeId AND month = @Month AND is_current = 1);
                """,
            InsertLoan = $"""
                INSERT INTO {p}loans (reference, beneficiary_id, cooperative_id, principal_xof, disbursed_on, is_test, is_demo, created_at)
                SELECT @Reference, @BeneficiaryId, @CooperativeId, @PrincipalXof, @DisbursedOn, 0, 1, @Now
                WHERE NOT EXISTS (SELECT 1 FROM {p}loans WHERE reference = @Reference);
                """,
            FindLoan = $"SELECT id FROM {p}loans WHERE reference = @Reference;",
            InsertInstalment = $"""
                INSERT INTO {p}loan_instalments (loan_id, number, due_on, amount_xof)
                SELECT @LoanId, @Number, @DueOn, @AmountXof
                WHERE NOT EXISTS (SELECT 1 FROM {p}loan_instalments WHERE loan_id = @LoanId AND number = @Number);
                """,
            InsertRepayment = $"""
                INSERT INTO {p}loan_repayments (loan_id, amount_xof, paid_on, channel, reference, recorded_by, recorded_at, is_test, is_demo)
                SELECT @LoanId, @AmountXof, @PaidOn, @Channel, @Reference, 'seed-demo', @Now, 0, 1
                WHERE NOT EXISTS (SELECT 1 FROM {p}loan_repayments WHERE reference = @Reference);
                """,
            UpsertPin = upsertPin,
            Remove = $"""
                DELETE FROM {p}loan_repayments WHERE is_demo = 1 OR loan_id IN {demoLoans};
                DELETE FROM {p}loan_instalments WHERE loan_id IN {demoLoans};
                DELETE FROM {p}loans WHERE id IN {demoLoans};
                DELETE FROM {p}loan_pins WHERE beneficiary_id IN {demoBeneficiaries};
                DELETE FROM {p}training_attendance WHERE is_demo = 1 OR session_id IN {demoSessions} OR beneficiary_id IN {demoBeneficiaries};
                DELETE FROM {p}training_bookings WHERE is_demo = 1 OR session_id IN {demoSessions} OR beneficiary_id IN {demoBeneficiaries};
                DELETE FROM {p}training_sessions WHERE id IN {demoSessions};
                DELETE FROM {p}training_cohorts WHERE is_demo = 1;
                DELETE FROM {p}sales_reports WHERE is_demo = 1 OR cooperative_id IN {demoCooperatives};
                DELETE FROM {p}cooperative_leaders WHERE is_demo = 1 OR cooperative_id IN {demoCooperatives} OR beneficiary_id IN {demoBeneficiaries};
                DELETE FROM {p}cooperatives WHERE is_demo = 1;
                DELETE FROM {p}beneficiaries WHERE is_demo = 1;
                """,
        };
    }
}
