using System.Text.RegularExpressions;
using UssdGateway.Deploy.Tests.Support;
using UssdGateway.Testing;

namespace UssdGateway.Deploy.Tests.Scripts;

/// <summary>deploy/single-server/install.sh installs files that exist in the checkout (it needs root and systemd to run).</summary>
public sealed partial class InstallScriptTests
{
    private static readonly string Script = DeployFiles.Read("single-server", "install.sh");

    [Fact]
    public void InstallScript_InstallsOnlyFilesThatExistInTheCheckout()
    {
        var referenced = RepositoryFile().Matches(Script).Select(m => m.Groups[1].Value switch
        {
            "HERE" => Path.Combine("deploy", "single-server", m.Groups[2].Value),
            "NGINX_SRC" => Path.Combine("deploy", "nginx", m.Groups[2].Value),
            _ => m.Groups[2].Value,
        }).Distinct().ToList();

        referenced.Should().Contain(Path.Combine("deploy", "nginx", "site-single-server.conf"));
        foreach (var file in referenced)
            File.Exists(Path.Combine(RepositoryRoot.Path, file)).Should().BeTrue($"install.sh installs {file}");
    }

    [Fact]
    public void InstallScript_PutsTheCertificateWhereTheSiteReadsIt()
    {
        var site = DeployFiles.Read("nginx", "site-single-server.conf");

        Script.Should().Contain("TLS_DIR=$CONF_DIR/tls").And.Contain("CONF_DIR=/etc/ussdgateway");
        site.Should().Contain("/etc/ussdgateway/tls/fullchain.pem").And.Contain("/etc/ussdgateway/tls/privkey.pem");
        Script.Should().Contain("$TLS_DIR/fullchain.pem").And.Contain("$TLS_DIR/privkey.pem");
    }

    /// <summary><c>"$HERE/x"</c>, <c>"$NGINX_SRC/x"</c>, <c>"$REPO/x"</c>: a file of the checkout.</summary>
    [GeneratedRegex(@"""\$(HERE|NGINX_SRC|REPO)/([A-Za-z0-9_/-]+\.[a-z]+)""")]
    private static partial Regex RepositoryFile();
}
