using UssdGateway.Infrastructure.Data;

namespace UssdGateway.Infrastructure.Broadcasts;

/// <summary>
/// Broadcast statements per dialect. Recipients are distinct numbers with the language chosen on the USSD menu, else
/// the person's, else French; a number shared by several people gets one SMS.
/// </summary>
internal sealed class BroadcastSql
{
    public static readonly BroadcastSql Sqlite = Build("", "RETURNING id", "", flag: e => $"({e})", top: "", limit: "LIMIT 50");
    public static readonly BroadcastSql SqlServer = Build("dbo.", "", "OUTPUT INSERTED.id", flag: e => $"CAST({e} AS BIGINT)", top: "TOP (50)", limit: "");

    public required string CohortRecipients { get; init; }
    public required string CommuneRecipients { get; init; }
    public required string SectorRecipients { get; init; }
    public required string LeaderRecipients { get; init; }
    public required string Insert { get; init; }
    public required string Get { get; init; }
    public required string MessageCounts { get; init; }
    public required string Latest { get; init; }

    public static BroadcastSql For(SqlDialect dialect) => dialect == SqlDialect.SqlServer ? SqlServer : Sqlite;

    private static BroadcastSql Build(string p, string returning, string output, Func<string, string> flag, string top, string limit)
    {
        string People(string where, string join = "") => $"""
            SELECT b.phone_e164 AS PhoneE164, MIN(COALESCE(cp.language, b.language)) AS Language, {flag("MIN(CASE WHEN b.is_test = 1 THEN 1 ELSE 0 END)")} AS IsTest
            FROM {p}beneficiaries AS b
            {join}
            LEFT JOIN {p}caller_preferences AS cp ON cp.phone_e164 = b.phone_e164
            WHERE b.erased_at IS NULL AND {where}
            GROUP BY b.phone_e164
            ORDER BY b.phone_e164;
            """;
        return new BroadcastSql
        {
            CohortRecipients = People("s.cohort_id = @Cohort AND k.status = 'booked' AND s.status <> 'cancelled'", $"""
                JOIN {p}training_bookings AS k ON k.beneficiary_id = b.id
                JOIN {p}training_sessions AS s ON s.id = k.session_id
                """),
            CommuneRecipients = People("b.commune = @Value"),
            SectorRecipients = People("b.sector = @Value"),
            LeaderRecipients = $"""
                SELECT cl.phone_e164 AS PhoneE164, MIN(COALESCE(cp.language, lb.language, 'fr')) AS Language, {flag("MIN(CASE WHEN cl.is_test = 1 THEN 1 ELSE 0 END)")} AS IsTest
                FROM {p}cooperative_leaders AS cl
                LEFT JOIN {p}beneficiaries AS lb ON lb.id = cl.beneficiary_id
                LEFT JOIN {p}caller_preferences AS cp ON cp.phone_e164 = cl.phone_e164
                GROUP BY cl.phone_e164
                ORDER BY cl.phone_e164;
                """,
            Insert = $"""
                INSERT INTO {p}broadcasts (audience_kind, audience_value, text_fr, text_bm, recipients, created_by, created_at)
                {output}
                VALUES (@AudienceKind, @AudienceValue, @TextFr, @TextBm, @Recipients, @CreatedBy, @Now)
                {returning};
                """,
            Get = $"""
                SELECT id AS Id, audience_kind AS AudienceKind, audience_value AS AudienceValue, recipients AS Recipients,
                       created_by AS CreatedBy, created_at AS CreatedAt
                FROM {p}broadcasts WHERE id = @Id;
                """,
            Latest = $"""
                SELECT {top} id AS Id, audience_kind AS AudienceKind, audience_value AS AudienceValue, recipients AS Recipients,
                       created_by AS CreatedBy, created_at AS CreatedAt
                FROM {p}broadcasts ORDER BY id DESC
                {limit};
                """,
            MessageCounts = $"""
                SELECT status AS Status, COUNT(*) AS Count FROM {p}sms_outbox
                WHERE idempotency_key LIKE @KeyPrefix
                GROUP BY status;
                """,
        };
    }
}
