using UssdGateway.Infrastructure.Data;

namespace UssdGateway.Infrastructure.Programme;

/// <summary>
/// The programme-figure queries, written once per dialect (they differ in the schema prefix and the text cast).
/// Every query leaves out rows flagged is_test.
/// </summary>
internal sealed class FiguresSql
{
    public static readonly FiguresSql Sqlite = Build(prefix: "", textType: "TEXT");

    public static readonly FiguresSql SqlServer = Build(prefix: "dbo.", textType: "NVARCHAR(16)");

    public required string RegistrationCounts { get; init; }
    public required string Cohorts { get; init; }
    public required string Sales { get; init; }
    public required string Loans { get; init; }
    public required string Instalments { get; init; }

    public static FiguresSql For(SqlDialect dialect) => dialect switch
    {
        SqlDialect.Sqlite => Sqlite,
        SqlDialect.SqlServer => SqlServer,
        _ => throw new ArgumentOutOfRangeException(nameof(dialect), dialect, null),
    };

    private static FiguresSql Build(string prefix, string textType)
    {
        var p = prefix;
        return new FiguresSql
        {
            // Birth years are grouped here and banded by the caller (the bands depend on today's year).
            RegistrationCounts = $"""
                SELECT 'commune' AS Dimension, commune AS Value, COUNT(*) AS Count FROM {p}beneficiaries WHERE is_test = 0 GROUP BY commune
                UNION ALL
                SELECT 'sector', sector, COUNT(*) FROM {p}beneficiaries WHERE is_test = 0 GROUP BY sector
                UNION ALL
                SELECT 'gender', gender, COUNT(*) FROM {p}beneficiaries WHERE is_test = 0 GROUP BY gender
                UNION ALL
                SELECT 'region', region_of_origin, COUNT(*) FROM {p}beneficiaries WHERE is_test = 0 GROUP BY region_of_origin
                UNION ALL
                SELECT 'birth_year', CAST(birth_year AS {textType}), COUNT(*) FROM {p}beneficiaries WHERE is_test = 0 GROUP BY birth_year;
                """,
            Cohorts = $"""
                SELECT c.id AS CohortId, c.name AS Name, c.commune AS Commune, c.sector AS Sector,
                       (SELECT COUNT(*) FROM {p}training_sessions AS s
                        WHERE s.cohort_id = c.id AND s.is_test = 0 AND s.status <> 'cancelled') AS Sessions,
                       (SELECT COALESCE(SUM(s.capacity), 0) FROM {p}training_sessions AS s
                        WHERE s.cohort_id = c.id AND s.is_test = 0 AND s.status <> 'cancelled') AS Places,
                       (SELECT COUNT(*) FROM {p}training_bookings AS b JOIN {p}training_sessions AS s ON s.id = b.session_id
                        WHERE s.cohort_id = c.id AND s.is_test = 0 AND b.is_test = 0 AND b.status = 'booked') AS Booked,
                       (SELECT COUNT(*) FROM {p}training_bookings AS b JOIN {p}training_sessions AS s ON s.id = b.session_id
                        WHERE s.cohort_id = c.id AND s.is_test = 0 AND b.is_test = 0 AND b.status = 'cancelled') AS Cancelled,
                       (SELECT COUNT(*) FROM {p}training_attendance AS a JOIN {p}training_sessions AS s ON s.id = a.session_id
                        WHERE s.cohort_id = c.id AND s.is_test = 0 AND a.is_test = 0 AND a.present = 1) AS Attended
                FROM {p}training_cohorts AS c
                WHERE c.is_test = 0
                ORDER BY c.starts_on, c.name;
                """,
            Sales = $"""
                SELECT r.cooperative_id AS CooperativeId, c.name AS Name, r.month AS Month, r.amount_xof AS AmountXof
                FROM {p}sales_reports AS r
                JOIN {p}cooperatives AS c ON c.id = r.cooperative_id
                WHERE r.is_current = 1 AND r.is_test = 0 AND c.is_test = 0
                  AND (@From IS NULL OR r.month >= @From)
                  AND (@To IS NULL OR r.month <= @To)
                ORDER BY c.name, r.cooperative_id, r.month;
                """,
            Loans = $"""
                SELECT l.id AS Id, l.principal_xof AS PrincipalXof,
                       (SELECT COALESCE(SUM(r.amount_xof), 0) FROM {p}loan_repayments AS r WHERE r.loan_id = l.id AND r.is_test = 0) AS RepaidXof
                FROM {p}loans AS l
                WHERE l.is_test = 0;
                """,
            Instalments = $"""
                SELECT i.loan_id AS LoanId, i.number AS Number, i.due_on AS DueOn, i.amount_xof AS AmountXof
                FROM {p}loan_instalments AS i
                JOIN {p}loans AS l ON l.id = i.loan_id
                WHERE l.is_test = 0
                ORDER BY i.loan_id, i.number;
                """,
        };
    }
}
