using System.Diagnostics;
using System.Globalization;

namespace UssdGateway.Benchmarks.Load;

/// <summary>Runs Debian's <c>wrk</c> with one of the Lua scripts shipped beside the benchmark.</summary>
internal static class Wrk
{
    public static async Task<WrkResult> RunAsync(string url, string script, int connections, TimeSpan duration, params string[] scriptArgs)
    {
        var args = new List<string>
        {
            "-t", connections.ToString(CultureInfo.InvariantCulture),
            "-c", connections.ToString(CultureInfo.InvariantCulture),
            "-d", ((int)duration.TotalSeconds).ToString(CultureInfo.InvariantCulture) + "s",
            "--timeout", "5s",
            "-s", Path.Combine(AppContext.BaseDirectory, "wrk", script),
            url,
        };
        if (scriptArgs.Length > 0)
        {
            args.Add("--");
            args.AddRange(scriptArgs);
        }
        var info = new ProcessStartInfo("wrk", args) { RedirectStandardOutput = true, RedirectStandardError = true };
        using var process = Process.Start(info) ?? throw new InvalidOperationException("wrk did not start");
        var output = await process.StandardOutput.ReadToEndAsync();
        var errors = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0) throw new InvalidOperationException($"wrk failed ({process.ExitCode}): {errors}{output}");
        return WrkResult.Parse(output);
    }
}
