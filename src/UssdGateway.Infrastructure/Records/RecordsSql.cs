namespace UssdGateway.Infrastructure.Records;

/// <summary>
/// The staff console's list and search statements (read only), written once per dialect. They differ in the schema
/// prefix and paging only; every list is ordered so a page is stable.
/// </summary>
internal sealed class RecordsSql
{
    public static readonly RecordsSql Sqlite = Build("", "LIMIT @Take OFFSET @Skip");

    public static readonly RecordsSql SqlServer = Build("dbo.", "OFFSET @Skip ROWS FETCH NEXT @Take ROWS ONLY");

    public required string SearchBeneficiaries { get; init; }
    public required string GetBeneficiary { get; init; }
    public required string ListCohorts { get; init; }
    public required string ListSessions { get; init; }
    public required string ListBookings { get; init; }
    public required string ListCooperatives { get; init; }
    public required string ListLeaders { get; init; }
    public required string ListSalesReports { get; init; }
    public required string ListLoanIds { get; init; }
    public required string ListInbox { get; init; }
    public required string ListOutbox { get; init; }

    public static RecordsSql For(Data.SqlDialect dialect) => dialect switch
    {
        Data.SqlDialect.Sqlite => Sqlite,
        Data.SqlDialect.SqlServer => SqlServer,
        _ => throw new ArgumentOutOfRangeException(nameof(dialect), dialect, null),
    };

    private static RecordsSql Build(string p, string page)
    {
        const string beneficiaryColumns = """
            id AS Id, phone_e164 AS Phone, full_name AS FullName, gender AS Gender, birth_year AS BirthYear,
            commune AS Commune, region_of_origin AS RegionOfOrigin, sector AS Sector, language AS Language,
            consented_at AS ConsentedAt, consent_version AS ConsentVersion, channel AS Channel,
            is_test AS IsTest, created_at AS CreatedAt
            """;
        var activeCount = $"(SELECT COUNT(*) FROM {p}training_bookings AS n WHERE n.session_id = s.id AND n.status = 'booked')";
        return new RecordsSql
        {
            SearchBeneficiaries = $"""
                SELECT {beneficiaryColumns}
                FROM {p}beneficiaries
                WHERE (@Like IS NULL OR full_name LIKE @Like OR phone_e164 LIKE @Like)
                ORDER BY full_name, id
                {page};
                """,
            GetBeneficiary = $"SELECT {beneficiaryColumns} FROM {p}beneficiaries WHERE id = @Id;",
            ListCohorts = $"""
                SELECT c.id AS Id, c.name AS Name, c.commune AS Commune, c.sector AS Sector, c.starts_on AS StartsOn,
                       c.ends_on AS EndsOn, c.is_test AS IsTest,
                       (SELECT COUNT(*) FROM {p}training_sessions AS s WHERE s.cohort_id = c.id) AS Sessions
                FROM {p}training_cohorts AS c
                ORDER BY c.starts_on DESC, c.id DESC
                {page};
                """,
            ListSessions = $"""
                SELECT s.id AS SessionId, c.id AS CohortId, c.name AS CohortName, c.commune AS Commune, c.sector AS Sector,
                       s.starts_at AS StartsAt, s.place AS Place, s.language AS Language, s.trainer AS Trainer, s.capacity AS Capacity,
                       {activeCount} AS Booked, s.status AS Status, 0 AS IsBookedByCaller
                FROM {p}training_sessions AS s
                JOIN {p}training_cohorts AS c ON c.id = s.cohort_id
                WHERE (@CohortId IS NULL OR s.cohort_id = @CohortId)
                ORDER BY s.starts_at, s.id
                {page};
                """,
            ListBookings = $"""
                SELECT b.id AS Id, b.session_id AS SessionId, b.beneficiary_id AS BeneficiaryId, bn.full_name AS FullName,
                       bn.phone_e164 AS Phone, b.status AS Status, b.channel AS Channel, b.booked_at AS BookedAt,
                       a.present AS Present
                FROM {p}training_bookings AS b
                JOIN {p}beneficiaries AS bn ON bn.id = b.beneficiary_id
                LEFT JOIN {p}training_attendance AS a ON a.session_id = b.session_id AND a.beneficiary_id = b.beneficiary_id
                WHERE b.session_id = @SessionId
                ORDER BY b.status, bn.full_name, b.id
                {page};
                """,
            ListCooperatives = $"""
                SELECT co.id AS Id, co.name AS Name, co.form AS Form, co.sector AS Sector, co.commune AS Commune,
                       co.members_count AS MembersCount, co.is_test AS IsTest,
                       (SELECT COUNT(*) FROM {p}cooperative_leaders AS l WHERE l.cooperative_id = co.id) AS Leaders
                FROM {p}cooperatives AS co
                ORDER BY co.name, co.id
                {page};
                """,
            ListLeaders = $"""
                SELECT l.phone_e164 AS Phone, l.beneficiary_id AS BeneficiaryId, bn.full_name AS FullName
                FROM {p}cooperative_leaders AS l
                LEFT JOIN {p}beneficiaries AS bn ON bn.id = l.beneficiary_id
                WHERE l.cooperative_id = @CooperativeId
                ORDER BY l.id;
                """,
            ListSalesReports = $"""
                SELECT r.id AS Id, r.cooperative_id AS CooperativeId, co.name AS CooperativeName, r.month AS Month,
                       r.amount_xof AS AmountXof, r.channel AS Channel, r.reported_by AS ReportedBy, r.reported_at AS ReportedAt,
                       r.is_current AS IsCurrent
                FROM {p}sales_reports AS r
                JOIN {p}cooperatives AS co ON co.id = r.cooperative_id
                WHERE (@Month IS NULL OR r.month = @Month)
                  AND (@CooperativeId IS NULL OR r.cooperative_id = @CooperativeId)
                  AND (@CurrentOnly = 0 OR r.is_current = 1)
                ORDER BY r.month DESC, co.name, r.id DESC
                {page};
                """,
            ListLoanIds = $"""
                SELECT id FROM {p}loans
                WHERE (@BeneficiaryId IS NULL OR beneficiary_id = @BeneficiaryId)
                ORDER BY id
                {page};
                """,
            ListInbox = $"""
                SELECT id AS Id, COALESCE(from_e164, from_raw) AS Phone, text AS Text, status AS Status,
                       received_at AS At, COALESCE(error, outcome) AS Detail
                FROM {p}sms_inbox
                WHERE (@Status IS NULL OR status = @Status)
                  AND (@Phone IS NULL OR from_e164 = @Phone)
                ORDER BY id DESC
                {page};
                """,
            ListOutbox = $"""
                SELECT id AS Id, recipient_e164 AS Phone, text AS Text, status AS Status,
                       created_at AS At, failure_reason AS Detail
                FROM {p}sms_outbox
                WHERE (@Status IS NULL OR status = @Status)
                  AND (@Phone IS NULL OR recipient_e164 = @Phone)
                ORDER BY id DESC
                {page};
                """,
        };
    }
}
