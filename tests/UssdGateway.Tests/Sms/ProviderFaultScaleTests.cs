using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Dapper;
using UssdGateway.Core.Sms;
using Xunit.Abstractions;

namespace UssdGateway.Tests.Sms;

/// <summary>
/// A thousand messages through Africa's Talking's wire format while the provider is down (connections refused), then
/// up but failing at times (500, 503, a request taken and never answered), by two dispatchers at once (two instances):
/// every message ends sent, failed or unknown (none lost), and none is handed to the provider twice.
/// </summary>
public sealed class ProviderFaultScaleTests(ITestOutputHelper output)
{
    private const int Messages = 1000;
    private const int MaxAttempts = 6;

    [Fact]
    public async Task Dispatch_LosesNoneAndSendsNoneTwice_WhenTheProviderRefusesFailsAndTimesOutOverAThousandMessages()
    {
        var port = FreePort();
        await using var rig = await OutboxRig.StartAsync(new Dictionary<string, string?>
        {
            ["Sms:AfricasTalking:Username"] = "renapess",
            ["Sms:AfricasTalking:ApiKey"] = "at-key-123",
            ["Sms:AfricasTalking:BaseUrl"] = "http://127.0.0.1:" + port.ToString(CultureInfo.InvariantCulture),
            ["Sms:AfricasTalking:Timeout"] = "00:00:00.2",
            ["Sms:Dispatch:MaxAttempts"] = MaxAttempts.ToString(CultureInfo.InvariantCulture),
            ["Sms:QuietHours:Start"] = "00:00", // no quiet hours: the rounds below move the clock on by hours
            ["Sms:QuietHours:End"] = "00:00",
        });
        var enqueueClock = Stopwatch.StartNew();
        for (var i = 0; i < Messages; i++)
            await rig.Outbox.EnqueueAsync(new OutgoingSms("+22376" + (200_000 + i).ToString("D6", CultureInfo.InvariantCulture), $"Rappel {i}: formation demain", $"fault-{i}"));
        var enqueued = enqueueClock.Elapsed;
        var clock = Stopwatch.StartNew();

        var refused = await DispatchEverythingDueAsync(rig); // nobody listens: every connection refused
        await using var provider = await FakeAfricasTalking.StartAsync(port);
        var mix = new ProviderFaultMix(provider);
        provider.Script(mix.AnswerAsync);
        var rounds = 0;
        while (await CountAsync(rig, "queued") > 0 && rounds++ < MaxAttempts + 2)
        {
            rig.Time.Advance(TimeSpan.FromHours(1)); // past every retry delay
            await DispatchEverythingDueAsync(rig);
        }

        using var db = rig.OpenDatabase();
        var rows = (await db.QueryAsync<(string To, string Status)>("SELECT recipient_e164, status FROM sms_outbox")).ToList();
        var reasons = (await db.QueryAsync<string>("SELECT failure_reason FROM sms_outbox WHERE status = 'unknown'")).Distinct();
        output.WriteLine("unknown because: " + string.Join(" | ", reasons));
        var byStatus = rows.GroupBy(r => r.Status).ToDictionary(g => g.Key, g => g.Count());
        output.WriteLine($"{Messages} messages (queued in {enqueued.TotalSeconds:0.0} s) dispatched in {clock.Elapsed.TotalSeconds:0.0} s: {refused} attempts refused (provider down), then {mix.Requests} requests over {rounds} rounds"
            + $" ({mix.Http500} HTTP 500, {mix.Http503} HTTP 503, {mix.Hangs} taken and never answered); final: {string.Join(", ", byStatus.OrderBy(s => s.Key).Select(s => $"{s.Key} {s.Value}"))};"
            + $" handed to the provider more than once: {mix.MaybeSent.Count(m => m.Value > 1)};"
            + $" accepted but answered after the timeout (so unknown): {rows.Count(r => r.Status == "unknown" && mix.Accepted.ContainsKey(r.To))}");

        rows.Should().HaveCount(Messages, "no message vanished");
        byStatus.Keys.Should().BeSubsetOf(["sent", "failed", "unknown"], "every message reached a final status");
        mix.MaybeSent.Values.Should().OnlyContain(c => c == 1, "no message was handed to the provider twice");
        rows.Where(r => r.Status == "sent").Select(r => r.To).Should().BeSubsetOf(mix.Accepted.Keys, "sent only when the provider accepted");
        rows.Count(r => r.Status == "unknown").Should().BeGreaterThanOrEqualTo(mix.Hangs, "a request taken and never answered is unknown, never resent");
        rows.Where(r => r.Status == "failed").Should().NotContain(r => mix.MaybeSent.ContainsKey(r.To), "failed only when never taken");
    }

    /// <summary>Two dispatchers (as two instances would) until neither finds anything due.</summary>
    private static async Task<int> DispatchEverythingDueAsync(OutboxRig rig)
    {
        var total = 0;
        while (true)
        {
            var claimed = await Task.WhenAll(Task.Run(() => rig.Dispatcher.DispatchDueAsync()), Task.Run(() => rig.Dispatcher.DispatchDueAsync()));
            if (claimed.Sum() == 0) return total;
            total += claimed.Sum();
        }
    }

    private static async Task<long> CountAsync(OutboxRig rig, string status)
    {
        using var db = rig.OpenDatabase();
        return await db.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM sms_outbox WHERE status = @status", new { status });
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
