using UssdGateway.Infrastructure.Data;

namespace UssdGateway.Infrastructure.Programme;

/// <summary>
/// The cooperative, leader and sales-report statements, written once per dialect. They differ in identity return,
/// insert-if-absent, and the lock SQL Server takes on a month's current report while a new version is written.
/// </summary>
internal sealed class CooperativeSql
{
    public static readonly CooperativeSql Sqlite = Build(
        prefix: "",
        lockHint: "",
        returnIdAfterValues: "RETURNING id",
        outputId: "",
        insertLeader: """
            INSERT INTO cooperative_leaders (cooperative_id, phone_e164, beneficiary_id, is_test, created_at)
            VALUES (@CooperativeId, @Phone, @BeneficiaryId, @IsTest, @Now)
            ON CONFLICT (cooperative_id, phone_e164) DO NOTHING;
            """);

    /// <summary>UPDLOCK + HOLDLOCK on the month's current report: two reports for one month are written one after the other.</summary>
    public static readonly CooperativeSql SqlServer = Build(
        prefix: "dbo.",
        lockHint: " WITH (UPDLOCK, HOLDLOCK)",
        returnIdAfterValues: "",
        outputId: "OUTPUT INSERTED.id",
        insertLeader: """
            INSERT INTO dbo.cooperative_leaders (cooperative_id, phone_e164, beneficiary_id, is_test, created_at)
            SELECT @CooperativeId, @Phone, @BeneficiaryId, @IsTest, @Now
            WHERE NOT EXISTS (SELECT 1 FROM dbo.cooperative_leaders WITH (UPDLOCK, HOLDLOCK)
                              WHERE cooperative_id = @CooperativeId AND phone_e164 = @Phone);
            """);

    public required string InsertCooperative { get; init; }
    public required string InsertLeader { get; init; }
    public required string Get { get; init; }
    public required string LedByPhone { get; init; }
    public required string IsLeader { get; init; }
    public required string CurrentReportForUpdate { get; init; }
    public required string SupersedeReport { get; init; }
    public required string InsertReport { get; init; }
    public required string GetReport { get; init; }
    public required string ReportHistory { get; init; }

    public static CooperativeSql For(SqlDialect dialect) => dialect switch
    {
        SqlDialect.Sqlite => Sqlite,
        SqlDialect.SqlServer => SqlServer,
        _ => throw new ArgumentOutOfRangeException(nameof(dialect), dialect, null),
    };

    private static CooperativeSql Build(string prefix, string lockHint, string returnIdAfterValues, string outputId, string insertLeader)
    {
        var p = prefix;
        const string cooperativeColumns = """
            c.id AS Id, c.name AS Name, c.form AS Form, c.sector AS Sector, c.commune AS Commune,
            c.members_count AS MembersCount, c.is_test AS IsTest
            """;
        const string reportColumns = """
            r.id AS Id, r.cooperative_id AS CooperativeId, r.month AS Month, r.amount_xof AS AmountXof, r.channel AS Channel,
            r.reported_by AS ReportedBy, r.reported_at AS ReportedAt, r.supersedes_id AS SupersedesId,
            r.is_current AS IsCurrent, r.is_test AS IsTest
            """;
        return new CooperativeSql
        {
            InsertCooperative = $"""
                INSERT INTO {p}cooperatives (name, form, sector, commune, members_count, is_test, created_at)
                {outputId}
                VALUES (@Name, @Form, @Sector, @Commune, @MembersCount, @IsTest, @Now)
                {returnIdAfterValues};
                """,
            InsertLeader = insertLeader,
            Get = $"SELECT {cooperativeColumns} FROM {p}cooperatives AS c WHERE c.id = @CooperativeId;",
            LedByPhone = $"""
                SELECT {cooperativeColumns}
                FROM {p}cooperatives AS c
                WHERE EXISTS (SELECT 1 FROM {p}cooperative_leaders AS l WHERE l.cooperative_id = c.id AND l.phone_e164 = @Phone)
                ORDER BY c.name, c.id;
                """,
            IsLeader = $"SELECT COUNT(*) FROM {p}cooperative_leaders WHERE cooperative_id = @CooperativeId AND phone_e164 = @Phone;",
            CurrentReportForUpdate = $"""
                SELECT {reportColumns}
                FROM {p}sales_reports AS r{lockHint}
                WHERE r.cooperative_id = @CooperativeId AND r.month = @Month AND r.is_current = 1;
                """,
            SupersedeReport = $"UPDATE {p}sales_reports SET is_current = 0 WHERE id = @Id AND is_current = 1;",
            InsertReport = $"""
                INSERT INTO {p}sales_reports (cooperative_id, month, amount_xof, channel, reported_by, reported_at, supersedes_id, is_current, is_test)
                {outputId}
                VALUES (@CooperativeId, @Month, @AmountXof, @Channel, @ReportedBy, @Now, @SupersedesId, 1, @IsTest)
                {returnIdAfterValues};
                """,
            GetReport = $"""
                SELECT {reportColumns}
                FROM {p}sales_reports AS r
                WHERE r.cooperative_id = @CooperativeId AND r.month = @Month AND r.is_current = 1;
                """,
            ReportHistory = $"""
                SELECT {reportColumns}
                FROM {p}sales_reports AS r
                WHERE r.cooperative_id = @CooperativeId AND r.month = @Month
                ORDER BY r.is_current DESC, r.id DESC;
                """,
        };
    }
}
