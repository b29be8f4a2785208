using Microsoft.Data.Sqlite;
using UssdGateway.Infrastructure.Data;
using UssdGateway.Testing;

namespace UssdGateway.Infrastructure.Tests.Data;

/// <summary>A SQLite file in a temp folder that does not exist yet (the factory creates it).</summary>
internal sealed class SqliteTestDatabase : IDisposable
{
    private readonly TempDirectory _folder = new("sqlite");

    public SqliteTestDatabase()
    {
        FilePath = _folder.Combine("data", "ussdgateway.db");
        Connections = new SqliteConnectionFactory(FilePath);
    }

    public string FilePath { get; }

    public SqliteConnectionFactory Connections { get; }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _folder.Dispose();
    }
}
