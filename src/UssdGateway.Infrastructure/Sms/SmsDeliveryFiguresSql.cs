using UssdGateway.Infrastructure.Data;

namespace UssdGateway.Infrastructure.Sms;

/// <summary>The outbox's status counts per provider, written once per dialect.</summary>
internal sealed class SmsDeliveryFiguresSql
{
    public static readonly SmsDeliveryFiguresSql Sqlite = new()
    {
        CountByStatus = """
            SELECT COALESCE(provider, 'none') AS Provider, status AS Status, COUNT(*) AS Count
            FROM sms_outbox WHERE is_test = 0 AND created_at >= @Since
            GROUP BY COALESCE(provider, 'none'), status ORDER BY 1, 2;
            """,
    };

    public static readonly SmsDeliveryFiguresSql SqlServer = new()
    {
        CountByStatus = """
            SELECT COALESCE(provider, 'none') AS Provider, status AS Status, COUNT(*) AS Count
            FROM dbo.sms_outbox WHERE is_test = 0 AND created_at >= @Since
            GROUP BY COALESCE(provider, 'none'), status ORDER BY 1, 2;
            """,
    };

    public required string CountByStatus { get; init; }

    public static SmsDeliveryFiguresSql For(SqlDialect dialect) => dialect switch
    {
        SqlDialect.Sqlite => Sqlite,
        SqlDialect.SqlServer => SqlServer,
        _ => throw new ArgumentOutOfRangeException(nameof(dialect), dialect, null),
    };
}
