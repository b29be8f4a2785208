using UssdGateway.Infrastructure.Data;
using UssdGateway.Infrastructure.Tests.Data;

namespace UssdGateway.Infrastructure.Tests.Programme;

/// <summary>The deletion / consent-withdrawal requests contract on a real SQLite file (a new one per test).</summary>
public sealed class SqlitePrivacyRequestTests : PrivacyRequestContract, IDisposable
{
    private readonly SqliteTestDatabase _database = new();

    protected override IDbConnectionFactory Connections => _database.Connections;

    public void Dispose() => _database.Dispose();
}
