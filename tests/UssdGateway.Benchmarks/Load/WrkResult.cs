using System.Globalization;

namespace UssdGateway.Benchmarks.Load;

/// <summary>What one wrk run measured (from the RESULT line the Lua scripts print).</summary>
internal sealed record WrkResult(long Requests, TimeSpan Duration, long Errors, long Non200, long WrongPrefix, long Sessions, double P50Ms, double P99Ms, double MaxMs)
{
    /// <summary>Responses with status 200, when the script counts them (sms.lua); else every request but the non-200s.</summary>
    public long Ok { get; init; }

    /// <summary>Everything wrk printed (for scripts that print more than the RESULT line).</summary>
    public string Output { get; init; } = "";

    public double RequestsPerSecond => Requests / Duration.TotalSeconds;

    public double SessionsPerSecond => Sessions / Duration.TotalSeconds;

    public static WrkResult Parse(string output)
    {
        var line = output.Split('\n').LastOrDefault(l => l.StartsWith("RESULT ", StringComparison.Ordinal))
            ?? throw new InvalidOperationException("wrk printed no RESULT line:\n" + output);
        var values = line[7..].Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(p => p.Split('='))
            .ToDictionary(p => p[0], p => long.Parse(p[1], CultureInfo.InvariantCulture));
        return new WrkResult(
            values["requests"], TimeSpan.FromMicroseconds(values["duration_us"]), values["errors"], values["non200"],
            values["wrong_prefix"], values["sessions"], values["p50_us"] / 1000.0, values["p99_us"] / 1000.0, values["max_us"] / 1000.0)
        {
            Ok = values.TryGetValue("ok", out var ok) ? ok : values["requests"] - values["non200"],
            Output = output,
        };
    }
}
