using System.Globalization;
using System.Text.RegularExpressions;
using UssdGateway.Deploy.Tests.Support;

namespace UssdGateway.Deploy.Tests.Systemd;

/// <summary>
/// deploy/single-server/ussdgateway.service checked by systemd-analyze (works without systemd running as PID 1:
/// <c>verify</c> and <c>security --offline=true</c> only read unit files).
/// </summary>
public sealed partial class ServiceUnitTests
{
    /// <summary>systemd-analyze's exposure scale is 0.0 (locked down) to 10.0; under 2.0 it reads "OK".</summary>
    private const double MaximumExposure = 1.9;

    [ToolFact("systemd-analyze", "apt-get install systemd")]
    public async Task Unit_PassesSystemdAnalyzeVerify_WithAStandInBinary()
    {
        using var unit = new StandInUnit();

        var result = await ProcessRunner.RunAsync(ExternalTool.Require("systemd-analyze"), ["verify", unit.UnitFile]);

        result.ExitCode.Should().Be(0, result.Describe());
        // Unknown or misspelt keys are only warnings with exit code 0: any line about the unit fails the test.
        result.StandardError.Split('\n').Where(l => l.Contains("ussdgateway.service", StringComparison.Ordinal))
            .Should().BeEmpty(result.Describe());
    }

    [ToolFact("systemd-analyze", "apt-get install systemd")]
    public async Task Verify_ReportsAMisspeltKey_SoTheCheckIsReal()
    {
        using var unit = new StandInUnit();
        File.WriteAllText(unit.UnitFile, File.ReadAllText(unit.UnitFile).Replace("ProtectSystem=", "ProtectSystm=", StringComparison.Ordinal));

        var result = await ProcessRunner.RunAsync(ExternalTool.Require("systemd-analyze"), ["verify", unit.UnitFile]);

        result.StandardError.Should().Contain("Unknown key");
    }

    [ToolFact("systemd-analyze", "apt-get install systemd")]
    public async Task Unit_IsHardened_ToAnExposureBelowTwo_BySystemdAnalyzeSecurity()
    {
        using var unit = new StandInUnit();

        var result = await ProcessRunner.RunAsync(ExternalTool.Require("systemd-analyze"), ["security", "--offline=true", "--no-pager", unit.UnitFile]);

        var match = Exposure().Match(result.StandardOutput + result.StandardError);
        match.Success.Should().BeTrue(result.Describe());
        double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture).Should().BeLessThanOrEqualTo(MaximumExposure, result.Describe());
    }

    [Fact]
    public void Unit_RunsAsTheServiceUser_WithOnlyItsStateFolderWritable()
    {
        var unit = StandInUnit.Shipped;

        unit.Should().Contain("User=ussdgw").And.Contain("ProtectSystem=strict").And.Contain("ReadWritePaths=/var/lib/ussdgateway");
        unit.Should().Contain("ExecStart=" + StandInUnit.ShippedProgram, "install.sh rewrites this prefix to where dotnet is");
        unit.Should().Contain("CapabilityBoundingSet=\n").And.Contain("NoNewPrivileges=true");
    }

    [GeneratedRegex(@"Overall exposure level for \S+: ([0-9]+\.[0-9])")]
    private static partial Regex Exposure();
}
