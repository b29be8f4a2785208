using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using UssdGateway.Infrastructure;
using UssdGateway.Infrastructure.Data;
using UssdGateway.Infrastructure.Notices;
using UssdGateway.Infrastructure.Sms;
using UssdGateway.Testing;

namespace UssdGateway.Benchmarks.Sms;

/// <summary>
/// The outbox, dispatcher and scheduled notices as the host registers them (same extension methods, defaults kept:
/// batches of 100, no rate limit, no spend cap), on a fresh migrated SQLite file, Africa's Talking configured to send
/// to <paramref name="providerBaseUrl"/>, the shipped <c>menus/sms.yaml</c> texts, and a clock starting at
/// <paramref name="start"/>. No host runs: no Hangfire server, nothing sends but the benchmark's own calls.
/// </summary>
internal sealed class SmsRig : IAsyncDisposable
{
    private readonly TempDirectory _directory;

    private SmsRig(TempDirectory directory, ServiceProvider services, string databaseFile)
    {
        _directory = directory;
        Services = services;
        DatabaseFile = databaseFile;
    }

    public ServiceProvider Services { get; }

    public string DatabaseFile { get; }

    public static async Task<SmsRig> StartAsync(string providerBaseUrl, DateTimeOffset start)
    {
        var directory = new TempDirectory("ussdgw-bench-sms");
        var databaseFile = directory.Combine("data", "bench.db");
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Paths:Root"] = directory.Path,
                ["Menus:Path"] = RepositoryRoot.Menus,
                ["Database:Path"] = databaseFile,
                ["Sms:AfricasTalking:Username"] = "bench",
                ["Sms:AfricasTalking:ApiKey"] = "bench-key",
                ["Sms:AfricasTalking:BaseUrl"] = providerBaseUrl,
            })
            .Build();
        var services = new ServiceCollection()
            .AddLogging()
            .AddSingleton<TimeProvider>(new ShiftedClock(start))
            .AddUssdGatewayInfrastructure(configuration)
            .AddSmsGateway(configuration)
            .AddScheduledNotices(configuration)
            .BuildServiceProvider();
        await services.GetRequiredService<DatabaseMigrator>().MigrateAsync();
        return new SmsRig(directory, services, databaseFile);
    }

    /// <summary>Rows of <c>sms_outbox</c> per status.</summary>
    public async Task<IReadOnlyDictionary<string, long>> OutboxStatusesAsync()
    {
        var counts = new Dictionary<string, long>();
        await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = DatabaseFile, Pooling = false }.ToString());
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT status, COUNT(*) FROM sms_outbox GROUP BY status;";
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync()) counts[reader.GetString(0)] = reader.GetInt64(1);
        return counts;
    }

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        SqliteConnection.ClearAllPools();
        _directory.Dispose();
    }
}
