using Dapper;
using UssdGateway.Core.Sessions;
using UssdGateway.Infrastructure.Data;
using UssdGateway.Infrastructure.Tests.Data;

namespace UssdGateway.Infrastructure.Tests.Hops;

public sealed class SqliteHopStorageTests : HopStorageContract, IDisposable
{
    private readonly SqliteTestDatabase _database = new();

    protected override IDbConnectionFactory Connections => _database.Connections;

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task InsertHops_StoresUtcIso8601TextAndKindNames_WhenWritingARow()
    {
        await Hops.InsertAsync(Connections, [Hops.At(new DateTimeOffset(2026, 12, 7, 10, 0, 0, 5, TimeSpan.FromHours(1)), Session("text"), "welcome", menuId: Menu, inputKind: HopInputKind.Dial)]);

        await using var connection = await Connections.OpenAsync();
        var row = await connection.QuerySingleAsync<(string At, string InputKind, string Outcome, long IsTest)>(
            "SELECT at, input_kind, outcome, is_test FROM ussd_hops WHERE session_id = @SessionId;", new { SessionId = Session("text") });

        row.Should().Be(("2026-12-07T09:00:00.0050000Z", "Dial", "Continue", 0L));
    }

    [Fact]
    public async Task GetFunnelAsync_UsesTheIndexOnAt_WhenReadingADay()
    {
        await using var connection = await Connections.OpenAsync();
        var plan = await connection.QueryAsync(
            "EXPLAIN QUERY PLAN SELECT id FROM ussd_hops WHERE at >= '2026-12-07' AND at < '2026-12-08' AND is_test = 0;");

        string.Join('\n', plan.Select(step => (string)step.detail)).Should().Contain("ix_ussd_hops_at");
    }
}
