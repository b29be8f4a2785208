using System.Diagnostics;
using System.Globalization;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using UssdGateway.Core.Sms;
using UssdGateway.Infrastructure.Sms;

namespace UssdGateway.Benchmarks.Sms;

/// <summary>
/// Outbox dispatch to a local Africa's Talking fake: N messages enqueued through <see cref="ISmsOutbox"/> (not timed),
/// then <see cref="SmsDispatcher.DispatchDueAsync"/> called until it claims nothing more, as <see cref="SmsDispatchJob"/>
/// does; timed until every message is accepted. A fresh database per run; a first run of the same size warms the JIT (tiered, profile-guided
/// compilation keeps improving hot code for several seconds) and is shown as "warm-up". For the
/// split, the same number of messages handed straight to the Africa's Talking sender (HTTP to the fake, no database)
/// gives the provider round trip's floor.
/// </summary>
internal static class DispatchBenchmark
{
    public static async Task<string> RunAsync(int messages, int runs)
    {
        await using var provider = await FakeProvider.StartAsync();
        var report = new StringBuilder();
        report.AppendLine(CultureInfo.InvariantCulture, $"Outbox dispatch: {messages:N0} messages per run, SQLite, Africa's Talking fake on loopback (201, statusCode 101); {Environment.ProcessorCount} cores shared with the fake.");
        report.AppendLine();
        report.AppendLine("| run | messages | enqueue msg/s | dispatch s | dispatch msg/s | dispatch CPU s | sent rows | fake accepted | sender alone msg/s |");
        report.AppendLine("|---|---|---|---|---|---|---|---|---|");
        for (var run = 0; run <= runs; run++)
        {
            Console.Error.WriteLine(run == 0 ? "dispatch: warm-up run..." : $"dispatch: run {run} of {runs}...");
            var r = await RunOnceAsync(provider, messages);
            report.AppendLine(string.Create(CultureInfo.InvariantCulture,
                $"| {(run == 0 ? "warm-up" : run.ToString(CultureInfo.InvariantCulture))} | {messages} | {messages / r.Enqueue.TotalSeconds:0} | {r.Dispatch.TotalSeconds:0.00} | {messages / r.Dispatch.TotalSeconds:0} | {r.DispatchCpu.TotalSeconds:0.00} | {r.Sent} | {r.Accepted} | {messages / r.SenderAlone.TotalSeconds:0} |"));
        }
        return report.ToString();
    }

    private static async Task<(TimeSpan Enqueue, TimeSpan Dispatch, TimeSpan DispatchCpu, long Sent, long Accepted, TimeSpan SenderAlone)> RunOnceAsync(FakeProvider provider, int messages)
    {
        await using var rig = await SmsRig.StartAsync(provider.BaseUrl, DaytimeToday());
        var outbox = rig.Services.GetRequiredService<ISmsOutbox>();
        var dispatcher = rig.Services.GetRequiredService<SmsDispatcher>();
        var batch = Guid.NewGuid().ToString("N")[..8];
        var enqueue = Stopwatch.StartNew();
        for (var i = 0; i < messages; i++)
        {
            var number = string.Create(CultureInfo.InvariantCulture, $"+2237{i % 10_000_000:D7}");
            await outbox.EnqueueAsync(new OutgoingSms(number, "RENAPESS: votre formation commence demain à 09h00, Maison des jeunes, Commune I.", $"bench:{batch}:{i}"));
        }
        enqueue.Stop();

        var acceptedBefore = provider.Accepted;
        var cpu = OwnCpu.Now();
        var dispatch = Stopwatch.StartNew();
        while (await dispatcher.DispatchDueAsync() > 0)
        {
            // a full batch may leave more
        }
        dispatch.Stop();
        cpu = OwnCpu.Now() - cpu;
        var statuses = await rig.OutboxStatusesAsync();
        var accepted = provider.Accepted - acceptedBefore;

        var sender = rig.Services.GetRequiredService<AfricasTalkingSmsSender>();
        var alone = Stopwatch.StartNew();
        for (var i = 0; i < messages; i++)
        {
            var result = await sender.SendAsync("+22370000000", "RENAPESS: votre formation commence demain à 09h00, Maison des jeunes, Commune I.");
            if (result.Outcome != SmsSendOutcome.Accepted) throw new InvalidOperationException("the fake refused a message: " + result.Reason);
        }
        alone.Stop();
        return (enqueue.Elapsed, dispatch.Elapsed, cpu, statuses.GetValueOrDefault("sent"), accepted, alone.Elapsed);
    }

    /// <summary>10:00 today (Bamako = UTC): outside the quiet hours, so non-essential messages go.</summary>
    private static DateTimeOffset DaytimeToday() => new(DateTime.UtcNow.Date.AddHours(10), TimeSpan.Zero);
}
