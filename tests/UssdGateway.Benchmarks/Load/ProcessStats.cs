using System.Globalization;

namespace UssdGateway.Benchmarks.Load;

/// <summary>CPU time and memory of a process, read from /proc (Linux).</summary>
internal static class ProcessStats
{
    private static readonly double TicksPerSecond = 100; // USER_HZ on Linux

    /// <summary>User + system CPU time the process has used so far.</summary>
    public static TimeSpan CpuTime(int pid)
    {
        var stat = File.ReadAllText($"/proc/{pid}/stat");
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        // After "pid (comm) ", field 3 is state; utime and stime are fields 14 and 15 (1-based) of the full line.
        var utime = long.Parse(fields[11], CultureInfo.InvariantCulture);
        var stime = long.Parse(fields[12], CultureInfo.InvariantCulture);
        return TimeSpan.FromSeconds((utime + stime) / TicksPerSecond);
    }

    /// <summary>Resident set size now and at its peak, in MB.</summary>
    public static (double Rss, double Peak) MemoryMb(int pid)
    {
        double rss = 0, peak = 0;
        foreach (var line in File.ReadLines($"/proc/{pid}/status"))
        {
            if (line.StartsWith("VmRSS:", StringComparison.Ordinal)) rss = Kb(line) / 1024.0;
            else if (line.StartsWith("VmHWM:", StringComparison.Ordinal)) peak = Kb(line) / 1024.0;
        }
        return (rss, peak);
    }

    private static long Kb(string line) =>
        long.Parse(line.Split(':', 2)[1].Trim().Split(' ')[0], CultureInfo.InvariantCulture);
}
