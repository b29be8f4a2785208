using Hangfire;
using Hangfire.Common;
using Hangfire.States;
using Hangfire.Storage;
using Hangfire.Storage.SQLite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using UssdGateway.Core.Sms;
using UssdGateway.Infrastructure.Sms;
using UssdGateway.Tests.Sms;
using UssdGateway.Tests.Support;
using UssdGateway.Testing;

namespace UssdGateway.Tests.Jobs;

/// <summary>Hangfire in the real host on its durable storages: SQLite (the embedded default) and Redis.</summary>
[Collection(JobServerCollection.Name)]
public sealed class JobHostTests(RedisServerFixture redis) : IClassFixture<RedisServerFixture>, IAsyncLifetime
{
    private FakeAfricasTalking _provider = null!;

    public async Task InitializeAsync() => _provider = await FakeAfricasTalking.StartAsync();

    public async Task DisposeAsync() => await _provider.DisposeAsync();

    [Fact]
    public void EmbeddedDefault_KeepsJobsInASqliteFileBesideTheDatabase()
    {
        using var factory = Gateway(new() { ["Jobs:Storage"] = "" });
        _ = factory.Services; // builds the host

        factory.Services.GetRequiredService<JobStorage>().Should().BeOfType<SQLiteStorage>();
        File.Exists(Path.Combine(Path.GetDirectoryName(factory.DatabaseFile)!, "jobs.db")).Should().BeTrue("data/jobs.db is taken from the root, like the database");
    }

    [Fact]
    public void RecurringJobs_AreWrittenAtStart_InBamakoTime_AndASchedulesEntryOverridesOrRemovesThem()
    {
        using var factory = Gateway(new()
        {
            ["Jobs:Storage"] = "",
            ["Jobs:RunServer"] = "false",
            ["Jobs:Schedules:sms-inbox"] = "off",
            ["Jobs:Schedules:sms-dispatch"] = "*/2 * * * *",
        });
        using var client = factory.CreateClient(); // starts the host

        using var connection = factory.Services.GetRequiredService<JobStorage>().GetConnection();
        var jobs = connection.GetRecurringJobs();
        jobs.Select(j => j.Id).Should().Contain(SmsDispatchJob.RecurringId).And.NotContain(SmsInboxJob.RecurringId);
        var dispatch = jobs.Single(j => j.Id == SmsDispatchJob.RecurringId);
        dispatch.Cron.Should().Be("*/2 * * * *");
        dispatch.TimeZoneId.Should().BeOneOf("Africa/Bamako", "UTC");
    }

    [Fact]
    public async Task QueuedSms_IsSentByAJobFromTheSqliteStorage()
    {
        using var factory = Gateway(new() { ["Jobs:Storage"] = "", ["Jobs:QueuePollInterval"] = "00:00:00.200" });
        using var client = factory.CreateClient();

        await factory.Services.GetRequiredService<ISmsOutbox>().EnqueueAsync(new OutgoingSms("+22376123456", "Rappel: formation demain", "jobs:sqlite:1"));

        (await _provider.Received.WaitAsync(TimeSpan.FromSeconds(30))).Should().BeTrue("the kick enqueues a job the SQLite storage hands to a worker");
        _provider.Requests.Single().Form["message"].Should().Be("Rappel: formation demain");
    }

    [Fact]
    public async Task QueuedSms_IsSentByAJobFromTheRedisStorage()
    {
        using var factory = Gateway(new()
        {
            ["Jobs:Storage"] = "Redis",
            ["Jobs:RedisPrefix"] = "{jobs-" + Guid.NewGuid().ToString("N") + "}:",
            ["ConnectionStrings:Redis"] = redis.ConnectionString,
        });
        using var client = factory.CreateClient();

        await factory.Services.GetRequiredService<ISmsOutbox>().EnqueueAsync(new OutgoingSms("+22376123456", "Remboursement: 15 000 FCFA", "jobs:redis:1"));

        (await _provider.Received.WaitAsync(TimeSpan.FromSeconds(30))).Should().BeTrue();
        _provider.Requests.Single().Form["message"].Should().Be("Remboursement: 15 000 FCFA");
    }

