using System.Globalization;

namespace UssdGateway.Infrastructure.Data;

/// <summary>
/// Calendar dates as each dialect stores them: <c>yyyy-MM-dd</c> text in SQLite (sortable), <c>date</c> in SQL Server.
/// </summary>
internal static class DbDate
{
    private const string SqliteFormat = "yyyy-MM-dd";

    /// <summary>The parameter value for <paramref name="value"/> in <paramref name="dialect"/>.</summary>
    public static object Write(SqlDialect dialect, DateOnly value) => dialect switch
    {
        SqlDialect.Sqlite => value.ToString(SqliteFormat, CultureInfo.InvariantCulture),
        _ => value.ToDateTime(TimeOnly.MinValue),
    };

    /// <summary>A column value read by Dapper (text, <see cref="DateTime"/> or <see cref="DateOnly"/>).</summary>
    public static DateOnly Read(object value) => value switch
    {
        DateOnly date => date,
        DateTime dateTime => DateOnly.FromDateTime(dateTime),
        DateTimeOffset offset => DateOnly.FromDateTime(offset.DateTime),
        string text => DateOnly.ParseExact(text, SqliteFormat, CultureInfo.InvariantCulture),
        _ => throw new InvalidCastException($"Cannot read a date from {value.GetType().Name}."),
    };
}
