using UssdGateway.Infrastructure.Data;

namespace UssdGateway.Infrastructure.Programme;

/// <summary>The loan-PIN statements, written once per dialect (insert-if-absent and the row lock differ).</summary>
internal sealed class PinSql
{
    private const string Columns = """
        pin_hash AS PinHash, failed_attempts AS FailedAttempts, last_failed_at AS LastFailedAt, locked_until AS LockedUntil
        """;

    public static readonly PinSql Sqlite = new()
    {
        Get = $"SELECT {Columns} FROM loan_pins WHERE beneficiary_id = @BeneficiaryId;",
        GetForUpdate = $"SELECT {Columns} FROM loan_pins WHERE beneficiary_id = @BeneficiaryId;",
        InsertIfAbsent = """
            INSERT INTO loan_pins (beneficiary_id, pin_hash, failed_attempts, last_failed_at, locked_until, updated_at)
            SELECT @BeneficiaryId, @PinHash, 0, NULL, NULL, @Now
            WHERE EXISTS (SELECT 1 FROM beneficiaries WHERE id = @BeneficiaryId)
            ON CONFLICT (beneficiary_id) DO NOTHING;
            """,
        UpdateAttempts = """
            UPDATE loan_pins
            SET failed_attempts = @FailedAttempts, last_failed_at = @LastFailedAt, locked_until = @LockedUntil, updated_at = @Now
            WHERE beneficiary_id = @BeneficiaryId;
            """,
        Delete = "DELETE FROM loan_pins WHERE beneficiary_id = @BeneficiaryId;",
        BeneficiaryExists = "SELECT COUNT(*) FROM beneficiaries WHERE id = @BeneficiaryId;",
    };

    /// <summary>UPDLOCK + HOLDLOCK on the PIN row: concurrent tries are counted one after the other.</summary>
    public static readonly PinSql SqlServer = new()
    {
        Get = $"SELECT {Columns} FROM dbo.loan_pins WHERE beneficiary_id = @BeneficiaryId;",
        GetForUpdate = $"SELECT {Columns} FROM dbo.loan_pins WITH (UPDLOCK, HOLDLOCK) WHERE beneficiary_id = @BeneficiaryId;",
        InsertIfAbsent = """
            INSERT INTO dbo.loan_pins (beneficiary_id, pin_hash, failed_attempts, last_failed_at, locked_until, updated_at)
            SELECT @BeneficiaryId, @PinHash, 0, NULL, NULL, @Now
            WHERE EXISTS (SELECT 1 FROM dbo.beneficiaries WHERE id = @BeneficiaryId)
              AND NOT EXISTS (SELECT 1 FROM dbo.loan_pins WITH (UPDLOCK, HOLDLOCK) WHERE beneficiary_id = @BeneficiaryId);
            """,
        UpdateAttempts = """
            UPDATE dbo.loan_pins
            SET failed_attempts = @FailedAttempts, last_failed_at = @LastFailedAt, locked_until = @LockedUntil, updated_at = @Now
            WHERE beneficiary_id = @BeneficiaryId;
            """,
        Delete = "DELETE FROM dbo.loan_pins WHERE beneficiary_id = @BeneficiaryId;",
        BeneficiaryExists = "SELECT COUNT(*) FROM dbo.beneficiaries WHERE id = @BeneficiaryId;",
    };

    public required string Get { get; init; }
    public required string GetForUpdate { get; init; }
    public required string InsertIfAbsent { get; init; }
    public required string UpdateAttempts { get; init; }
    public required string Delete { get; init; }
    public required string BeneficiaryExists { get; init; }

    public static PinSql For(SqlDialect dialect) => dialect switch
    {
        SqlDialect.Sqlite => Sqlite,
        SqlDialect.SqlServer => SqlServer,
        _ => throw new ArgumentOutOfRangeException(nameof(dialect), dialect, null),
    };
}
