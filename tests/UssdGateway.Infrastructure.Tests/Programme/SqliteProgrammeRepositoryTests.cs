using Dapper;
using UssdGateway.Infrastructure.Data;
using UssdGateway.Infrastructure.Tests.Data;

namespace UssdGateway.Infrastructure.Tests.Programme;

public sealed class SqliteProgrammeRepositoryTests : ProgrammeRepositoryContract, IDisposable
{
    private readonly SqliteTestDatabase _database = new();

    protected override IDbConnectionFactory Connections => _database.Connections;

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task RegisterAsync_StoresUtcIso8601Text_WhenWritingTimestamps()
    {
        var phone = Registrations.NewPhone();
        await Beneficiaries.RegisterAsync(Registrations.For(phone));

        await using var connection = await Connections.OpenAsync();
        var row = await connection.QuerySingleAsync<(string ConsentedAt, string CreatedAt)>(
            "SELECT consented_at, created_at FROM beneficiaries WHERE phone_e164 = @phone;", new { phone });

        row.ConsentedAt.Should().Be("2026-12-07T08:30:15.1230000Z");
        row.CreatedAt.Should().Be("2026-12-07T09:00:00.0000000Z");
    }

    [Fact]
    public async Task RegisterAsync_StoresFoldedNameKey_WhenRegistering()
    {
        var phone = Registrations.NewPhone();
        await Beneficiaries.RegisterAsync(Registrations.For(phone, "  Awa   TRAORÉ "));

        await using var connection = await Connections.OpenAsync();
        (await connection.ExecuteScalarAsync<string>("SELECT name_key FROM beneficiaries WHERE phone_e164 = @phone;", new { phone }))
            .Should().Be("awa traore");
    }
}
