using System.Data.Common;
using Microsoft.Data.Sqlite;
using UssdGateway.Infrastructure.Data;

namespace UssdGateway.Tests.Faults;

/// <summary>A database that cannot be opened (SQLite's "unable to open database file"), as when the server or disk is away.</summary>
internal sealed class UnavailableDatabase : IDbConnectionFactory
{
    private const int SqliteCantOpen = 14;

    public int Attempts => Volatile.Read(ref _attempts);

    private int _attempts;

    public SqlDialect Dialect => SqlDialect.Sqlite;

    public string Description => "sqlite (unavailable)";

    public Task<DbConnection> OpenAsync(CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref _attempts);
        return Task.FromException<DbConnection>(new SqliteException("SQLite Error 14: 'unable to open database file'.", SqliteCantOpen));
    }

    public ValueTask<WriteLease> EnterWriteAsync(CancellationToken cancellationToken = default) => ValueTask.FromResult(new WriteLease(null));
}
