using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace UssdGateway.Benchmarks.Load;

/// <summary>
/// The real service, built in Release, as its own process on a free port, sessions in the given Redis (or in-process
/// when none is given), with any further settings as environment variables.
/// </summary>
internal sealed class GatewayProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly string _root;

    private GatewayProcess(Process process, string root, string url)
    {
        _process = process;
        _root = root;
        Url = url;
    }

    public string Url { get; }

    public int Pid => _process.Id;

    /// <summary>The service's SQLite file.</summary>
    public string DatabaseFile => Path.Combine(_root, "bench.db");

    public static async Task<GatewayProcess> StartAsync(string? redis, IReadOnlyDictionary<string, string>? settings = null)
    {
        var root = Directory.CreateTempSubdirectory("ussdgw-bench-").FullName;
        var port = FreePort();
        var url = $"http://127.0.0.1:{port}";
        var info = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "UssdGateway.dll"), "--urls", url])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = root,
        };
        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        info.Environment["Paths__Root"] = root;
        info.Environment["Menus__Path"] = Path.Combine(AppContext.BaseDirectory, "menus");
        info.Environment["Database__Path"] = Path.Combine(root, "bench.db");
        if (redis is not null) info.Environment["ConnectionStrings__Redis"] = redis;
        info.Environment["Sessions__KeyPrefix"] = "bench:";
        info.Environment["Logging__LogLevel__Default"] = "Warning";
        info.Environment["Logging__LogLevel__Microsoft.AspNetCore"] = "Warning";
        info.Environment["DOTNET_gcServer"] = "0";
        foreach (var (name, value) in settings ?? new Dictionary<string, string>()) info.Environment[name] = value;
        var process = Process.Start(info) ?? throw new InvalidOperationException("the service did not start");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) Console.Error.WriteLine("service: " + e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        using var client = new HttpClient();
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            if (process.HasExited) throw new InvalidOperationException($"the service exited with {process.ExitCode}");
            try
            {
                if ((await client.GetAsync(url + "/health/ready")).IsSuccessStatusCode) break;
            }
            catch (HttpRequestException)
            {
                // not listening yet
            }
            if (DateTime.UtcNow > deadline) throw new TimeoutException("the service did not become ready");
            await Task.Delay(200);
        }
        return new GatewayProcess(process, root, url);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (IOException)
        {
            // leave it to the temp cleaner
        }
    }
}
