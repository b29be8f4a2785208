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
}
