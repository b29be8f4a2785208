using System.Data.Common;
using Microsoft.Data.SqlClient;
using Microsoft.Data.Sqlite;
using UssdGateway.Infrastructure.Data;

namespace UssdGateway.Infrastructure.Programme;

/// <summary>The beneficiary statements, written once per dialect.</summary>
internal sealed class BeneficiarySql
{
    private const string Columns = """
        id AS Id, phone_e164 AS Phone, full_name AS FullName, gender AS Gender, birth_year AS BirthYear,
        commune AS Commune, region_of_origin AS RegionOfOrigin, sector AS Sector, language AS Language,
        consented_at AS ConsentedAt, consent_version AS ConsentVersion, channel AS Channel,
        is_test AS IsTest, created_at AS CreatedAt
        """;

    private const string InsertColumns = """
        phone_e164, full_name, name_key, gender, birth_year, commune, region_of_origin, sector, language,
        consented_at, consent_version, channel, session_id, is_test, created_at
        """;

    private const string InsertValues = """
        @Phone, @FullName, @NameKey, @Gender, @BirthYear, @Commune, @RegionOfOrigin, @Sector, @Language,
        @ConsentedAt, @ConsentVersion, @Channel, @SessionId, @IsTest, @CreatedAt
        """;

    /// <summary>Completes a profile: each field is written only while it is still not given (never overwrites a known value).</summary>
    private const string CompleteProfileSet = """
        SET gender = CASE WHEN gender = @NotGiven AND @Gender IS NOT NULL THEN @Gender ELSE gender END,
            birth_year = CASE WHEN birth_year = @BirthYearNotGiven AND @BirthYear IS NOT NULL THEN @BirthYear ELSE birth_year END,
            commune = CASE WHEN commune = @NotGiven AND @Commune IS NOT NULL THEN @Commune ELSE commune END,
            region_of_origin = CASE WHEN region_of_origin = @NotGiven AND @RegionOfOrigin IS NOT NULL THEN @RegionOfOrigin ELSE region_of_origin END,
            sector = CASE WHEN sector = @NotGiven AND @Sector IS NOT NULL THEN @Sector ELSE sector END
        WHERE id = @Id;
        """;

    /// <summary>
    /// One statement, atomic under SQLite's write lock: inserts unless the phone is full;
    /// the unique key turns a duplicate into no row. Returns the new id, or no row.
    /// </summary>
    public static readonly BeneficiarySql Sqlite = new()
    {
        Insert = $"""
            INSERT INTO beneficiaries ({InsertColumns})
            SELECT {InsertValues}
            WHERE (SELECT COUNT(*) FROM beneficiaries WHERE phone_e164 = @Phone) < @MaxPeople
            ON CONFLICT (phone_e164, name_key) DO NOTHING
            RETURNING id;
            """,
        FindId = "SELECT id AS Id, session_id AS SessionId FROM beneficiaries WHERE phone_e164 = @Phone AND name_key = @NameKey;",
        FindByPhone = $"SELECT {Columns} FROM beneficiaries WHERE phone_e164 = @Phone ORDER BY id;",
        CountByPhone = "SELECT COUNT(*) FROM beneficiaries WHERE phone_e164 = @Phone;",
        FindForUpdate = $"SELECT {Columns} FROM beneficiaries WHERE id = @Id;", // in a BEGIN IMMEDIATE transaction
        CompleteProfile = "UPDATE beneficiaries " + CompleteProfileSet,
        IsDuplicateKey = e => e is SqliteException { SqliteErrorCode: 19, SqliteExtendedErrorCode: 2067 or 1555 },
        IsTransient = _ => false,
    };

    /// <summary>
    /// One statement: UPDLOCK + HOLDLOCK take key-range locks on the phone's rows, so concurrent registrations
    /// on one phone run one after the other (no duplicate, never past the limit). A duplicate-key error
    /// (2601/2627) is still treated as "already registered" as a safety net.
    /// </summary>
    public static readonly BeneficiarySql SqlServer = new()
    {
        Insert = $"""
            INSERT INTO dbo.beneficiaries ({InsertColumns})
            OUTPUT INSERTED.id
            SELECT {InsertValues}
            WHERE NOT EXISTS (SELECT 1 FROM dbo.beneficiaries WITH (UPDLOCK, HOLDLOCK)
                              WHERE phone_e164 = @Phone AND name_key = @NameKey)
              AND (SELECT COUNT(*) FROM dbo.beneficiaries WITH (UPDLOCK, HOLDLOCK)
                   WHERE phone_e164 = @Phone) < @MaxPeople;
            """,
        FindId = "SELECT id AS Id, session_id AS SessionId FROM dbo.beneficiaries WHERE phone_e164 = @Phone AND name_key = @NameKey;",
        FindByPhone = $"SELECT {Columns} FROM dbo.beneficiaries WHERE phone_e164 = @Phone ORDER BY id;",
        CountByPhone = "SELECT COUNT(*) FROM dbo.beneficiaries WHERE phone_e164 = @Phone;",
        FindForUpdate = $"SELECT {Columns} FROM dbo.beneficiaries WITH (UPDLOCK, HOLDLOCK) WHERE id = @Id;",
        CompleteProfile = "UPDATE dbo.beneficiaries " + CompleteProfileSet,
        IsDuplicateKey = e => e is SqlException { Number: 2601 or 2627 },
        IsTransient = e => e is SqlException { Number: 1205 }, // chosen as deadlock victim
    };

    public required string Insert { get; init; }
    public required string FindId { get; init; }
    public required string FindByPhone { get; init; }
    public required string CountByPhone { get; init; }
    public required string FindForUpdate { get; init; }
    public required string CompleteProfile { get; init; }
    public required Func<DbException, bool> IsDuplicateKey { get; init; }
    public required Func<DbException, bool> IsTransient { get; init; }

    public static BeneficiarySql For(SqlDialect dialect) => dialect switch
    {
        SqlDialect.Sqlite => Sqlite,
        SqlDialect.SqlServer => SqlServer,
        _ => throw new ArgumentOutOfRangeException(nameof(dialect), dialect, null),
    };
}
