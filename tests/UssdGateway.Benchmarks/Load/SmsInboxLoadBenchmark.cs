using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;

namespace UssdGateway.Benchmarks.Load;

/// <summary>
/// Inbound SMS under wrk against the real service (Release, SQLite, Africa's Talking SMS configured with test values
/// and a closed port as its API base): <c>POST /webhooks/africastalking/sms</c>, a unique message id per request
/// (<c>wrk/sms.lua</c>), so every one is an INSERT into <c>sms_inbox</c>. <c>Jobs:RunServer=false</c>: the inbox
/// processor (keyword replies) does not run in this process and does not compete for the cores; the kick that hands
/// each new message to a job server is still enqueued, as on a web-only instance. After each run the rows of
/// <c>sms_inbox</c> are counted against the 200s wrk saw.
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
        report.AppendLine("| run | conns | req/s | p50 ms | p99 ms | errors | 200s | new sms_inbox rows | rows − 200s | service CPU µs/req |");
        report.AppendLine("|---|---|---|---|---|---|---|---|---|---|");

        Console.Error.WriteLine("sms load: warming up (10 s)...");
        await Wrk.RunAsync(gateway.Url, "sms.lua", 16, TimeSpan.FromSeconds(10), "warm");
        var run = 0;
        foreach (var connections in new[] { 16, 64 })
        {
            for (var i = 0; i < runs; i++)
            {
                run++;
                Console.Error.WriteLine($"sms load: run {run} at {connections} connections...");
                var rowsBefore = await CountInboxAsync(gateway.DatabaseFile);
                var cpuBefore = ProcessStats.CpuTime(gateway.Pid);
                var r = await Wrk.RunAsync(gateway.Url, "sms.lua", connections, duration, "r" + run.ToString(CultureInfo.InvariantCulture));
                var cpu = (ProcessStats.CpuTime(gateway.Pid) - cpuBefore).TotalMicroseconds / Math.Max(1, r.Requests);
                await Task.Delay(1000); // requests still in flight when wrk stopped finish (or are abandoned)
                var rows = await CountInboxAsync(gateway.DatabaseFile) - rowsBefore;
                report.AppendLine(string.Create(CultureInfo.InvariantCulture,
                    $"| {run} | {connections} | {r.RequestsPerSecond:0} | {r.P50Ms:0.00} | {r.P99Ms:0.00} | {r.Errors + r.Non200} | {r.Ok} | {rows} | {rows - r.Ok} | {cpu:0.0} |"));
            }
        }
        var (rss, peak) = ProcessStats.MemoryMb(gateway.Pid);
        report.AppendLine();
        report.AppendLine(CultureInfo.InvariantCulture, $"Service memory after the runs: RSS {rss:0} MB, peak {peak:0} MB; sms_inbox holds {await CountInboxAsync(gateway.DatabaseFile):N0} rows.");
        return report.ToString();
    }

    private static async Task<long> CountInboxAsync(string databaseFile)
    {
        await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = databaseFile, Mode = SqliteOpenMode.ReadOnly, Pooling = false,
        }.ToString());
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM sms_inbox;";
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
