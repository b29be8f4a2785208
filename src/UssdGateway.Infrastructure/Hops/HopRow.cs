using UssdGateway.Core.Sessions;
using UssdGateway.Infrastructure.Data;

namespace UssdGateway.Infrastructure.Hops;

/// <summary>
/// A <c>ussd_hops</c> row as Dapper binds it: kinds and outcomes as their names (readable in SQL), text clipped
/// to the column sizes (a long value must not fail a whole batch on SQL Server).
/// </summary>
internal sealed class HopRow
{
    internal const int ProviderLength = 32;
    internal const int SessionIdLength = 128;
    internal const int MenuIdLength = 64;
    internal const int MenuVersionLength = 100;
    internal const int ScreenLength = 100;

    public required object At { get; init; }
    public required string Provider { get; init; }
    public required string SessionId { get; init; }
    public required string MenuId { get; init; }
    public required string MenuVersion { get; init; }
    public required string Screen { get; init; }
    public required string InputKind { get; init; }
    public required string Outcome { get; init; }
    public required double LatencyMs { get; init; }
    public required bool IsTest { get; init; }

    public static HopRow From(HopRecord hop, SqlDialect dialect) => new()
    {
        At = DbTimestamp.Write(dialect, hop.At),
        Provider = DbText.Clip(hop.Provider, ProviderLength),
        SessionId = DbText.Clip(hop.SessionId, SessionIdLength),
        MenuId = DbText.Clip(hop.MenuId, MenuIdLength),
        MenuVersion = DbText.Clip(hop.MenuVersion, MenuVersionLength),
        Screen = DbText.Clip(hop.Screen, ScreenLength),
        InputKind = hop.InputKind.ToString(),
        Outcome = hop.Outcome.ToString(),
        LatencyMs = double.IsFinite(hop.LatencyMilliseconds) ? Math.Max(0, hop.LatencyMilliseconds) : 0,
        IsTest = hop.IsTest,
    };
}
