using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;
using UssdGateway.Deploy.Tests.Support;
using UssdGateway.Testing;

namespace UssdGateway.Deploy.Tests.Nginx;

/// <summary>
/// A throw-away nginx configuration folder holding the shipped site, <c>ussdgateway/proxy.conf</c> and an
/// upstream file, included from a minimal main <c>nginx.conf</c> whose pid, logs and temp folders are all inside
/// it. Only machine paths are rewritten in the copies (logs, certificate, ACME webroot) and, when not root,
/// the privileged listen ports; every directive under test is the shipped one.
/// Also usable by a scale-out test: give it an upstream file that names the instances' ports.
/// </summary>
internal sealed partial class NginxSandbox : IDisposable
{
    private readonly TempDirectory _root = new("nginx");

    public string Root => _root.Path;

    public string ConfFolder => _root.CreateDirectory("conf");

    public string MainConf => _root.Combine("conf", "nginx.conf");

    public string TlsFolder => _root.CreateDirectory("tls");

    /// <summary>
    /// Lays out the site (from <c>deploy/nginx/</c>) with the given upstream file content. With
    /// <paramref name="listenPort"/>, the site's port-80 listeners use that port instead (to run it).
    /// </summary>
    public void Install(string siteFile, string upstreamContent, int? listenPort = null)
    {
        _listenPort = listenPort;
        _root.CreateDirectory("conf", "ussdgateway");
        foreach (var folder in new[] { "logs", "www", "tmp" }) _root.CreateDirectory(folder);
        File.Copy(DeployFiles.PathOf("nginx", "proxy.conf"), _root.Combine("conf", "ussdgateway", "proxy.conf"));
        File.WriteAllText(_root.Combine("conf", "ussdgateway", "upstream.conf"), upstreamContent);
        File.WriteAllText(_root.Combine("conf", "site.conf"), RewriteMachinePaths(DeployFiles.Read("nginx", siteFile)));
        File.WriteAllText(MainConf, MainConfiguration());
    }

    private int? _listenPort;

    public Task<ProcessResult> TestConfigurationAsync() =>
        ProcessRunner.RunAsync(ExternalTool.Require("nginx"),
            ["-t", "-p", Root + "/", "-c", MainConf, "-e", _root.Combine("logs", "error.log")]);

    /// <summary>An upstream block named like the shipped ones, pointing at loopback ports.</summary>
    public static string LoopbackUpstream(params int[] ports) =>
        "upstream ussdgateway {\n" + string.Concat(ports.Select(p => $"    server 127.0.0.1:{p} max_fails=1 fail_timeout=5s;\n")) + "    keepalive 16;\n}\n";

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private string RewriteMachinePaths(string site)
    {
        var rewritten = site
            .Replace("/var/log/nginx/", _root.Combine("logs") + "/", StringComparison.Ordinal)
            .Replace("/etc/ussdgateway/tls/", TlsFolder + "/", StringComparison.Ordinal)
            .Replace("/var/www/letsencrypt", _root.Combine("www"), StringComparison.Ordinal);
        if (_listenPort is { } port)
            return ListenPort().Replace(rewritten, m => m.Groups[1].Value + (m.Groups[2].Value == "80" ? port : FreePort()).ToString(System.Globalization.CultureInfo.InvariantCulture));
        // nginx -t binds the listen sockets: only root may bind ports below 1024.
        return ExternalTool.RunningAsRoot
            ? rewritten
            : ListenPort().Replace(rewritten, m => m.Groups[1].Value + FreePort().ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    private string MainConfiguration()
    {
        var tmp = _root.Combine("tmp");
        return $$"""
            pid {{_root.Combine("nginx.pid")}};
            error_log {{_root.Combine("logs", "error.log")}};
            events {}
            http {
                client_body_temp_path {{tmp}}/body;
                proxy_temp_path {{tmp}}/proxy;
                fastcgi_temp_path {{tmp}}/fastcgi;
                uwsgi_temp_path {{tmp}}/uwsgi;
                scgi_temp_path {{tmp}}/scgi;
                access_log {{_root.Combine("logs", "access.log")}};
                include site.conf;
            }
            """;
    }

    [GeneratedRegex(@"(listen\s+(?:\[::\]:)?)(80|443)\b")]
    private static partial Regex ListenPort();

    public void Dispose() => _root.Dispose();
}
