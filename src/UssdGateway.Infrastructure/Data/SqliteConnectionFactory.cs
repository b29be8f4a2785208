using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace UssdGateway.Infrastructure.Data;

/// <summary>
/// Pooled connections to one SQLite file. Each native connection gets the per-connection pragmas
/// (synchronous=NORMAL, foreign_keys=ON, busy_timeout=5000) on its first open; WAL is set once, by the
/// migrator, and stays in the file. Writers queue in-process (<see cref="EnterWriteAsync"/>).
/// </summary>
public sealed class SqliteConnectionFactory : IDbConnectionFactory
{
    internal const string ConnectionPragmas =
        "PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON; PRAGMA busy_timeout = 5000;";

    private readonly SemaphoreSlim _writer = new(1, 1);

    // Pooled connections keep their native handle, and the handle keeps its pragmas: set them once per handle.
    private readonly System.Runtime.CompilerServices.ConditionalWeakTable<object, object> _prepared = new();
    private int _folderCreated;

    public SqliteConnectionFactory(string databaseFile)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(databaseFile);
        DatabaseFile = Path.GetFullPath(databaseFile);
        ConnectionString = BuildConnectionString(DatabaseFile, pooling: true);
    }

    public SqlDialect Dialect => SqlDialect.Sqlite;

    /// <summary>Absolute path of the database file.</summary>
    public string DatabaseFile { get; }

    public string ConnectionString { get; }

    public string Description => "sqlite " + DatabaseFile;

    public async Task<DbConnection> OpenAsync(CancellationToken cancellationToken = default)
    {
        EnsureFolder();
        var connection = new SqliteConnection(ConnectionString);
        try
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            if (connection.Handle is { } handle && !_prepared.TryGetValue(handle, out _))
            {
                await ApplyPragmasAsync(connection, cancellationToken).ConfigureAwait(false);
                _prepared.AddOrUpdate(handle, handle);
            }
            return connection;
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    public async ValueTask<WriteLease> EnterWriteAsync(CancellationToken cancellationToken = default)
    {
        await _writer.WaitAsync(cancellationToken).ConfigureAwait(false);
        return new WriteLease(_writer);
    }

    /// <summary>A connection outside the pool (for the migrator, which holds a raw transaction on it).</summary>
    internal async Task<SqliteConnection> OpenUnpooledAsync(CancellationToken cancellationToken)
    {
        EnsureFolder();
        var connection = new SqliteConnection(BuildConnectionString(DatabaseFile, pooling: false));
        try
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            await ApplyPragmasAsync(connection, cancellationToken).ConfigureAwait(false);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    private static async Task ApplyPragmasAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = ConnectionPragmas;
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    private void EnsureFolder()
    {
        if (Volatile.Read(ref _folderCreated) == 1) return;
        var folder = Path.GetDirectoryName(DatabaseFile);
        if (!string.IsNullOrEmpty(folder)) Directory.CreateDirectory(folder);
        Volatile.Write(ref _folderCreated, 1);
    }

    private static string BuildConnectionString(string file, bool pooling) => new SqliteConnectionStringBuilder
    {
        DataSource = file,
        Mode = SqliteOpenMode.ReadWriteCreate,
        Cache = SqliteCacheMode.Private,
        Pooling = pooling,
        DefaultTimeout = 30,
    }.ToString();
}
