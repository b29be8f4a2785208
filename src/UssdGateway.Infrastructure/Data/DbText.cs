namespace UssdGateway.Infrastructure.Data;

/// <summary>Text made to fit a column, the same way in every dialect (SQL Server refuses what SQLite would keep).</summary>
internal static class DbText
{
    public static string Clip(string? value, int maxLength) =>
        value is null ? "" : value.Length <= maxLength ? value : value[..maxLength];

    public static string? ClipOrNull(string? value, int maxLength) =>
        value is null ? null : Clip(value, maxLength);
}
