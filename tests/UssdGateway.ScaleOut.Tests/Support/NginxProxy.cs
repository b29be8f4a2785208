using System.Diagnostics;
using System.Globalization;
using System.Net.Sockets;
using UssdGateway.Testing;

namespace UssdGateway.ScaleOut.Tests.Support;

/// <summary>
/// A real nginx in the foreground (<c>daemon off</c>, <c>-p</c> a temporary prefix, no root needed) serving 127.0.0.1 on a
/// free port with the shipped <c>deploy/nginx/proxy.conf</c> unchanged and an upstream file naming the instances'
/// loopback ports as the shipped upstream files do (round-robin, <c>max_fails=1 fail_timeout=5s</c>, keepalive).
/// The access log records which upstream(s) answered each request, so failovers can be counted.
/// </summary>
internal sealed class NginxProxy : IAsyncDisposable
{
    private static readonly TimeSpan StartDeadline = TimeSpan.FromSeconds(15);

    private readonly TempDirectory _root;
    private readonly Process _process;

    private NginxProxy(TempDirectory root, Process process, int port)
    {
        _root = root;
        _process = process;
        Port = port;
    }

    public int Port { get; }

    public string BaseUrl => $"http://127.0.0.1:{Port}";

    public string AccessLog => _root.Combine("logs", "access.log");

    public static async Task<NginxProxy> StartAsync(params int[] upstreamPorts)
    {
        var root = new TempDirectory("ussdgw-nginx");
        foreach (var folder in new[] { "logs", "tmp", "conf/ussdgateway" }) root.CreateDirectory(folder);
        File.Copy(Path.Combine(RepositoryRoot.Path, "deploy", "nginx", "proxy.conf"), root.Combine("conf", "ussdgateway", "proxy.conf"));
        File.WriteAllText(root.Combine("conf", "ussdgateway", "upstream.conf"), Upstream(upstreamPorts));
        var port = FreePorts.Next();
        File.WriteAllText(root.Combine("conf", "nginx.conf"), MainConfiguration(root, port));

        var info = new ProcessStartInfo(ExternalTool.Require("nginx"))
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "-p", root.Path + "/", "-c", root.Combine("conf", "nginx.conf"), "-e", root.Combine("logs", "error.log"), "-g", "daemon off;" })
            info.ArgumentList.Add(argument);
        var process = Process.Start(info) ?? throw new InvalidOperationException("nginx did not start");
        var proxy = new NginxProxy(root, process, port);
        using var deadline = new CancellationTokenSource(StartDeadline);
        while (true)
        {
            if (process.HasExited)
            {
                var error = await process.StandardError.ReadToEndAsync();
                await proxy.DisposeAsync();
                throw new InvalidOperationException($"nginx exited with code {process.ExitCode}: {error}");
            }
            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync("127.0.0.1", port, deadline.Token);
                return proxy;
            }
            catch (SocketException)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(50), deadline.Token);
            }
        }
    }

    /// <summary>As the shipped upstream files, with loopback ports for the instances.</summary>
    private static string Upstream(int[] ports) =>
        "upstream ussdgateway {\n"
        + string.Concat(ports.Select(p => string.Create(CultureInfo.InvariantCulture, $"    server 127.0.0.1:{p} max_fails=1 fail_timeout=5s;\n")))
        + "    keepalive 16;\n}\n";

    private static string MainConfiguration(TempDirectory root, int port)
    {
        var tmp = root.Combine("tmp");
        return $$"""
            pid {{root.Combine("nginx.pid")}};
            error_log {{root.Combine("logs", "error.log")}};
            worker_processes 1;
            events { worker_connections 1024; }
            http {
                client_body_temp_path {{tmp}}/body;
                proxy_temp_path {{tmp}}/proxy;
                fastcgi_temp_path {{tmp}}/fastcgi;
                uwsgi_temp_path {{tmp}}/uwsgi;
                scgi_temp_path {{tmp}}/scgi;
                log_format upstreams '$status|$upstream_addr|$upstream_status|$request_time';
                access_log {{root.Combine("logs", "access.log")}} upstreams;
                include ussdgateway/upstream.conf;
                server {
                    listen 127.0.0.1:{{port}};
                    server_name _;
                    include ussdgateway/proxy.conf;
                }
            }
            """;
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await ChildProcess.KillAndDisposeAsync(_process);
        }
        finally
        {
            _root.Dispose();
        }
    }
}
