using System.Collections.Concurrent;
using System.Diagnostics;
using UssdGateway.Testing;

namespace UssdGateway.ScaleOut.Tests.Support;

/// <summary>
/// One gateway process: the Release build of the service (<see cref="ServiceBuild"/>) on a free loopback port, with
/// the settings it is given as environment variables (<c>Section__Key</c>), as systemd or compose would give them.
/// Ready when <c>/health/ready</c> answers 200 (bounded polling: the process boundary leaves no signal to wait on).
/// </summary>
internal sealed class GatewayInstance : IAsyncDisposable
{
    private static readonly TimeSpan StartDeadline = TimeSpan.FromSeconds(60);

    private readonly Process _process;
    private readonly ConcurrentQueue<string> _log = new();

    private GatewayInstance(string name, Process process, int port)
    {
        Name = name;
        _process = process;
        Port = port;
        ProcessId = process.Id;
    }

    public string Name { get; }

    public int Port { get; }

    public int ProcessId { get; }

    public string Url => $"http://127.0.0.1:{Port}";

    public bool HasExited => _process.HasExited;

    public int ExitCode => _process.ExitCode;

    /// <summary>What the process wrote (stdout and stderr), for a failure message.</summary>
    public string Log => string.Join('\n', _log);

    public static async Task<GatewayInstance> StartAsync(string name, string workingDirectory, IReadOnlyDictionary<string, string> settings)
    {
        var dll = await ServiceBuild.EnsureAsync();
        var port = FreePorts.Next();
        var info = new ProcessStartInfo("dotnet", [dll])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory,
        };
        info.Environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}";
        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        info.Environment["DOTNET_gcServer"] = "0";
        info.Environment["Logging__LogLevel__Default"] = "Warning";
        foreach (var (key, value) in settings) info.Environment[key] = value;
        var process = Process.Start(info) ?? throw new InvalidOperationException("the service did not start");
        var instance = new GatewayInstance(name, process, port);
        process.OutputDataReceived += (_, e) => instance.Append(e.Data);
        process.ErrorDataReceived += (_, e) => instance.Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            await instance.WaitUntilReadyAsync();
            return instance;
        }
        catch
        {
            await instance.DisposeAsync();
            throw;
        }
    }

    /// <summary>SIGKILL (what <c>kill -9</c> sends): no shutdown hook runs, in-flight requests are cut.</summary>
    public async Task KillAsync()
    {
        _process.Kill(entireProcessTree: false);
        await _process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(10));
    }

    private async Task WaitUntilReadyAsync()
    {
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var deadline = Stopwatch.StartNew();
        while (true)
        {
            if (_process.HasExited) throw new InvalidOperationException($"{Name} exited with {_process.ExitCode}:\n{Log}");
            try
            {
                using var response = await client.GetAsync(Url + "/health/ready");
                if (response.IsSuccessStatusCode) return;
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                // not listening yet
            }
            if (deadline.Elapsed > StartDeadline) throw new TimeoutException($"{Name} was not ready within {StartDeadline.TotalSeconds:0} s:\n{Log}");
            await Task.Delay(100);
        }
    }

    private void Append(string? line)
    {
        if (line is null) return;
        _log.Enqueue(line);
        while (_log.Count > 500) _log.TryDequeue(out _);
    }

    public ValueTask DisposeAsync() => new(ChildProcess.KillAndDisposeAsync(_process));
}
