using UssdGateway.Infrastructure.Data;

namespace UssdGateway.Infrastructure.Sms;

/// <summary>The statements of <see cref="SmsInboxMaintenance"/>, once per dialect.</summary>
internal sealed class SmsInboxMaintenanceSql
{
    private const string Columns = """
        id AS Id, provider AS Provider, from_raw AS FromRaw, received_at AS ReceivedAt, status AS Status, outcome AS Outcome,
        error AS Error, text AS Text
        """;

    public static readonly SmsInboxMaintenanceSql Sqlite = new()
    {
        List = $"""
            SELECT {Columns} FROM sms_inbox
            WHERE (@Status IS NULL OR status = @Status)
            ORDER BY id DESC LIMIT @Limit;
            """,
        Get = $"SELECT {Columns} FROM sms_inbox WHERE id = @Id;",
        RequeueFailed = """
            UPDATE sms_inbox SET status = 'received', error = NULL, outcome = NULL, processed_at = NULL
            WHERE status = 'failed' AND (@Id IS NULL OR id = @Id)
            RETURNING id;
            """,
    };

    public static readonly SmsInboxMaintenanceSql SqlServer = new()
    {
        List = $"""
            SELECT TOP (@Limit) {Columns} FROM dbo.sms_inbox
            WHERE (@Status IS NULL OR status = @Status)
            ORDER BY id DESC;
            """,
        Get = $"SELECT {Columns} FROM dbo.sms_inbox WHERE id = @Id;",
        RequeueFailed = """
            UPDATE dbo.sms_inbox SET status = 'received', error = NULL, outcome = NULL, processed_at = NULL
            OUTPUT inserted.id
            WHERE status = 'failed' AND (@Id IS NULL OR id = @Id);
            """,
    };

    public required string List { get; init; }

    public required string Get { get; init; }

    /// <summary>A compare-and-set on <c>failed</c>: a row being processed or done is never touched.</summary>
    public required string RequeueFailed { get; init; }

    public static SmsInboxMaintenanceSql For(SqlDialect dialect) => dialect switch
    {
        SqlDialect.Sqlite => Sqlite,
        SqlDialect.SqlServer => SqlServer,
        _ => throw new ArgumentOutOfRangeException(nameof(dialect), dialect, "Unknown SQL dialect."),
    };
}