    [Fact]
    public async Task AWebOnlyInstance_LeavesItsQueuedSms_ToTheInstanceRunningJobs()
    {
        using var worker = Gateway(new() { ["Jobs:Storage"] = "", ["Jobs:QueuePollInterval"] = "00:00:00.200", ["Jobs:Schedules:sms-dispatch"] = "off" });
        using var web = Gateway(new()
        {
            ["Jobs:Storage"] = "",
            ["Jobs:RunServer"] = "false",
            ["Paths:Root"] = Path.GetDirectoryName(Path.GetDirectoryName(worker.DatabaseFile)!), // the same jobs file
            ["Database:Path"] = worker.DatabaseFile, // and the same database
        });
        using var workerClient = worker.CreateClient();
        using var webClient = web.CreateClient();

        await web.Services.GetRequiredService<ISmsOutbox>().EnqueueAsync(new OutgoingSms("+22376123456", "Nouvelle session: lundi 08h30", "jobs:web-only:1"));

        (await _provider.Received.WaitAsync(TimeSpan.FromSeconds(30))).Should().BeTrue("the web-only instance enqueued the job; the other ran it");
        _provider.Requests.Should().ContainSingle();
    }

    [Fact]
    public async Task AJobSentToAnInstancesOwnQueue_IsRunByThatInstance_WhenTwoShareTheRedisStorage()
    {
        var prefix = "{jobs-" + Guid.NewGuid().ToString("N") + "}:";
        using var a = Gateway(SharedRedisJobs(prefix, "instance-a"));
        using var b = Gateway(SharedRedisJobs(prefix, "instance-b"));
        using var clientA = a.CreateClient();
        using var clientB = b.CreateClient();
        var storage = a.Services.GetRequiredService<JobStorage>();

        var id = new BackgroundJobClient(storage).Create(
            Job.FromExpression<SmsDispatchJob>(j => j.RunAsync(CancellationToken.None)), new EnqueuedState("instance-b"));

        var monitoring = storage.GetMonitoringApi();
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (monitoring.JobDetails(id).History.All(h => h.StateName != SucceededState.StateName))
        {
            DateTime.UtcNow.Should().BeBefore(deadline, "a worker of instance B takes the job at once (Redis storage)");
            await Task.Delay(100);
        }
        var serverB = monitoring.Servers().Single(s => s.Queues.Contains("instance-b"));
        serverB.Queues.Should().Equal("default", "instance-b");
        monitoring.JobDetails(id).History.Single(h => h.StateName == ProcessingState.StateName).Data["ServerId"]
            .Should().Be(serverB.Name, "only instance B works its own queue");
    }

    [Fact]
    public void AQueueNameHangfireWouldRefuse_StopsTheHostAtStart_WithTheReason()
    {
        using var factory = Gateway(new() { ["Jobs:Storage"] = "InMemory", ["Jobs:Queues:0"] = "Instance B" });

        var start = () => factory.Services;

        start.Should().Throw<OptionsValidationException>().WithMessage("*Jobs:Queues*lower-case*");
    }

    [Fact]
    public async Task AFailingJob_ShowsInTheHostsLog_WithHangfiresRetryWarning()
    {
        var logs = new CapturedLogs();
        using var factory = SmsGateway.Create(
            new Dictionary<string, string?> { ["Jobs:Storage"] = "InMemory", ["Jobs:RunServer"] = "true", ["Sms:AfricasTalking:BaseUrl"] = _provider.BaseUrl },
            services => services.AddSingleton<ILoggerProvider>(logs));
        using var client = factory.CreateClient();

        factory.Services.GetRequiredService<IBackgroundJobClient>().Enqueue<FailingJob>(j => j.RunAsync());

        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!logs.Entries.Any(IsRetryWarning))
        {
            DateTime.UtcNow.Should().BeBefore(deadline, "Hangfire logs the failure as soon as the job has failed:\n{0}", logs.AllText);
            await Task.Delay(100);
        }
        logs.Entries.First(IsRetryWarning).Message.Should().Contain("Retry attempt 1");

        static bool IsRetryWarning(CapturedLog log) =>
            log.Category.StartsWith("Hangfire.", StringComparison.Ordinal) && log.Level == LogLevel.Warning
            && (log.Exception ?? "").Contains(FailingJob.Reason, StringComparison.Ordinal);
    }

    /// <summary>A job that always fails, with <see cref="Reason"/>.</summary>
    public sealed class FailingJob
    {
        public const string Reason = "the provider's account is suspended (test)";

        public Task RunAsync() => throw new InvalidOperationException(Reason);
    }

    private Dictionary<string, string?> SharedRedisJobs(string prefix, string ownQueue) => new()
    {
        ["Jobs:Storage"] = "Redis",
        ["Jobs:RedisPrefix"] = prefix,
        ["ConnectionStrings:Redis"] = redis.ConnectionString,
        ["Jobs:Queues:0"] = "default",
        ["Jobs:Queues:1"] = ownQueue,
    };

    private GatewayFactory Gateway(Dictionary<string, string?> overrides)
    {
        overrides["Sms:AfricasTalking:BaseUrl"] = _provider.BaseUrl;
        overrides.TryAdd("Jobs:RunServer", "true");
        return SmsGateway.Create(overrides);
    }
}
