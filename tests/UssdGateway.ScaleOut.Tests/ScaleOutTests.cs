using System.Diagnostics;
using System.Globalization;
using UssdGateway.ScaleOut.Tests.Support;
using UssdGateway.Testing;
using Xunit.Abstractions;

namespace UssdGateway.ScaleOut.Tests;

/// <summary>
/// Two real gateway processes behind the shipped nginx proxy configuration (round-robin), sharing one redis-server
/// (sessions and Hangfire jobs) and one SQLite file, sending through a local fake of Africa's Talking. Loopback only.
/// </summary>
public sealed class ScaleOutTests(ITestOutputHelper output, RedisServerFixture redisServer) : IClassFixture<RedisServerFixture>, IDisposable
{
    private const int Walks = 200;
    private const int Concurrent = 100;   // walks under way at once: the first ones register while later ones walk
    private const int KillAfterWalks = 60; // completed walks (registrations, confirmations sent) before instance A dies
    private const int WorkerCount = InstanceSettings.WorkerCount;
    private const int Parallelism = 8;     // messages each dispatch job has in flight at once (the default)
    private static readonly TimeSpan InterruptedAfter = TimeSpan.FromSeconds(8); // longer than the provider timeout (5 s)
    private static readonly TimeSpan OutboxDeadline = TimeSpan.FromSeconds(60);

    private readonly TempDirectory _root = new("ussdgw-scale");

