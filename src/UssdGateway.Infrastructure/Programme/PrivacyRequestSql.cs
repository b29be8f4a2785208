using UssdGateway.Infrastructure.Data;

namespace UssdGateway.Infrastructure.Programme;

/// <summary>The deletion / consent-withdrawal request statements, written once per dialect (insert-if-absent and row limits differ).</summary>
internal sealed class PrivacyRequestSql
{
    private const string Columns = """
        id AS Id, kind AS Kind, phone_e164 AS Phone, beneficiary_id AS BeneficiaryId, channel AS Channel, status AS Status,
        requested_at AS RequestedAt, handled_at AS HandledAt, handled_by AS HandledBy, is_test AS IsTest
        """;

    private const string SamePending = """
        kind = @Kind AND phone_e164 = @Phone AND status = 'pending'
          AND (beneficiary_id = @BeneficiaryId OR (beneficiary_id IS NULL AND @BeneficiaryId IS NULL))
        """;

    public static readonly PrivacyRequestSql Sqlite = new()
    {
        InsertPending = """
            INSERT INTO privacy_requests (kind, phone_e164, beneficiary_id, channel, status, requested_at, is_test)
            VALUES (@Kind, @Phone, @BeneficiaryId, @Channel, 'pending', @Now, @IsTest)
            ON CONFLICT DO NOTHING
            RETURNING id;
            """,
        FindPending = $"SELECT {Columns} FROM privacy_requests WHERE {SamePending};",
        Get = $"SELECT {Columns} FROM privacy_requests WHERE id = @Id;",
        Pending = $"SELECT {Columns} FROM privacy_requests WHERE status = 'pending' ORDER BY id LIMIT @Take;",
        ByPhone = $"SELECT {Columns} FROM privacy_requests WHERE phone_e164 = @Phone ORDER BY id DESC;",
        Close = """
            UPDATE privacy_requests SET status = @Status, handled_at = @Now, handled_by = @HandledBy
            WHERE id = @Id AND status = 'pending';
            """,
    };

    /// <summary>UPDLOCK + HOLDLOCK: two identical requests at once write one row.</summary>
    public static readonly PrivacyRequestSql SqlServer = new()
    {
        InsertPending = $"""
            INSERT INTO dbo.privacy_requests (kind, phone_e164, beneficiary_id, channel, status, requested_at, is_test)
            OUTPUT INSERTED.id
            SELECT @Kind, @Phone, @BeneficiaryId, @Channel, 'pending', @Now, @IsTest
            WHERE NOT EXISTS (SELECT 1 FROM dbo.privacy_requests WITH (UPDLOCK, HOLDLOCK) WHERE {SamePending});
            """,
        FindPending = $"SELECT {Columns} FROM dbo.privacy_requests WHERE {SamePending};",
        Get = $"SELECT {Columns} FROM dbo.privacy_requests WHERE id = @Id;",
        Pending = $"SELECT TOP (@Take) {Columns} FROM dbo.privacy_requests WHERE status = 'pending' ORDER BY id;",
        ByPhone = $"SELECT {Columns} FROM dbo.privacy_requests WHERE phone_e164 = @Phone ORDER BY id DESC;",
        Close = """
            UPDATE dbo.privacy_requests SET status = @Status, handled_at = @Now, handled_by = @HandledBy
            WHERE id = @Id AND status = 'pending';
            """,
    };

    public required string InsertPending { get; init; }
    public required string FindPending { get; init; }
    public required string Get { get; init; }
    public required string Pending { get; init; }
    public required string ByPhone { get; init; }
    public required string Close { get; init; }

    public static PrivacyRequestSql For(SqlDialect dialect) => dialect switch
    {
        SqlDialect.Sqlite => Sqlite,
        SqlDialect.SqlServer => SqlServer,
        _ => throw new ArgumentOutOfRangeException(nameof(dialect), dialect, null),
    };
}
