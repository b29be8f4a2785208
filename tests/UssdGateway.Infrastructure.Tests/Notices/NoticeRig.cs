using Dapper;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using UssdGateway.Core.Programme;
using UssdGateway.Infrastructure.Data;
using UssdGateway.Infrastructure.Notices;
using UssdGateway.Infrastructure.Programme;
using UssdGateway.Infrastructure.Sms;
using UssdGateway.Infrastructure.Tests.Programme;
using UssdGateway.Testing;

namespace UssdGateway.Infrastructure.Tests.Notices;

/// <summary>
/// The scheduling services as the host wires them (SMS gateway, notices, jobs in memory, no job server) on a fresh
/// SQLite file and the shipped <c>menus/sms.yaml</c>, with a fake clock; the jobs are run by the test.
/// </summary>
internal sealed class NoticeRig : IAsyncDisposable
{
    private readonly TempDirectory _folder = new("notices");
    private readonly ServiceProvider _services;

    private NoticeRig(DateTimeOffset now, IDictionary<string, string?>? settings)
    {
        Time = new FakeTimeProvider(now);
        var values = new Dictionary<string, string?>
        {
            ["Paths:Root"] = _folder.Path,
            ["Menus:Path"] = RepositoryRoot.Menus,
            ["Database:Path"] = _folder.Combine("data", "gateway.db"),
            ["Jobs:Storage"] = "InMemory",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>()) values[key] = value;
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging();
        services.AddSingleton<TimeProvider>(Time);
        services.AddUssdGatewayInfrastructure(configuration);
        services.AddSmsGateway(configuration);
        services.AddScheduledNotices(configuration);
        _services = services.BuildServiceProvider();
        Make = new ProgrammeFixtures(Connections, Time);
    }

    public FakeTimeProvider Time { get; }

    public IServiceProvider Services => _services;

    public ProgrammeFixtures Make { get; }

    public IDbConnectionFactory Connections => _services.GetRequiredService<IDbConnectionFactory>();

    public static async Task<NoticeRig> StartAsync(DateTimeOffset now, IDictionary<string, string?>? settings = null)
    {
        var rig = new NoticeRig(now, settings);
        await rig._services.GetRequiredService<DatabaseMigrator>().MigrateAsync();
        return rig;
    }

    public T Get<T>() where T : notnull => ActivatorUtilities.GetServiceOrCreateInstance<T>(_services);

    /// <summary>Every outbox row, oldest first.</summary>
    public async Task<IReadOnlyList<OutboxRow>> OutboxAsync()
    {
        await using var connection = await Connections.OpenAsync();
        return (await connection.QueryAsync<OutboxRow>(
            "SELECT idempotency_key AS IdempotencyKey, recipient_e164 AS Recipient, text AS Text, status AS Status, kind AS Kind, failure_reason AS FailureReason FROM sms_outbox ORDER BY id")).ToList();
    }

    /// <summary>Registers someone in the given language on a new number.</summary>
    public async Task<(long Id, string Phone)> PersonAsync(string name, string language)
    {
        var phone = Registrations.NewPhone();
        var result = await Make.Beneficiaries.RegisterAsync(Registrations.For(phone, name) with { Language = language, IsTest = false });
        return (result.BeneficiaryId, phone);
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        SqliteConnection.ClearAllPools();
        _folder.Dispose();
    }

    internal sealed class OutboxRow
    {
        public string IdempotencyKey { get; set; } = "";
        public string Recipient { get; set; } = "";
        public string Text { get; set; } = "";
        public string Status { get; set; } = "";
        public string Kind { get; set; } = "";
        public string? FailureReason { get; set; }
    }
}
