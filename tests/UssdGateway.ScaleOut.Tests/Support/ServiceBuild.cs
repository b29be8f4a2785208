using System.Diagnostics;
using UssdGateway.Testing;

namespace UssdGateway.ScaleOut.Tests.Support;

/// <summary>
/// The service as it ships: the Release build output of <c>src/UssdGateway</c> in this checkout (tests/run.sh builds the
/// solution in Release first), built with <c>dotnet build -c Release</c> when it is missing or older than a source file.
/// </summary>
internal static class ServiceBuild
{
    private static readonly SemaphoreSlim Gate = new(1, 1);

    public static string ProjectFolder => Path.Combine(RepositoryRoot.Path, "src", "UssdGateway");

    public static string Dll => Path.Combine(ProjectFolder, "bin", "Release", "net10.0", "UssdGateway.dll");

    private static DateTime NewestSource() =>
        Directory.EnumerateFiles(Path.Combine(RepositoryRoot.Path, "src"), "*", SearchOption.AllDirectories)
            .Where(f => !f.Contains(Path.DirectorySeparatorChar + "bin" + Path.DirectorySeparatorChar, StringComparison.Ordinal)
                && !f.Contains(Path.DirectorySeparatorChar + "obj" + Path.DirectorySeparatorChar, StringComparison.Ordinal)
                && (f.EndsWith(".cs", StringComparison.Ordinal) || f.EndsWith(".csproj", StringComparison.Ordinal) || f.EndsWith(".sql", StringComparison.Ordinal)))
            .Select(File.GetLastWriteTimeUtc)
            .DefaultIfEmpty(DateTime.MinValue)
            .Max();

    public static async Task<string> EnsureAsync()
    {
        await Gate.WaitAsync();
        try
        {
            if (File.Exists(Dll) && File.GetLastWriteTimeUtc(Dll) >= NewestSource()) return Dll;
            var info = new ProcessStartInfo("dotnet", ["build", ProjectFolder, "-c", "Release", "-v", "quiet", "-nologo"])
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            using var build = Process.Start(info) ?? throw new InvalidOperationException("dotnet build did not start");
            var output = build.StandardOutput.ReadToEndAsync();
            var error = build.StandardError.ReadToEndAsync();
            await build.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(3));
            if (build.ExitCode != 0 || !File.Exists(Dll))
                throw new InvalidOperationException($"dotnet build -c Release of src/UssdGateway failed ({build.ExitCode}):\n{await output}\n{await error}");
            return Dll;
        }
        finally
        {
            Gate.Release();
        }
    }
}
