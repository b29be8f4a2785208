using System.Collections.Concurrent;
using System.Data.Common;
using DbUp;
using DbUp.Builder;
using DbUp.Sqlite.Helpers;
using Microsoft.Data.SqlClient;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace UssdGateway.Infrastructure.Data;

/// <summary>
/// Applies the embedded migration scripts of the configured dialect with DbUp (journal table <c>SchemaVersions</c>).
/// Idempotent: a second call applies nothing. Safe when called concurrently:
/// in one process calls for the same database run one after the other; across processes
/// SQLite runs the whole migration in one <c>BEGIN IMMEDIATE</c> transaction (the file's write lock),
/// SQL Server holds an exclusive <c>sp_getapplock</c> while DbUp runs in one transaction.
/// </summary>
public sealed class DatabaseMigrator
{
    internal const string SqlServerLockResource = "ussdgateway:migrations";
    private const int SqlServerLockTimeoutMilliseconds = 60_000;

    private static readonly ConcurrentDictionary<string, SemaphoreSlim> Gates = new(StringComparer.Ordinal);

    private readonly IDbConnectionFactory _connections;
    private readonly ILogger _logger;

    public DatabaseMigrator(IDbConnectionFactory connections, ILogger<DatabaseMigrator>? logger = null)
    {
        _connections = connections;
        _logger = logger ?? (ILogger)NullLogger.Instance;
    }

    /// <summary>Where the migrated database lives (file path or server/database).</summary>
    public string Database => _connections.Description;

    /// <summary>Applies what is pending and reports it; applies nothing when the database is up to date.</summary>
    /// <exception cref="DatabaseMigrationException">The database cannot be opened or locked, or a script failed
    /// (its message names the database and the script).</exception>
    public async Task<MigrationResult> MigrateAsync(CancellationToken cancellationToken = default)
    {
        var gate = Gates.GetOrAdd(_connections.Description, _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            IReadOnlyList<string> applied;
            try
            {
                applied = _connections switch
                {
                    SqliteConnectionFactory sqlite => await MigrateSqliteAsync(sqlite, cancellationToken).ConfigureAwait(false),
                    SqlServerConnectionFactory sqlServer => await MigrateSqlServerAsync(sqlServer, cancellationToken).ConfigureAwait(false),
                    _ => throw new NotSupportedException(
                        $"{nameof(DatabaseMigrator)} knows {nameof(SqliteConnectionFactory)} and {nameof(SqlServerConnectionFactory)}, not {_connections.GetType().Name}."),
                };
            }
            catch (Exception e) when (e is DbException or IOException or UnauthorizedAccessException)
            {
                // Cannot open or lock the database: one exception type for the host and the CLI to report.
                throw new DatabaseMigrationException($"Cannot migrate {_connections.Description}: {e.Message}", e);
            }
            if (applied.Count == 0)
                _logger.LogDebug("Database {Database} is up to date", _connections.Description);
            else
                _logger.LogInformation("Applied {Count} migration(s) to {Database}: {Scripts}", applied.Count, _connections.Description, string.Join(", ", applied));
            return new MigrationResult(_connections.Description, applied);
        }
        finally
        {
            gate.Release();
        }
    }

    private async Task<IReadOnlyList<string>> MigrateSqliteAsync(SqliteConnectionFactory factory, CancellationToken cancellationToken)
    {
        // Unpooled: the connection carries a raw transaction that Microsoft.Data.Sqlite does not track.
        await using var connection = await factory.OpenUnpooledAsync(cancellationToken).ConfigureAwait(false);
        await ExecuteAsync(connection, "PRAGMA journal_mode = WAL;", cancellationToken).ConfigureAwait(false);

        // The write lock is taken before the journal is read, so two processes cannot both see a script as pending.
        await ExecuteAsync(connection, "BEGIN IMMEDIATE;", cancellationToken).ConfigureAwait(false);
        try
        {
            var applied = Run(DeployChanges.To.SqliteDatabase(new SharedConnection(connection)), SqlDialect.Sqlite);
            await ExecuteAsync(connection, "COMMIT;", CancellationToken.None).ConfigureAwait(false);
            return applied;
        }
        catch
        {
            try
            {
                await ExecuteAsync(connection, "ROLLBACK;", CancellationToken.None).ConfigureAwait(false);
            }
            catch (SqliteException)
            {
                // SQLite already rolled back (some errors end the transaction); the original error matters.
            }
            throw;
        }
    }

    private async Task<IReadOnlyList<string>> MigrateSqlServerAsync(SqlServerConnectionFactory factory, CancellationToken cancellationToken)
    {
        // A session lock on its own connection: released when that connection closes, whatever happens.
        await using var lockConnection = new SqlConnection(factory.ConnectionString);
        await lockConnection.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (var take = lockConnection.CreateCommand())
        {
            take.CommandText = """
                DECLARE @result INT;
                EXEC @result = sp_getapplock @Resource = @resource, @LockMode = 'Exclusive', @LockOwner = 'Session', @LockTimeout = @timeout;
                SELECT @result;
                """;
            take.Parameters.AddWithValue("@resource", SqlServerLockResource);
            take.Parameters.AddWithValue("@timeout", SqlServerLockTimeoutMilliseconds);
            take.CommandTimeout = SqlServerLockTimeoutMilliseconds / 1000 + 30;
            var result = Convert.ToInt32(await take.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), System.Globalization.CultureInfo.InvariantCulture);
            if (result < 0)
                throw new DatabaseMigrationException($"Cannot migrate {_connections.Description}: the migration lock '{SqlServerLockResource}' was not granted (sp_getapplock returned {result}).");
        }

        return Run(DeployChanges.To.SqlDatabase(factory.ConnectionString).WithTransaction(), SqlDialect.SqlServer);
    }

    private IReadOnlyList<string> Run(UpgradeEngineBuilder builder, SqlDialect dialect)
    {
        var upgrade = builder
            .WithScriptsEmbeddedInAssembly(MigrationScripts.Assembly, name => MigrationScripts.IsScriptOf(dialect, name))
            .LogTo(new DbUpLog(_logger))
            .Build()
            .PerformUpgrade();

        if (!upgrade.Successful)
        {
            var script = upgrade.ErrorScript is null ? null : MigrationScripts.ShortName(dialect, upgrade.ErrorScript.Name);
            throw new DatabaseMigrationException(
                script is null
                    ? $"Cannot migrate {_connections.Description}: {upgrade.Error?.Message}"
                    : $"Migration script {script} failed on {_connections.Description}: {upgrade.Error?.Message}",
                upgrade.Error)
            {
                Script = script,
            };
        }

        return upgrade.Scripts.Select(s => MigrationScripts.ShortName(dialect, s.Name)).ToList();
    }

    private static async Task ExecuteAsync(SqliteConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }
}
