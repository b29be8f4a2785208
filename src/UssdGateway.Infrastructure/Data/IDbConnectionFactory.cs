using System.Data.Common;

namespace UssdGateway.Infrastructure.Data;

/// <summary>Opens connections to the gateway's database, ready to use (pragmas applied for SQLite).</summary>
public interface IDbConnectionFactory
{
    SqlDialect Dialect { get; }

    /// <summary>Where the data lives, for messages: a file path or server/database, never a password.</summary>
    string Description { get; }

    /// <summary>An open connection; the caller disposes it (which returns it to the pool).</summary>
    Task<DbConnection> OpenAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// Waits for this process's turn to write, held until the lease is disposed. SQLite takes one writer at a time,
    /// and writers that meet on its file lock back off by sleeping (milliseconds each): queueing them here instead
    /// keeps registrations and hop-log batches flowing under load. SQL Server locks rows itself: a no-op there.
    /// Take it before opening the connection that writes.
    /// </summary>
    ValueTask<WriteLease> EnterWriteAsync(CancellationToken cancellationToken = default);
}
