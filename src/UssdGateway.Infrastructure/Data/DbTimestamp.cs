using System.Globalization;

namespace UssdGateway.Infrastructure.Data;

/// <summary>
/// Timestamps as each dialect stores them: UTC ISO-8601 text in SQLite (sortable, readable),
/// <c>datetimeoffset</c> (in UTC) in SQL Server. Read back as UTC <see cref="DateTimeOffset"/>.
/// </summary>
internal static class DbTimestamp
{
    private const string SqliteFormat = "yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'";

    /// <summary>The parameter value for <paramref name="value"/> in <paramref name="dialect"/>.</summary>
    public static object Write(SqlDialect dialect, DateTimeOffset value) => dialect switch
    {
        SqlDialect.Sqlite => value.UtcDateTime.ToString(SqliteFormat, CultureInfo.InvariantCulture),
        _ => value.ToUniversalTime(),
    };

    /// <summary>A column value read by Dapper (text, <see cref="DateTime"/> or <see cref="DateTimeOffset"/>) as UTC.</summary>
    public static DateTimeOffset Read(object value) => value switch
    {
        DateTimeOffset offset => offset.ToUniversalTime(),
        DateTime dateTime => new DateTimeOffset(DateTime.SpecifyKind(dateTime, DateTimeKind.Utc)),
        string text => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal),
        _ => throw new InvalidCastException($"Cannot read a timestamp from {value.GetType().Name}."),
    };
}
