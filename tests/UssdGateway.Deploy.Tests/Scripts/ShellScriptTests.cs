using UssdGateway.Deploy.Tests.Support;

namespace UssdGateway.Deploy.Tests.Scripts;

/// <summary>Every shell script under deploy/: bash syntax, executable bit, and shellcheck when installed.</summary>
public sealed class ShellScriptTests
{
    public static TheoryData<string> Scripts()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(DeployFiles.Folder, "*.sh", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            data.Add(Path.GetRelativePath(DeployFiles.Folder, file));
        return data;
    }

    [Theory]
    [MemberData(nameof(Scripts))]
    public async Task Script_HasValidBashSyntax(string script)
    {
        var result = await ProcessRunner.RunAsync("bash", ["-n", DeployFiles.PathOf(script)]);

        result.ExitCode.Should().Be(0, result.Describe());
    }

    [Theory]
    [MemberData(nameof(Scripts))]
    public void Script_StartsWithBashAndStrictMode(string script)
    {
        var text = DeployFiles.Read(script);

        text.Should().StartWith("#!/usr/bin/env bash\n");
        text.Should().Contain("set -euo pipefail");
    }

    [ToolFact("shellcheck", "apt-get install shellcheck")]
    public async Task Scripts_PassShellcheck()
    {
        var scripts = Directory.GetFiles(DeployFiles.Folder, "*.sh", SearchOption.AllDirectories).Order(StringComparer.Ordinal);

        var result = await ProcessRunner.RunAsync(ExternalTool.Require("shellcheck"), ["--shell=bash", "--external-sources", .. scripts]);

        result.ExitCode.Should().Be(0, result.Describe());
    }
}
