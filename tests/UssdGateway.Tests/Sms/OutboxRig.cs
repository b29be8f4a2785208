using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using UssdGateway.Core.Sms;
using UssdGateway.Infrastructure;
using UssdGateway.Infrastructure.Data;
using UssdGateway.Infrastructure.Sms;
using UssdGateway.Testing;

namespace UssdGateway.Tests.Sms;

/// <summary>The outbox, the senders and the dispatcher as the host registers them, on a fresh SQLite file and a fake clock.</summary>
public sealed class OutboxRig : IAsyncDisposable
{
    private readonly TempDirectory _directory;
    private readonly ServiceProvider _services;

    private OutboxRig(TempDirectory directory, ServiceProvider services, FakeTimeProvider time, string databaseFile)
    {
        _directory = directory;
        _services = services;
        Time = time;
        DatabaseFile = databaseFile;
    }

    public FakeTimeProvider Time { get; }

    public string DatabaseFile { get; }

    public ISmsOutbox Outbox => _services.GetRequiredService<ISmsOutbox>();

    public SmsDispatcher Dispatcher => _services.GetRequiredService<SmsDispatcher>();

    public ISmsOptOuts OptOuts => _services.GetRequiredService<ISmsOptOuts>();

    public static async Task<OutboxRig> StartAsync(IDictionary<string, string?> settings)
    {
        var directory = new TempDirectory("ussdgw-sms");
        var databaseFile = directory.Combine("data", "gateway.db");
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Paths:Root"] = directory.Path,
                ["Database:Path"] = databaseFile,
                ["Sms:Dispatch:RetryDelay"] = "00:00:30",
            })
            .AddInMemoryCollection(settings)
            .Build();
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 29, 10, 0, 0, TimeSpan.Zero));
        var services = new ServiceCollection()
            .AddLogging()
            .AddSingleton<TimeProvider>(time)
            .AddUssdGatewayInfrastructure(configuration)
            .AddSmsGateway(configuration)
            .BuildServiceProvider();
        await services.GetRequiredService<DatabaseMigrator>().MigrateAsync();
        return new OutboxRig(directory, services, time, databaseFile);
    }

    public SqliteConnection OpenDatabase()
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = DatabaseFile, Pooling = false }.ToString());
        connection.Open();
        return connection;
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        SqliteConnection.ClearAllPools();
        _directory.Dispose();
    }
}
