using Xunit;

namespace UssdGateway.Testing;

/// <summary>
/// A fact that needs a SQL Server: skipped, with the reason, unless <c>USSDGW_TEST_SQLSERVER</c> holds a
/// connection string (xunit 2 has no skip at run time, so the attribute decides).
/// </summary>
public sealed class SqlServerFactAttribute : FactAttribute
{
    public const string EnvironmentVariable = "USSDGW_TEST_SQLSERVER";
    public const string SkipReason = "set USSDGW_TEST_SQLSERVER to a SQL Server connection string to run";

    public SqlServerFactAttribute()
    {
        if (ConnectionString is null) Skip = SkipReason;
    }

    /// <summary>The connection string from <c>USSDGW_TEST_SQLSERVER</c>, or null.</summary>
    public static string? ConnectionString =>
        Environment.GetEnvironmentVariable(EnvironmentVariable) is { } value && !string.IsNullOrWhiteSpace(value) ? value : null;
}
