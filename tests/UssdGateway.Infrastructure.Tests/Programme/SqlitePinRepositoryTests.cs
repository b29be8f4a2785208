using Dapper;
using UssdGateway.Core.Programme;
using UssdGateway.Infrastructure.Data;
using UssdGateway.Infrastructure.Tests.Data;

namespace UssdGateway.Infrastructure.Tests.Programme;

/// <summary>The PIN repository contract on a real SQLite file (a new one per test).</summary>
public sealed class SqlitePinRepositoryTests : PinRepositoryContract, IDisposable
{
    private readonly SqliteTestDatabase _database = new();

    protected override IDbConnectionFactory Connections => _database.Connections;

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task SetAsync_StoresASaltedHashNotThePin_WhenAPinIsSet()
    {
        var first = (await Make.BeneficiaryAsync()).Id;
        var second = (await Make.BeneficiaryAsync()).Id;
        await Pins.SetAsync(first, "1234", Staff);
        await Pins.SetAsync(second, "1234", Staff);

        await using var connection = await Connections.OpenAsync();
        var hashes = (await connection.QueryAsync<string>(
            "SELECT pin_hash FROM loan_pins WHERE beneficiary_id IN (@first, @second);", new { first, second })).ToList();

        hashes.Should().HaveCount(2).And.OnlyHaveUniqueItems("each hash has its own salt");
        hashes.Should().OnlyContain(h => h.StartsWith("pbkdf2-sha256$1000$", StringComparison.Ordinal) && !h.Contains("1234", StringComparison.Ordinal));
    }
}
