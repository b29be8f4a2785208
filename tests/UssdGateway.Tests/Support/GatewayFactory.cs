using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using UssdGateway.Testing;

namespace UssdGateway.Tests.Support;

/// <summary>
/// The real web host on a fresh SQLite file and the shipped menus (or a folder of the test's),
/// with the in-process session store unless a Redis connection string is given.
/// </summary>
public sealed class GatewayFactory : WebApplicationFactory<Program>
{
    private readonly TempDirectory _directory = new("ussdgw-web");

    /// <summary>Redis for sessions; null keeps the in-process store.</summary>
    public string? RedisConnectionString { get; init; }

    /// <summary>The menu folder; the shipped <c>menus/</c> when null.</summary>
    public string? MenusPath { get; init; }

    /// <summary>Service replacements (fakes of failure).</summary>
    public Action<IServiceCollection>? ConfigureTestServices { get; init; }

    /// <summary>The hosting environment (the console behaves the same in every one).</summary>
    public string EnvironmentName { get; init; } = "Testing";

    /// <summary>Extra configuration keys.</summary>
    public IDictionary<string, string?> Settings { get; init; } = new Dictionary<string, string?>();

    public string DatabaseFile => _directory.Combine("data", "gateway.db");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(EnvironmentName);
        builder.UseSetting("Paths:Root", _directory.Path);
        builder.UseSetting("Menus:Path", MenusPath ?? RepositoryRoot.Menus);
        builder.UseSetting("Database:Path", DatabaseFile);
        if (RedisConnectionString is not null) builder.UseSetting("ConnectionStrings:Redis", RedisConnectionString);
        // Jobs in memory by default (one host's worth, gone with it); the job tests choose SQLite or Redis themselves.
        builder.UseSetting("Jobs:Storage", "InMemory");
        builder.UseSetting("Jobs:WorkerCount", "1");
        // No quiet hours: these tests run on the real clock, at any hour; the quiet-hours tests use a fake one.
        builder.UseSetting("Sms:QuietHours:Start", "00:00");
        builder.UseSetting("Sms:QuietHours:End", "00:00");
        // No per-number rate limits: these tests drive one number far faster than a person can; the limit tests set their own.
        builder.UseSetting("Webhooks:RateLimits:UssdHopsPerMinute", "0");
        builder.UseSetting("Webhooks:RateLimits:SmsPerMinute", "0");
        foreach (var (key, value) in Settings) builder.UseSetting(key, value);
        if (ConfigureTestServices is not null) builder.ConfigureServices(ConfigureTestServices);
    }

    /// <summary>A connection to the service's SQLite file, to read back what it stored.</summary>
    public SqliteConnection OpenDatabase()
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = DatabaseFile, Pooling = false }.ToString());
        connection.Open();
        return connection;
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            SqliteConnection.ClearAllPools();
            _directory.Dispose();
        }
    }
}
