using System.Diagnostics;
using System.Globalization;
using Hangfire;
using Hangfire.Common;
using Hangfire.Redis.StackExchange;
using Hangfire.States;
using StackExchange.Redis;
using UssdGateway.Core.Notices;
using UssdGateway.Core.Programme;
using UssdGateway.Infrastructure.Data;
using UssdGateway.Infrastructure.Notices;
using UssdGateway.Infrastructure.Programme;
using UssdGateway.ScaleOut.Tests.Support;
using UssdGateway.Testing;
using Xunit.Abstractions;

namespace UssdGateway.ScaleOut.Tests;

/// <summary>
/// Two real gateway processes sharing one redis-server (Hangfire jobs) and one SQLite file, each also working a queue of
/// its own (<c>Jobs:Queues</c>): the training-reminders job is handed to both at the same moment, and every reminder
/// is written and sent once. Loopback only; the provider is a local fake of Africa's Talking.
/// </summary>
public sealed class ScheduledNoticesScaleOutTests(ITestOutputHelper output, RedisServerFixture redisServer) : IClassFixture<RedisServerFixture>, IDisposable
{
    private const int Booked = 120;
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(60);

    private readonly TempDirectory _root = new("ussdgw-notices");

    [ToolFact("redis-server")]
    public async Task EachReminderIsSentOnce_WhenBothInstancesRunTheRemindersJobAtOnce()
    {
        await AwayFromMidnightAsync();
        await using var provider = await CountingSmsProvider.StartAsync();
        var databaseFile = _root.Combine("data", "gateway.db");
        var settings = InstanceSettings.Shared(redisServer.ConnectionString, databaseFile, provider.BaseUrl).With(
            // The eve reminder is due all day (the test runs at any hour) and is not held by quiet hours.
            ("Notices__TrainingEveAt", "00:00"),
            ("Notices__LastCallAt", "23:59:59"),
            ("Sms__QuietHours__Start", "00:00"),
            ("Sms__QuietHours__End", "00:00"),
            ("Jobs__Queues__0", "default"));
        await using var a = await GatewayInstance.StartAsync("instance A", _root.Path, settings.With(("Jobs__Queues__1", "instance-a"))); // migrates the file
        await using var b = await GatewayInstance.StartAsync("instance B", _root.Path, settings.With(("Jobs__Queues__1", "instance-b")));
        var phones = await BookTomorrowsSessionAsync(databaseFile);
        await using var redis = await ConnectionMultiplexer.ConnectAsync(redisServer.ConnectionString);
        var storage = new RedisStorage(redis, new RedisStorageOptions { Prefix = settings["Jobs__RedisPrefix"] });
        var jobs = new BackgroundJobClient(storage);
        var reminders = Job.FromExpression<TrainingRemindersJob>(j => j.RunAsync(CancellationToken.None));

        var runs = new[] { "instance-a", "instance-b" }.Select(queue => jobs.Create(reminders, new EnqueuedState(queue))).ToList();

        var servers = await WaitUntilSucceededAsync(storage, runs);
        var database = new SharedDatabase(databaseFile);
        var outbox = await WaitUntilSentAsync(database);
        var kind = NoticeKinds.Name(NoticeKind.TrainingEve);
        var written = database.Scalar($"SELECT COUNT(*) FROM sms_outbox WHERE idempotency_key LIKE 'notice:{kind}:%'");
        var sentTwice = provider.Received.Count(r => r.Value > 1);
        output.WriteLine($"training-reminders run by {string.Join(" and ", servers)} (instance A pid {a.ProcessId}, instance B pid {b.ProcessId})");
        output.WriteLine($"booked {phones.Count}; eve reminders written {written}; outbox {string.Join(", ", outbox.Select(o => $"{o.Key} {o.Value}"))}; the provider received {provider.Total} ({provider.Received.Count} distinct, {sentTwice} more than once)");

        servers.Should().Equal([a.ProcessId, b.ProcessId], "each instance ran the job handed to its own queue");
        written.Should().Be(Booked, "one reminder per booked seat, however many instances ran the job");
        outbox.Should().Equal(new Dictionary<string, long> { ["sent"] = Booked });
        sentTwice.Should().Be(0, "no reminder is sent twice");
        provider.Received.Keys.Select(k => k.To).Should().BeEquivalentTo(phones, "everyone booked is reminded, once");
        provider.Received.Keys.Should().OnlyContain(k => k.Message.Contains("Maison des jeunes de Lafiabougou", StringComparison.Ordinal), "the reminder names the place");
        a.HasExited.Should().BeFalse(a.Log);
        b.HasExited.Should().BeFalse(b.Log);
    }

