using UssdGateway.Deploy.Tests.Support;

namespace UssdGateway.Deploy.Tests.Nginx;

/// <summary>The shipped nginx files pass <c>nginx -t</c>, with the settings the gateway relies on.</summary>
public sealed class NginxConfigurationTests
{
    private static string Proxy => DeployFiles.Read("nginx", "proxy.conf");

    [ToolFact("nginx", "apt-get install nginx")]
    public async Task SingleServerSite_PassesNginxTest_WithATestCertificate()
    {
        using var sandbox = new NginxSandbox();
        await TestCertificate.WriteAsync(sandbox.TlsFolder);
        sandbox.Install("site-single-server.conf", DeployFiles.Read("nginx", "upstream-single-server.conf"));

        var result = await sandbox.TestConfigurationAsync();

        result.ExitCode.Should().Be(0, result.Describe());
        result.StandardError.Should().Contain("test is successful");
    }

    [ToolFact("nginx", "apt-get install nginx")]
    public async Task ComposeSite_PassesNginxTest_WithTwoLoopbackInstancesInItsUpstream()
    {
        // The compose upstream names containers (gateway-1, gateway-2) that do not resolve here: the same
        // two-instance upstream on loopback ports stands in for it, as a scale-out test would.
        using var sandbox = new NginxSandbox();
        sandbox.Install("site-compose.conf", NginxSandbox.LoopbackUpstream(NginxSandbox.FreePort(), NginxSandbox.FreePort()));

        var result = await sandbox.TestConfigurationAsync();

        result.ExitCode.Should().Be(0, result.Describe());
    }

    [ToolFact("nginx", "apt-get install nginx")]
    public async Task NginxTest_Fails_WhenTheCertificateIsMissing_SoTheCheckIsReal()
    {
        using var sandbox = new NginxSandbox();
        sandbox.Install("site-single-server.conf", DeployFiles.Read("nginx", "upstream-single-server.conf"));

        var result = await sandbox.TestConfigurationAsync();

        result.ExitCode.Should().NotBe(0);
        result.StandardError.Should().Contain("fullchain.pem");
    }

    [Fact]
    public void ComposeUpstream_BalancesTwoGatewayInstances_RoundRobin()
    {
        var upstream = DeployFiles.Read("nginx", "upstream-compose.conf");

        upstream.Should().Contain("upstream ussdgateway {");
        upstream.Should().Contain("server gateway-1:8080").And.Contain("server gateway-2:8080");
        upstream.Should().NotContainAny("least_conn", "ip_hash", "hash ", "random");
    }

    [Fact]
    public void Proxy_RetriesTheOtherInstance_OnErrorOrTimeout_WithinTheOperatorsPatience()
    {
        Proxy.Should().Contain("proxy_next_upstream error timeout non_idempotent;");
        Proxy.Should().Contain("proxy_next_upstream_tries 2;");
        Proxy.Should().Contain("proxy_connect_timeout 1s;");
        Proxy.Should().Contain("proxy_read_timeout 8s;");
        Proxy.Should().Contain("proxy_next_upstream_timeout 9s;");
    }

    [Fact]
    public void Proxy_ForwardsClientHeaders_AndLimitsBodiesTo64Kilobytes()
    {
        Proxy.Should().Contain("client_max_body_size 64k;");
        foreach (var header in new[] { "X-Forwarded-For", "X-Forwarded-Proto", "X-Forwarded-Host", "X-Real-IP" })
            Proxy.Should().Contain("proxy_set_header " + header + " ");
    }

    [Fact]
    public void Proxy_DeniesMetrics_AndKeepsHealthLocal()
    {
        Proxy.Should().MatchRegex(@"location \^~ /metrics \{\s*deny all;\s*\}");
        Proxy.Should().MatchRegex(@"location \^~ /health \{\s*allow 127\.0\.0\.1;\s*allow ::1;[^}]*deny all;");
    }

    [Fact]
    public void SingleServerSite_ServesTls_AndRedirectsPlainHttp()
    {
        var site = DeployFiles.Read("nginx", "site-single-server.conf");

        site.Should().Contain("listen 443 ssl");
        site.Should().Contain("ssl_certificate     /etc/ussdgateway/tls/fullchain.pem;");
        site.Should().Contain("return 308 https://$host$request_uri;");
        site.Should().Contain("include ussdgateway/proxy.conf;").And.Contain("include ussdgateway/upstream.conf;");
    }
}
