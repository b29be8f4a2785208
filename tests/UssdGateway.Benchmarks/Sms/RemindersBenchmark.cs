using System.Diagnostics;
using System.Globalization;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using UssdGateway.Core.Notices;
using UssdGateway.Core.Programme;
using UssdGateway.Infrastructure.Notices;
using UssdGateway.Infrastructure.Sms;

namespace UssdGateway.Benchmarks.Sms;

/// <summary>
/// The eve-of-training reminders end to end: N booked beneficiaries (seeded, not timed), the clock at 18:00 Bamako
/// (UTC) the day before; timed: <see cref="TrainingRemindersJob.RunAsync"/> (read the bookings, render each text, write
/// each to the outbox), then <see cref="SmsDispatcher.DispatchDueAsync"/> until every reminder is accepted by a local
/// Africa's Talking fake. A fresh database per run; a first run of the same size warms the JIT (tiered,
/// profile-guided compilation keeps improving hot code for several seconds) and is shown as "warm-up".
/// </summary>
internal static class RemindersBenchmark
{
    public static async Task<string> RunAsync(int beneficiaries, int runs)
    {
        await using var provider = await FakeProvider.StartAsync();
        var report = new StringBuilder();
        report.AppendLine(CultureInfo.InvariantCulture, $"Training reminders: {beneficiaries:N0} booked beneficiaries, eve reminders at 18:00, SQLite, Africa's Talking fake on loopback; {Environment.ProcessorCount} cores shared with the fake.");
        report.AppendLine();
        report.AppendLine("| run | reminders | job (plan + write) s | dispatch s | total s | total CPU s | planning alone s | sent rows | fake accepted |");
        report.AppendLine("|---|---|---|---|---|---|---|---|---|");
        for (var run = 0; run <= runs; run++)
        {
            Console.Error.WriteLine($"reminders: {(run == 0 ? "warm-up run" : $"run {run} of {runs}")} (seeding {beneficiaries:N0})...");
            var r = await RunOnceAsync(provider, beneficiaries);
            report.AppendLine(string.Create(CultureInfo.InvariantCulture,
                $"| {(run == 0 ? "warm-up" : run.ToString(CultureInfo.InvariantCulture))} | {r.Written} | {r.Job.TotalSeconds:0.00} | {r.Dispatch.TotalSeconds:0.00} | {(r.Job + r.Dispatch).TotalSeconds:0.00} | {r.Cpu.TotalSeconds:0.00} | {r.Planning.TotalSeconds:0.00} | {r.Sent} | {r.Accepted} |"));
        }
        return report.ToString();
    }

    private static async Task<(long Written, TimeSpan Job, TimeSpan Dispatch, TimeSpan Cpu, TimeSpan Planning, long Sent, long Accepted)> RunOnceAsync(FakeProvider provider, int beneficiaries)
    {
        var eve = new DateTimeOffset(DateTime.UtcNow.Date.AddHours(18), TimeSpan.Zero);
        await using var rig = await SmsRig.StartAsync(provider.BaseUrl, eve);
        await ReminderSeed.SeedAsync(rig.Services, beneficiaries, DateOnly.FromDateTime(eve.UtcDateTime).AddDays(1));
        var job = ActivatorUtilities.CreateInstance<TrainingRemindersJob>(rig.Services); // as Hangfire activates it
        var dispatcher = rig.Services.GetRequiredService<SmsDispatcher>();

        var acceptedBefore = provider.Accepted;
        var cpu = OwnCpu.Now();
        var clock = Stopwatch.StartNew();
        await job.RunAsync(CancellationToken.None);
        var jobTime = clock.Elapsed;
        while (await dispatcher.DispatchDueAsync() > 0)
        {
            // a full batch may leave more
        }
        var total = clock.Elapsed;
        cpu = OwnCpu.Now() - cpu;

        // Planning alone (read the bookings, render the texts; nothing written), measured after, for the split.
        var planner = rig.Services.GetRequiredService<NoticePlanner>();
        var plan = Stopwatch.StartNew();
        var planned = await planner.TrainingRemindersAsync(BamakoTime.Today(rig.Services.GetRequiredService<TimeProvider>()));
        plan.Stop();
        var statuses = await rig.OutboxStatusesAsync();
        return (statuses.Values.Sum(), jobTime, total - jobTime, cpu, plan.Elapsed, statuses.GetValueOrDefault("sent"), provider.Accepted - acceptedBefore);
    }
}
