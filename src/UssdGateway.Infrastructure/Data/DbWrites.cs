using System.Data;
using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace UssdGateway.Infrastructure.Data;

/// <summary>
/// Runs a unit of work in one write transaction, so nothing is half-written: SQLite takes the database's write lock
/// at the start (<c>BEGIN IMMEDIATE</c>), so reads inside see no concurrent writer; SQL Server runs READ COMMITTED and
/// the statements take the locks they need (UPDLOCK, HOLDLOCK). In one process, SQLite writers first queue on
/// <see cref="IDbConnectionFactory.EnterWriteAsync"/> rather than meet on the file lock. A deadlock victim or a busy
/// database is retried (the whole unit, a few times).
/// </summary>
internal static class DbWrites
{
    private const int MaxAttempts = 3;

    public static async Task<T> InTransactionAsync<T>(
        IDbConnectionFactory connections,
        Func<DbConnection, DbTransaction, Task<T>> work,
        CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            using var write = await connections.EnterWriteAsync(cancellationToken).ConfigureAwait(false);
            await using var connection = await connections.OpenAsync(cancellationToken).ConfigureAwait(false);
            await using var transaction = await BeginAsync(connection, cancellationToken).ConfigureAwait(false);
            try
            {
                var result = await work(connection, transaction).ConfigureAwait(false);
                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
                return result;
            }
            catch (DbException e) when (DbErrors.IsTransient(e) && attempt < MaxAttempts)
            {
                // Rolled back when disposed; run the whole unit again.
            }
        }
    }

    private static async Task<DbTransaction> BeginAsync(DbConnection connection, CancellationToken cancellationToken) => connection switch
    {
        // deferred: false is BEGIN IMMEDIATE: the write lock is taken now (waiting up to busy_timeout), not at the first write.
        SqliteConnection sqlite => sqlite.BeginTransaction(deferred: false),
        _ => await connection.BeginTransactionAsync(IsolationLevel.ReadCommitted, cancellationToken).ConfigureAwait(false),
    };
}