    [ToolFact("nginx", "redis-server")]
    public async Task EveryWalkCompletesOnceAndEachConfirmationIsSentOnce_WhenOneOfTwoInstancesIsKilledMidLoad()
    {
        var redis = redisServer.ConnectionString;
        await using var provider = await CountingSmsProvider.StartAsync();
        var database = new SharedDatabase(_root.Combine("data", "gateway.db"));
        var settings = Settings(redis, database.File, provider.BaseUrl);
        await using var a = await GatewayInstance.StartAsync("instance A", _root.Path, settings); // migrates the shared file first
        await using var b = await GatewayInstance.StartAsync("instance B", _root.Path, settings);
        await using var nginx = await NginxProxy.StartAsync(a.Port, b.Port);
        using var client = new HttpClient(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) })
        {
            BaseAddress = new Uri(nginx.BaseUrl),
            Timeout = TimeSpan.FromSeconds(30),
        };

        var timings = new HopTimings();
        var walks = Enumerable.Range(0, Walks)
            .Select(i => new RegistrationWalk(client, "+22376" + (100_000 + i).ToString("D6", CultureInfo.InvariantCulture), "Awa Traore " + Letters(i), timings))
            .ToList();
        using var slots = new SemaphoreSlim(Concurrent);
        var enoughDone = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var done = 0;
        var clock = Stopwatch.StartNew();
        var load = Task.WhenAll(walks.Select(w => Task.Run(async () =>
        {
            await slots.WaitAsync();
            try
            {
                await w.RunAsync();
            }
            finally
            {
                slots.Release();
                if (Interlocked.Increment(ref done) == KillAfterWalks) enoughDone.TrySetResult();
            }
        })));
        await Task.WhenAny(enoughDone.Task, load);
        var hopsBeforeKill = timings.Count;
        var walksBeforeKill = Volatile.Read(ref done);
        var killedAt = clock.Elapsed;
        await a.KillAsync();
        await load.WaitAsync(TimeSpan.FromMinutes(2));
        var walkTime = clock.Elapsed;
        await WaitForOutboxAsync(database, "queued");
        // The killed instance's claimed confirmations: once they are old enough, the next dispatch run on B (kicked by
        // the next registration) queues again those never handed over and sends them.
        var leftSending = database.Scalar("SELECT COUNT(*) FROM sms_outbox WHERE status = 'sending'");
        var sinceKill = clock.Elapsed - killedAt;
        if (sinceKill < InterruptedAfter + TimeSpan.FromSeconds(1)) await Task.Delay(InterruptedAfter + TimeSpan.FromSeconds(1) - sinceKill);
        var late = new RegistrationWalk(client, "+22376" + (100_000 + Walks).ToString("D6", CultureInfo.InvariantCulture), "Awa Traore " + Letters(Walks), timings);
        await late.RunAsync();
        var outbox = await WaitForOutboxAsync(database, "queued", "sending");
        var jobRuns = await JobRuns.ByProcessIdAsync(redis, settings["Jobs__RedisPrefix"]);

        var log = ProxyLog.Read(nginx.AccessLog);
        var failures = walks.Where(w => w.Failure is not null || !(w.Registered || w.AlreadyRegistered)).ToList();
        var registrations = database.Scalar("SELECT COUNT(*) FROM beneficiaries");
        var registeredPhones = database.Scalar("SELECT COUNT(DISTINCT phone_e164) FROM beneficiaries");
        var confirmations = database.Scalar("SELECT COUNT(*) FROM sms_outbox WHERE idempotency_key LIKE 'confirm:registration:%'");
        var sentTwice = provider.Received.Count(r => r.Value > 1);
        output.WriteLine($"walks: {Walks} ({walks.Count(w => w.Registered)} registered screen, {walks.Count(w => w.AlreadyRegistered)} already-registered screen, {failures.Count} failed)");
        output.WriteLine($"hops: {timings.Count} in {walkTime.TotalSeconds:0.0} s ({timings.Count / walkTime.TotalSeconds:0} hops/s); p50 {timings.Percentile(50):0.0} ms, p99 {timings.Percentile(99):0.0} ms, max {timings.Max:0} ms");
        output.WriteLine($"instance A SIGKILLed after {walksBeforeKill} walks and {hopsBeforeKill} hops at {killedAt.TotalSeconds:0.0} s (exit code {a.ExitCode}); answered by A {log.AnsweredByPort(a.Port)}, by B {log.AnsweredByPort(b.Port)}; failovers (hop passed to the other instance) {log.Failovers}; non-200 through nginx {log.Non200}");
        output.WriteLine($"jobs run: by A {jobRuns.GetValueOrDefault(a.ProcessId)}, by B {jobRuns.GetValueOrDefault(b.ProcessId)}");
        output.WriteLine($"sending when the load ended (claimed by the killed instance): {leftSending}; after {InterruptedAfter.TotalSeconds:0} s and one more registration:");
        foreach (var reason in database.Strings("SELECT DISTINCT COALESCE(failure_reason, '') FROM sms_outbox WHERE status = 'unknown'")) output.WriteLine("unknown: " + reason);
        output.WriteLine($"registrations: {registrations} ({registeredPhones} distinct numbers); confirmation rows {confirmations}: {string.Join(", ", outbox.Select(o => $"{o.Key} {o.Value}"))}; the provider received {provider.Total} ({provider.Received.Count} distinct, {sentTwice} more than once)");

        failures.Should().BeEmpty("every walk ends on the registration's END: {0}", string.Join("; ", failures.Take(5).Select(f => f.PhoneNumber + " " + (f.Failure ?? f.LastReply))));
        a.ExitCode.Should().Be(128 + 9, "the instance was killed by SIGKILL");
        log.AnsweredByPort(a.Port).Should().BePositive("hops alternated between both instances before the kill");
        log.AnsweredByPort(b.Port).Should().BePositive();
        b.HasExited.Should().BeFalse(b.Log);
        // Both run a job server on the shared Redis queue; which one fetches a job is Hangfire's race (A's share is printed).
        jobRuns.GetValueOrDefault(b.ProcessId).Should().BePositive("the surviving instance runs the jobs");
        late.Registered.Should().BeTrue(late.Failure ?? late.LastReply);
        registrations.Should().Be(Walks + 1, "no walk registered twice");
        registeredPhones.Should().Be(Walks + 1);
        confirmations.Should().Be(Walks + 1, "one confirmation per registration");
        sentTwice.Should().Be(0, "no message is sent twice");
        provider.Received.Keys.Select(k => k.To).Distinct().Should().HaveCount(provider.Received.Count, "one confirmation per number");
        outbox.Keys.Should().BeSubsetOf(["sent", "unknown"], "nothing failed, queued or sending is left");
        outbox.GetValueOrDefault("unknown").Should().BeLessThanOrEqualTo(WorkerCount * Parallelism,
            "only messages the killed instance was handing over may be unknown (never resent blindly): at most its workers × messages in flight");
        database.Strings("SELECT recipient_e164 FROM sms_outbox WHERE status = 'sent'")
            .Should().BeSubsetOf(provider.Received.Keys.Select(k => k.To), "every message marked sent was received (once)");
    }

    /// <summary>Waits (bounded polling: the work happens in other processes) until no confirmation has a pending status.</summary>
    private static async Task<Dictionary<string, long>> WaitForOutboxAsync(SharedDatabase database, params string[] pending)
    {
        var deadline = Stopwatch.StartNew();
        while (true)
        {
            var statuses = database.CountBy("SELECT status, COUNT(*) FROM sms_outbox GROUP BY status");
            if (!pending.Any(statuses.ContainsKey) || deadline.Elapsed > OutboxDeadline) return statuses;
            await Task.Delay(200);
        }
    }

    private static Dictionary<string, string> Settings(string redis, string databaseFile, string providerUrl) =>
        InstanceSettings.Shared(redis, databaseFile, providerUrl).With(
            ("Sms__Dispatch__Parallelism", Parallelism.ToString(CultureInfo.InvariantCulture)),
            // A confirmation the killed instance had claimed but not handed over is queued again this long after.
            ("Sms__Dispatch__InterruptedAfter", "00:00:" + InterruptedAfter.TotalSeconds.ToString("00", CultureInfo.InvariantCulture)));

    /// <summary>A distinct name per walk, letters only (names are validated as letters).</summary>
    private static string Letters(int i) => string.Concat(i.ToString("D3", CultureInfo.InvariantCulture).Select(d => (char)('a' + d - '0')));

    public void Dispose() => _root.Dispose();
}
