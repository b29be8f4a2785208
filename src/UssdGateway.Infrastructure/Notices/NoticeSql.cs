using UssdGateway.Infrastructure.Data;

namespace UssdGateway.Infrastructure.Notices;

/// <summary>
/// What the scheduled SMS are computed from, per dialect (they differ only in the schema prefix and how a flag is
/// read). The language of a number is the one chosen on the USSD menu (<c>caller_preferences</c>), else the
/// beneficiary's, else French.
/// </summary>
internal sealed class NoticeSql
{
    public static readonly NoticeSql Sqlite = Build("", flag: e => $"({e})");
    public static readonly NoticeSql SqlServer = Build("dbo.", flag: e => $"CAST({e} AS BIGINT)");

    public required string SeatsBetween { get; init; }
    public required string SeatsOfSession { get; init; }
    public required string OpenInstalments { get; init; }
    public required string Leaders { get; init; }

    public static NoticeSql For(SqlDialect dialect) => dialect == SqlDialect.SqlServer ? SqlServer : Sqlite;

    private static NoticeSql Build(string p, Func<string, string> flag)
    {
        var seats = $"""
            SELECT s.id AS SessionId, s.starts_at AS StartsAt, s.place AS Place, c.name AS CohortName,
                   b.id AS BeneficiaryId, b.full_name AS FullName, b.phone_e164 AS PhoneE164,
                   COALESCE(cp.language, b.language) AS Language,
                   {flag("CASE WHEN b.is_test = 1 OR s.is_test = 1 THEN 1 ELSE 0 END")} AS IsTest
            FROM {p}training_bookings AS k
            JOIN {p}training_sessions AS s ON s.id = k.session_id
            JOIN {p}training_cohorts AS c ON c.id = s.cohort_id
            JOIN {p}beneficiaries AS b ON b.id = k.beneficiary_id
            LEFT JOIN {p}caller_preferences AS cp ON cp.phone_e164 = b.phone_e164
            WHERE k.status = 'booked' AND b.erased_at IS NULL
            """;
        // Repayments pay the oldest instalments first: an instalment is open while the loan's repayments have not
        // reached the sum of the schedule up to and including it.
        var open = $"""
            WITH paid AS (
                SELECT loan_id, SUM(CAST(amount_xof AS BIGINT)) AS total FROM {p}loan_repayments GROUP BY loan_id),
            schedule AS (
                SELECT i.id, i.loan_id, i.number, i.due_on, i.amount_xof,
                       SUM(CAST(i.amount_xof AS BIGINT)) OVER (PARTITION BY i.loan_id ORDER BY i.number ROWS UNBOUNDED PRECEDING) AS cumulative
                FROM {p}loan_instalments AS i),
            open_instalments AS (
                SELECT schedule.id, schedule.number, schedule.due_on, schedule.amount_xof, schedule.cumulative,
                       COALESCE(paid.total, 0) AS paid, l.reference, l.beneficiary_id, l.cooperative_id, l.is_test
                FROM schedule
                JOIN {p}loans AS l ON l.id = schedule.loan_id
                LEFT JOIN paid ON paid.loan_id = schedule.loan_id
                WHERE schedule.due_on IN (@Date1, @Date2, @Date3, @Date4) AND schedule.cumulative > COALESCE(paid.total, 0))
            SELECT o.id AS InstalmentId, o.reference AS LoanReference, o.number AS Number, o.due_on AS DueOn,
                   o.amount_xof AS AmountXof, o.cumulative AS Cumulative, o.paid AS Paid,
                   b.full_name AS BorrowerName, b.phone_e164 AS PhoneE164, COALESCE(cp.language, b.language) AS Language,
                   {flag("CASE WHEN o.is_test = 1 OR b.is_test = 1 THEN 1 ELSE 0 END")} AS IsTest
            FROM open_instalments AS o
            JOIN {p}beneficiaries AS b ON b.id = o.beneficiary_id
            LEFT JOIN {p}caller_preferences AS cp ON cp.phone_e164 = b.phone_e164
            WHERE b.erased_at IS NULL
            UNION ALL
            SELECT o.id, o.reference, o.number, o.due_on, o.amount_xof, o.cumulative, o.paid,
                   co.name, cl.phone_e164, COALESCE(cp.language, lb.language, 'fr'),
                   {flag("CASE WHEN o.is_test = 1 OR co.is_test = 1 THEN 1 ELSE 0 END")}
            FROM open_instalments AS o
            JOIN {p}cooperatives AS co ON co.id = o.cooperative_id
            JOIN {p}cooperative_leaders AS cl ON cl.cooperative_id = co.id
            LEFT JOIN {p}beneficiaries AS lb ON lb.id = cl.beneficiary_id
            LEFT JOIN {p}caller_preferences AS cp ON cp.phone_e164 = cl.phone_e164
            ORDER BY DueOn, InstalmentId, PhoneE164;
            """;
        return new NoticeSql
        {
            SeatsBetween = seats + """
                 AND s.status <> 'cancelled' AND s.starts_at >= @From AND s.starts_at < @To
                ORDER BY s.starts_at, b.phone_e164, b.id;
                """,
            SeatsOfSession = seats + """
                 AND s.id = @SessionId
                ORDER BY b.phone_e164, b.id;
                """,
            OpenInstalments = open,
            Leaders = $"""
                SELECT co.id AS CooperativeId, co.name AS CooperativeName, cl.phone_e164 AS PhoneE164,
                       COALESCE(cp.language, lb.language, 'fr') AS Language,
                       {flag($"CASE WHEN EXISTS (SELECT 1 FROM {p}sales_reports AS r WHERE r.cooperative_id = co.id AND r.month = @Month AND r.is_current = 1) THEN 1 ELSE 0 END")} AS HasReported,
                       {flag("CASE WHEN co.is_test = 1 OR cl.is_test = 1 THEN 1 ELSE 0 END")} AS IsTest
                FROM {p}cooperatives AS co
                JOIN {p}cooperative_leaders AS cl ON cl.cooperative_id = co.id
                LEFT JOIN {p}beneficiaries AS lb ON lb.id = cl.beneficiary_id
                LEFT JOIN {p}caller_preferences AS cp ON cp.phone_e164 = cl.phone_e164
                ORDER BY co.id, cl.phone_e164;
                """,
        };
    }
}
