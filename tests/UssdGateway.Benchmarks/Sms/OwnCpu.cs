using System.Diagnostics;

namespace UssdGateway.Benchmarks.Sms;

/// <summary>
/// CPU time (user + system) this process has used so far: beside wall-clock time it shows how much of a timed section
/// was work here (the benchmark and the in-process provider fake) and how much was waiting for a shared core.
/// </summary>
internal static class OwnCpu
{
    public static TimeSpan Now()
    {
        using var process = Process.GetCurrentProcess();
        return process.TotalProcessorTime;
    }
}