    /// <summary>A session tomorrow at 09:00 (Bamako, UTC+0) and <see cref="Booked"/> beneficiaries booked on it, half in Bambara.</summary>
    private static async Task<List<string>> BookTomorrowsSessionAsync(string databaseFile)
    {
        var connections = new SqliteConnectionFactory(databaseFile);
        var training = new TrainingRepository(connections, TimeProvider.System);
        var beneficiaries = new BeneficiaryRepository(connections, TimeProvider.System);
        var staff = ProgrammeActor.Staff("scale-out test");
        var today = BamakoTime.Today(TimeProvider.System);
        var cohort = await training.CreateCohortAsync(new NewTrainingCohort("Cohorte Lafiabougou", "IV", "food", today, today.AddDays(60)), staff);
        var startsAt = new DateTimeOffset(today.AddDays(1).ToDateTime(new TimeOnly(9, 0)), BamakoTime.Offset);
        var session = await training.AddSessionAsync(new NewTrainingSession(cohort, startsAt, "Maison des jeunes de Lafiabougou", "fr", Booked, "Mme Sidibé"), staff);
        var phones = new List<string>();
        for (var i = 0; i < Booked; i++)
        {
            var phone = "+22365" + (100_000 + i).ToString("D6", CultureInfo.InvariantCulture);
            var registered = await beneficiaries.RegisterAsync(new BeneficiaryRegistration(
                phone, "Kadiatou Coulibaly " + Letters(i), "F", 2002, "IV", "Sikasso", "food", i % 2 == 0 ? "fr" : "bm",
                DateTimeOffset.UtcNow, "v1", "ussd", null, false));
            (await training.BookAsync(session, registered.BeneficiaryId, staff)).Outcome.Should().Be(BookingOutcome.Booked);
            phones.Add(phone);
        }
        return phones;
    }

    /// <summary>A distinct name per beneficiary, letters only.</summary>
    private static string Letters(int i) => string.Concat(i.ToString("D3", CultureInfo.InvariantCulture).Select(d => (char)('a' + d - '0')));

    /// <summary>Waits (bounded polling: the jobs run in other processes) until every job succeeded; returns the process ids that ran them.</summary>
    private static async Task<List<int>> WaitUntilSucceededAsync(JobStorage storage, List<string> jobIds)
    {
        var monitoring = storage.GetMonitoringApi();
        var clock = Stopwatch.StartNew();
        while (true)
        {
            var details = jobIds.Select(monitoring.JobDetails).ToList();
            if (details.All(d => d.History.Any(h => h.StateName == SucceededState.StateName)))
                return [.. details.Select(d => ProcessIdOf(d.History.Single(h => h.StateName == ProcessingState.StateName).Data["ServerId"]))];
            details.SelectMany(d => d.History).Should().NotContain(h => h.StateName == FailedState.StateName, "the reminders job does not fail");
            clock.Elapsed.Should().BeLessThan(Deadline, "a worker takes a job from its queue at once (Redis storage)");
            await Task.Delay(100);
        }
    }

    /// <summary>The process id in a server name <c>ussdgateway:{machine}:{pid}:{guid}</c> (see GatewayJobServer).</summary>
    private static int ProcessIdOf(string serverId) => int.Parse(serverId.Split(':')[2], CultureInfo.InvariantCulture);

    private static async Task<Dictionary<string, long>> WaitUntilSentAsync(SharedDatabase database)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            var statuses = database.CountBy("SELECT status, COUNT(*) FROM sms_outbox GROUP BY status");
            if (statuses.GetValueOrDefault("sent") >= Booked && !statuses.ContainsKey("queued") && !statuses.ContainsKey("sending")) return statuses;
            if (clock.Elapsed > Deadline) return statuses;
            await Task.Delay(200);
        }
    }

    /// <summary>The reminders are for tomorrow: a run that straddles midnight would plan another day.</summary>
    private static async Task AwayFromMidnightAsync()
    {
        var now = DateTimeOffset.UtcNow.ToOffset(BamakoTime.Offset);
        var midnight = new DateTimeOffset(now.Date.AddDays(1), BamakoTime.Offset);
        if (midnight - now < TimeSpan.FromMinutes(2)) await Task.Delay(midnight - now + TimeSpan.FromSeconds(5));
    }

    public void Dispose() => _root.Dispose();
}
