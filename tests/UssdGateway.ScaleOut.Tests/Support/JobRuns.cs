using System.Globalization;
using System.Text.RegularExpressions;
using StackExchange.Redis;

namespace UssdGateway.ScaleOut.Tests.Support;

/// <summary>
/// Which process ran the jobs, read from Hangfire's job histories in Redis: each <c>Processing</c> state names its server,
/// <c>ussdgateway:{machine}:{process id}:{guid}</c> (see GatewayJobServer).
/// </summary>
internal static partial class JobRuns
{
    public static async Task<Dictionary<int, int>> ByProcessIdAsync(string redis, string jobsPrefix)
    {
        await using var connection = await ConnectionMultiplexer.ConnectAsync(redis);
        var server = connection.GetServer(connection.GetEndPoints()[0]);
        var database = connection.GetDatabase();
        var runs = new Dictionary<int, int>();
        await foreach (var key in server.KeysAsync(pattern: jobsPrefix + "job:*:history"))
        {
            foreach (var entry in await database.ListRangeAsync(key))
            {
                var match = ServerId().Match(entry.ToString());
                if (!match.Success) continue;
                var pid = int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
                runs[pid] = runs.GetValueOrDefault(pid) + 1;
            }
        }
        return runs;
    }

    [GeneratedRegex("\"ServerId\":\"ussdgateway:[^:\"]*:(\\d+):")]
    private static partial Regex ServerId();
}
