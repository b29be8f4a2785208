using UssdGateway.Infrastructure.Data;

namespace UssdGateway.Infrastructure.Programme;

/// <summary>The caller-preference statements, written once per dialect.</summary>
internal sealed class CallerPreferencesSql
{
    public static readonly CallerPreferencesSql Sqlite = new()
    {
        GetLanguage = "SELECT language FROM caller_preferences WHERE phone_e164 = @Phone;",
        Upsert = """
            INSERT INTO caller_preferences (phone_e164, language, updated_at)
            VALUES (@Phone, @Language, @UpdatedAt)
            ON CONFLICT (phone_e164) DO UPDATE SET language = excluded.language, updated_at = excluded.updated_at;
            """,
    };

    /// <summary>MERGE with HOLDLOCK: two first-time saves for one number cannot both insert.</summary>
    public static readonly CallerPreferencesSql SqlServer = new()
    {
        GetLanguage = "SELECT language FROM dbo.caller_preferences WHERE phone_e164 = @Phone;",
        Upsert = """
            MERGE dbo.caller_preferences WITH (HOLDLOCK) AS target
            USING (SELECT @Phone AS phone_e164, @Language AS language, @UpdatedAt AS updated_at) AS source
               ON target.phone_e164 = source.phone_e164
            WHEN MATCHED THEN
                UPDATE SET language = source.language, updated_at = source.updated_at
            WHEN NOT MATCHED THEN
                INSERT (phone_e164, language, updated_at) VALUES (source.phone_e164, source.language, source.updated_at);
            """,
    };

    public required string GetLanguage { get; init; }
    public required string Upsert { get; init; }

    public static CallerPreferencesSql For(SqlDialect dialect) => dialect switch
    {
        SqlDialect.Sqlite => Sqlite,
        SqlDialect.SqlServer => SqlServer,
        _ => throw new ArgumentOutOfRangeException(nameof(dialect), dialect, null),
    };
}
