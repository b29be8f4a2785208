using System.Diagnostics;
using System.Net.Sockets;
using UssdGateway.Deploy.Tests.Support;
using UssdGateway.Testing;

namespace UssdGateway.Deploy.Tests.Nginx;

/// <summary>nginx in the foreground (<c>daemon off</c>) on a sandbox's configuration; stopped on dispose.</summary>
internal sealed class RunningNginx : IAsyncDisposable
{
    private static readonly TimeSpan StartDeadline = TimeSpan.FromSeconds(15);

    private readonly Process _process;

    private RunningNginx(Process process) => _process = process;

    public static async Task<RunningNginx> StartAsync(NginxSandbox sandbox, int port)
    {
        var info = new ProcessStartInfo(ExternalTool.Require("nginx"))
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "-p", sandbox.Root + "/", "-c", sandbox.MainConf, "-e", Path.Combine(sandbox.Root, "logs", "error.log"), "-g", "daemon off;" })
            info.ArgumentList.Add(argument);
        var process = Process.Start(info) ?? throw new InvalidOperationException("nginx did not start");
        var running = new RunningNginx(process);
        using var deadline = new CancellationTokenSource(StartDeadline);
        while (true)
        {
            if (process.HasExited)
                throw new InvalidOperationException($"nginx exited with code {process.ExitCode}: {await process.StandardError.ReadToEndAsync()}");
            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync("127.0.0.1", port, deadline.Token);
                return running;
            }
            catch (SocketException)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(50), deadline.Token);
            }
        }
    }

    public ValueTask DisposeAsync() => new(ChildProcess.KillAndDisposeAsync(_process));
}
