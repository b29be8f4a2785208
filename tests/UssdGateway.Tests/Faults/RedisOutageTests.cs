using System.Diagnostics;
using System.Net;
using Dapper;
using UssdGateway.Testing;
using UssdGateway.Tests.Support;
using Xunit.Abstractions;

namespace UssdGateway.Tests.Faults;

/// <summary>
/// A real redis-server (sessions) stopped and started again under the running host, on the same port: callers get a
/// polite END in their language at once, inbound SMS are still stored (the inbox is the database), and service comes
/// back by itself when Redis does.
/// </summary>
[Collection(TimedFaultsCollection.Name)]
public sealed class RedisOutageTests(ITestOutputHelper output) : IAsyncLifetime
{
    private static readonly TimeSpan PoliteEndBudget = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan RecoveryBudget = TimeSpan.FromSeconds(3);
    private const string BambaraApology = "END Hakɛ to, baara tɛ sé ka kɛ sisan. I ka segin kɔfɛ.";

    private readonly RedisServerFixture _redis = new();

    public Task InitializeAsync() => _redis.InitializeAsync();

    public Task DisposeAsync() => _redis.DisposeAsync();

    private GatewayFactory Gateway() => new()
    {
        RedisConnectionString = _redis.ConnectionString,
        Settings = new Dictionary<string, string?>(InboundSmsPost.AfricasTalkingSettings) { ["Sessions:KeyPrefix"] = _redis.NewKeyPrefix() },
    };

    [Fact]
    public async Task Hop_AnswersAPoliteEndInTheCallersLanguageWithinASecond_WhenRedisIsStopped()
    {
        await using var factory = Gateway();
        using var client = factory.CreateClient();
        var phone = new UssdPhone(client, TestPhones.Next());
        await phone.DialAsync();
        await phone.SendAsync("2"); // Bambara, remembered for this number (in the database)
        await _redis.StopAsync();

        var clock = Stopwatch.StartNew();
        var midSession = await phone.SendAsync("1");
        var midSessionTime = clock.Elapsed;
        clock.Restart();
        var newSession = await new UssdPhone(client, phone.PhoneNumber).DialAsync();
        var newSessionTime = clock.Elapsed;
        output.WriteLine($"Redis stopped: hop in a session answered in {midSessionTime.TotalMilliseconds:0} ms, a new dial in {newSessionTime.TotalMilliseconds:0} ms");

        midSession.Should().Be(BambaraApology);
        newSession.Should().Be(BambaraApology);
        midSessionTime.Should().BeLessThan(PoliteEndBudget);
        newSessionTime.Should().BeLessThan(PoliteEndBudget);
    }

    [Fact]
    public async Task InboundSms_IsStoredAndAcknowledged_WhenRedisIsStopped()
    {
        await using var factory = Gateway();
        using var client = factory.CreateClient();
        await new UssdPhone(client, TestPhones.Next()).DialAsync(); // sessions in use, connected
        await _redis.StopAsync();
        var id = "ATXid_" + Guid.NewGuid().ToString("N");

        using var response = await client.PostAsync(InboundSmsPost.Path, InboundSmsPost.Form(TestPhones.Next(), id));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        using var db = factory.OpenDatabase();
        (await db.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM sms_inbox WHERE provider_message_id = @id", new { id })).Should().Be(1);
    }

    [Fact]
    public async Task Hops_AreServedNormallyWithinThreeSeconds_WhenRedisComesBackWithoutARestart()
    {
        await using var factory = Gateway();
        using var client = factory.CreateClient();
        var number = TestPhones.Next();
        await new UssdPhone(client, number).DialAsync();
        await _redis.StopAsync();
        (await new UssdPhone(client, number).DialAsync()).Should().StartWith("END ");

        await _redis.StartAsync();
        var clock = Stopwatch.StartNew();
        string reply;
        var hops = 0;
        do
        {
            reply = await new UssdPhone(client, number).DialAsync();
            hops++;
            if (reply.StartsWith("CON ", StringComparison.Ordinal) || clock.Elapsed > RecoveryBudget * 2) break;
            await Task.Delay(50); // bounded polling: the client reconnects on its own schedule
        }
        while (true);
        var recovered = clock.Elapsed;
        output.WriteLine($"Redis back: the first normal hop after {recovered.TotalMilliseconds:0} ms ({hops} hops tried)");

        reply.Should().StartWith("CON ");
        recovered.Should().BeLessThan(RecoveryBudget);
        (await new UssdPhone(client, number).DialAsync()).Should().StartWith("CON ", "and it stays normal");
    }
}
