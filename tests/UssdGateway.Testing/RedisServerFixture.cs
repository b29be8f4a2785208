using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using Xunit;

namespace UssdGateway.Testing;

/// <summary>
/// A real, throw-away <c>redis-server</c> on 127.0.0.1 and a free port, without persistence, started once per
/// fixture and killed on dispose. Ready when it answers PING (polled, with a deadline).
/// Set <c>USSDGW_TEST_REDIS</c> to a connection string to use a server of your own instead.
/// </summary>
public sealed class RedisServerFixture : IAsyncLifetime
{
    public const string EnvironmentVariable = "USSDGW_TEST_REDIS";
    private static readonly TimeSpan StartDeadline = TimeSpan.FromSeconds(15);
    private const int StartAttempts = 3;

    private readonly StringBuilder _log = new();
    private Process? _process;
    private string? _executable;

    /// <summary>StackExchange.Redis connection string of the server, e.g. <c>127.0.0.1:50123</c>.</summary>
    public string ConnectionString { get; private set; } = "";

    public int Port { get; private set; }

    /// <summary>A key prefix no other test uses, e.g. <c>test:3f2a…:</c>.</summary>
    public string NewKeyPrefix() => "test:" + Guid.NewGuid().ToString("N") + ":";

    public async Task InitializeAsync()
    {
        if (Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } external)
        {
            ConnectionString = external;
            return;
        }

        var executable = _executable = FindExecutable("redis-server")
            ?? throw new InvalidOperationException(
                "redis-server was not found on PATH: install redis-server, or run ./tests/run.sh " +
                $"(or set {EnvironmentVariable} to a Redis connection string).");

        for (var attempt = 1; ; attempt++)
        {
            var port = FreePort();
            var process = Start(executable, port);
            try
            {
                await WaitUntilReadyAsync(process, port).ConfigureAwait(false);
                _process = process;
                Port = port;
                ConnectionString = $"127.0.0.1:{port}";
                return;
            }
            catch (Exception) when (attempt < StartAttempts && process.HasExited)
            {
                // Most likely the port was taken between choosing and binding it: try another.
                process.Dispose();
            }
            catch
            {
                await StopProcessAsync(process).ConfigureAwait(false);
                throw;
            }
        }
    }

    public async Task DisposeAsync()
    {
        if (_process is not null) await StopProcessAsync(_process).ConfigureAwait(false);
        _process = null;
    }

    /// <summary>Kills the server (an outage: clients see their connections drop, then refused). Its port stays reserved for <see cref="StartAsync"/>.</summary>
    public async Task StopAsync()
    {
        var process = _process ?? throw new InvalidOperationException("no redis-server of this fixture is running (USSDGW_TEST_REDIS names an external one, or it is stopped)");
        _process = null;
        await StopProcessAsync(process).ConfigureAwait(false);
    }

    /// <summary>Starts an empty server again on the same port (after <see cref="StopAsync"/>); returns once it answers PING.</summary>
    public async Task StartAsync()
    {
        if (_process is not null) return;
        var executable = _executable ?? throw new InvalidOperationException("this fixture did not start the server (USSDGW_TEST_REDIS names an external one)");
        var process = Start(executable, Port);
        try
        {
            await WaitUntilReadyAsync(process, Port).ConfigureAwait(false);
            _process = process;
        }
        catch
        {
            await StopProcessAsync(process).ConfigureAwait(false);
            throw;
        }
    }

    private Process Start(string executable, int port)
    {
        var info = new ProcessStartInfo(executable)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            CreateNoWindow = true,
        };
        foreach (var argument in new[] { "--save", "", "--appendonly", "no", "--bind", "127.0.0.1", "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--protected-mode", "yes" })
            info.ArgumentList.Add(argument);

        var process = new Process { StartInfo = info };
        process.OutputDataReceived += (_, e) => Append(e.Data);
        process.ErrorDataReceived += (_, e) => Append(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private async Task WaitUntilReadyAsync(Process process, int port)
    {
        using var deadline = new CancellationTokenSource(StartDeadline);
        while (true)
        {
            if (process.HasExited)
                throw new InvalidOperationException($"redis-server exited with code {process.ExitCode} before answering PING on port {port}:{Environment.NewLine}{Log}");
            if (await PingAsync(port, deadline.Token).ConfigureAwait(false)) return;
            try
            {
                await Task.Delay(TimeSpan.FromMilliseconds(25), deadline.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                throw new TimeoutException($"redis-server did not answer PING on port {port} within {StartDeadline.TotalSeconds:0} s:{Environment.NewLine}{Log}");
            }
        }
    }

    /// <summary>One TCP connect + inline PING; true on +PONG.</summary>
    private static async Task<bool> PingAsync(int port, CancellationToken cancellationToken)
    {
        try
        {
            using var client = new TcpClient();
            await client.ConnectAsync(IPAddress.Loopback, port, cancellationToken).ConfigureAwait(false);
            var stream = client.GetStream();
            await stream.WriteAsync("PING\r\n"u8.ToArray(), cancellationToken).ConfigureAwait(false);
            var buffer = new byte[64];
            var read = await stream.ReadAsync(buffer, cancellationToken).ConfigureAwait(false);
            return Encoding.ASCII.GetString(buffer, 0, read).StartsWith("+PONG", StringComparison.Ordinal);
        }
        catch (Exception e) when (e is SocketException or IOException)
        {
            return false;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    private static Task StopProcessAsync(Process process) => ChildProcess.KillAndDisposeAsync(process);

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static string? FindExecutable(string name)
    {
        var folders = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Concat(["/usr/bin", "/usr/local/bin", "/usr/sbin"]);
        foreach (var folder in folders)
        {
            var candidate = Path.Combine(folder, OperatingSystem.IsWindows() ? name + ".exe" : name);
            if (File.Exists(candidate)) return candidate;
        }
        return null;
    }

    private void Append(string? line)
    {
        if (line is null) return;
        lock (_log) _log.AppendLine(line);
    }

    private string Log
    {
        get
        {
            lock (_log) return _log.ToString();
        }
    }
}
