using Hangfire;
using Hangfire.InMemory;
using Hangfire.Redis.StackExchange;
using Hangfire.SqlServer;
using Hangfire.Storage.SQLite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using StackExchange.Redis;
using UssdGateway.Infrastructure.Data;

namespace UssdGateway.Infrastructure.Jobs;

/// <summary>Builds the Hangfire storage <c>Jobs:Storage</c> names, once per host (never through Hangfire's process-wide <c>JobStorage.Current</c>).</summary>
internal static class JobStorageFactory
{
    public static JobStorage Create(IServiceProvider services, IConfiguration configuration)
    {
        var options = services.GetRequiredService<IOptions<JobsOptions>>().Value;
        var database = services.GetRequiredService<IOptions<DatabaseOptions>>().Value.GetDialect();
        return options.StorageKind(database) switch
        {
            JobStorageKind.Sqlite => Sqlite(services.GetRequiredService<GatewayPaths>().Resolve(options.SqlitePath), options),
            JobStorageKind.SqlServer => new SqlServerStorage(DatabaseOptions.SqlServerConnectionString(configuration), new SqlServerStorageOptions
            {
                SqlClientFactory = Microsoft.Data.SqlClient.SqlClientFactory.Instance,
                PrepareSchemaIfNecessary = true,
                QueuePollInterval = options.QueuePollInterval,
                SlidingInvisibilityTimeout = TimeSpan.FromMinutes(5),
                DisableGlobalLocks = true,
            }),
            JobStorageKind.Redis => new RedisStorage(services.GetRequiredService<IConnectionMultiplexer>(), new RedisStorageOptions
            {
                Prefix = options.RedisPrefix,
            }),
            _ => new InMemoryStorage(new InMemoryStorageOptions()),
        };
    }

    private static SQLiteStorage Sqlite(string path, JobsOptions options)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        return new SQLiteStorage(path, new SQLiteStorageOptions { QueuePollInterval = options.QueuePollInterval });
    }
}
