using UssdGateway.Deploy.Tests.Support;

namespace UssdGateway.Deploy.Tests.Nginx;

/// <summary>A self-signed certificate for <c>localhost</c>, made with openssl for one test.</summary>
internal static class TestCertificate
{
    /// <summary>Writes <c>fullchain.pem</c> and <c>privkey.pem</c> (the names the site reads) into the folder.</summary>
    public static async Task WriteAsync(string folder)
    {
        var result = await ProcessRunner.RunAsync(ExternalTool.Require("openssl"),
        [
            "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj", "/CN=localhost",
            "-keyout", Path.Combine(folder, "privkey.pem"), "-out", Path.Combine(folder, "fullchain.pem"),
        ]);
        result.ExitCode.Should().Be(0, result.Describe());
    }
}
