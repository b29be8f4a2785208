using System.Globalization;
using System.Text;
using StackExchange.Redis;
using UssdGateway.Testing;

namespace UssdGateway.Benchmarks.Load;

/// <summary>
/// The registration walk under wrk against the real service (Release, sessions in a real redis-server), at 16 and
/// 64 connections, with the HTTP floor of the same service in the same run, the service's CPU time per hop (/proc)
/// and its memory, then its memory with 100,000 live sessions in Redis.
/// </summary>
internal static class LoadBenchmark
{
    public static async Task<string> RunAsync(TimeSpan duration)
    {
        var redis = new RedisServerFixture();
        await redis.InitializeAsync();
        try
        {
            await using var gateway = await GatewayProcess.StartAsync(redis.ConnectionString);
            var report = new StringBuilder();
            report.AppendLine(CultureInfo.InvariantCulture, $"Machine: {Environment.ProcessorCount} cores, {MachineMemoryGb():0} GiB; wrk, redis-server and the service share the cores.");
            report.AppendLine(CultureInfo.InvariantCulture, $"After a 20 s warm-up, each run lasts {duration.TotalSeconds:0} s; one wrk thread per connection; walk = 6 hops per session (dial, welcome, name, commune, sector, confirm -> END + registration written).");
            report.AppendLine();
            report.AppendLine("| run | conns | req/s | sessions/s | p50 ms | p99 ms | errors | wrong prefix | service CPU µs/req | walk/floor |");
            report.AppendLine("|---|---|---|---|---|---|---|---|---|---|");

            // The JIT tiers hot code up (with profile-guided re-compilation) over the first tens of thousands of
            // requests; measuring before that measures the compiler, not the service.
            Console.Error.WriteLine("warming up (20 s)...");
            await Wrk.RunAsync(gateway.Url, "walk.lua", 16, TimeSpan.FromSeconds(20), "warm", "9");

            var run = 0;
            foreach (var connections in new[] { 16, 64 })
            {
                Console.Error.WriteLine($"walk at {connections} connections...");
                var (walk, walkCpu) = await MeasureAsync(gateway, () => Wrk.RunAsync(gateway.Url, "walk.lua", connections, duration, "w" + connections, (run++).ToString(CultureInfo.InvariantCulture)));
                Console.Error.WriteLine($"floor at {connections} connections...");
                var (floor, floorCpu) = await MeasureAsync(gateway, () => Wrk.RunAsync(gateway.Url + "/health/live", "floor.lua", connections, duration));
                var ratio = walk.RequestsPerSecond / floor.RequestsPerSecond;
                report.AppendLine(Row("walk", connections, walk, walkCpu, ratio.ToString("0.00", CultureInfo.InvariantCulture)));
                report.AppendLine(Row("floor (GET /health/live)", connections, floor, floorCpu, ""));
            }

            var (rss, peak) = ProcessStats.MemoryMb(gateway.Pid);
            report.AppendLine();
            report.AppendLine(CultureInfo.InvariantCulture, $"Service memory after the walks: RSS {rss:0} MB, peak {peak:0} MB.");

            Console.Error.WriteLine("filling Redis with live sessions...");
            var live = await FillLiveSessionsAsync(gateway, redis.ConnectionString, 100_000);
            var (rssLive, peakLive) = ProcessStats.MemoryMb(gateway.Pid);
            report.AppendLine(CultureInfo.InvariantCulture, $"With {live:N0} live sessions in Redis: RSS {rssLive:0} MB, peak {peakLive:0} MB.");
            return report.ToString();
        }
        finally
        {
            await redis.DisposeAsync();
        }
    }

    private static async Task<(WrkResult Result, double CpuMicrosPerRequest)> MeasureAsync(GatewayProcess gateway, Func<Task<WrkResult>> run)
    {
        var before = ProcessStats.CpuTime(gateway.Pid);
        var result = await run();
        var after = ProcessStats.CpuTime(gateway.Pid);
        return (result, (after - before).TotalMicroseconds / Math.Max(1, result.Requests));
    }

    private static string Row(string name, int connections, WrkResult r, double cpu, string ratio) => string.Create(CultureInfo.InvariantCulture,
        $"| {name} | {connections} | {r.RequestsPerSecond:0} | {(r.Sessions > 0 ? r.SessionsPerSecond.ToString("0", CultureInfo.InvariantCulture) : "")} | {r.P50Ms:0.00} | {r.P99Ms:0.00} | {r.Errors + r.Non200} | {r.WrongPrefix} | {cpu:0.0} | {ratio} |");

    private static async Task<long> FillLiveSessionsAsync(GatewayProcess gateway, string redis, long target)
    {
        await using var connection = await ConnectionMultiplexer.ConnectAsync(redis + ",allowAdmin=true");
        var server = connection.GetServers()[0];
        for (var attempt = 0; attempt < 6 && await server.DatabaseSizeAsync() < target; attempt++)
            await Wrk.RunAsync(gateway.Url, "dial.lua", 64, TimeSpan.FromSeconds(10));
        var keys = await server.DatabaseSizeAsync();
        var sessions = 0L;
        await foreach (var _ in server.KeysAsync(pattern: "bench:session:*", pageSize: 5000)) sessions++;
        return sessions > 0 ? sessions : keys;
    }

    private static double MachineMemoryGb()
    {
        var line = File.ReadLines("/proc/meminfo").First(l => l.StartsWith("MemTotal:", StringComparison.Ordinal));
        return long.Parse(line.Split(':')[1].Trim().Split(' ')[0], CultureInfo.InvariantCulture) / 1024.0 / 1024.0;
    }
}
