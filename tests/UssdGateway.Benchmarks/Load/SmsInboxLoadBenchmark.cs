using System.Globalization;
using System.Text;

namespace UssdGateway.Benchmarks.Load;

/// <summary>
/// Inbound SMS under wrk against the real service (Release, SQLite, Africa's Talking SMS configured with test values
/// and a closed port as its API base): <c>POST /webhooks/africastalking/sms</c>, a unique message id per request
/// (<c>wrk/sms.lua</c>), so every one is an INSERT into <c>sms_inbox</c>. <c>Jobs:RunServer=false</c>: the inbox
/// processor (keyword replies) does not run in this process and does not compete for the cores; the kick that hands
/// each new message to a job server is still enqueued, as on a web-only instance. After each run the rows of
/// <c>sms_inbox</c> are counted against the 200s wrk saw: the rows of the ids wrk saw answered must equal its 200s;
/// the requests in flight when wrk stopped (at most one per connection) may have been stored too, unanswered.
/// </summary>
internal static class SmsInboxLoadBenchmark
{
    public static async Task<string> RunAsync(TimeSpan duration, int runs)
    {
        await using var gateway = await GatewayProcess.StartAsync(redis: null, new Dictionary<string, string>
        {
            ["Sms__AfricasTalking__Username"] = "bench",
            ["Sms__AfricasTalking__ApiKey"] = "bench-key",
            ["Sms__AfricasTalking__BaseUrl"] = "http://127.0.0.1:9", // nothing listens: nothing is ever sent
            ["Jobs__RunServer"] = "false",
        });
        var report = new StringBuilder();
        report.AppendLine(CultureInfo.InvariantCulture, $"Inbound SMS webhook: {Environment.ProcessorCount} cores shared by wrk and the service; Jobs:RunServer=false; after a 10 s warm-up, runs of {duration.TotalSeconds:0} s, one wrk thread per connection.");
        report.AppendLine();
        report.AppendLine("| run | conns | req/s | p50 ms | p99 ms | errors | 200s | rows of answered ids | new rows | unanswered at stop | service CPU µs/req |");
        report.AppendLine("|---|---|---|---|---|---|---|---|---|---|---|");

        Console.Error.WriteLine("sms load: warming up (10 s)...");
        await Wrk.RunAsync(gateway.Url, "sms.lua", 16, TimeSpan.FromSeconds(10), "warm");
        var run = 0;
        foreach (var connections in new[] { 16, 64 })
        {
            for (var i = 0; i < runs; i++)
            {
                run++;
                Console.Error.WriteLine($"sms load: run {run} at {connections} connections...");
                var rowsBefore = await InboxCheck.CountAllAsync(gateway.DatabaseFile);
                var cpuBefore = ProcessStats.CpuTime(gateway.Pid);
                var prefix = "r" + run.ToString(CultureInfo.InvariantCulture);
                var r = await Wrk.RunAsync(gateway.Url, "sms.lua", connections, duration, prefix);
                var cpu = (ProcessStats.CpuTime(gateway.Pid) - cpuBefore).TotalMicroseconds / Math.Max(1, r.Requests);
                await Task.Delay(1000); // requests still in flight when wrk stopped finish (or are abandoned)
                var rows = await InboxCheck.CountAllAsync(gateway.DatabaseFile) - rowsBefore;
                var (answeredRows, unanswered) = await InboxCheck.CountRunAsync(gateway.DatabaseFile, prefix, r);
                report.AppendLine(string.Create(CultureInfo.InvariantCulture,
                    $"| {run} | {connections} | {r.RequestsPerSecond:0} | {r.P50Ms:0.00} | {r.P99Ms:0.00} | {r.Errors + r.Non200} | {r.Ok} | {answeredRows} | {rows} | {unanswered} | {cpu:0.0} |"));
            }
        }
        var (rss, peak) = ProcessStats.MemoryMb(gateway.Pid);
        report.AppendLine();
        report.AppendLine(CultureInfo.InvariantCulture, $"Service memory after the runs: RSS {rss:0} MB, peak {peak:0} MB; sms_inbox holds {await InboxCheck.CountAllAsync(gateway.DatabaseFile):N0} rows.");
        return report.ToString();
    }
}
