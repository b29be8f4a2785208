using System.Globalization;
using System.Text.RegularExpressions;
using UssdGateway.Deploy.Tests.Support;

namespace UssdGateway.Deploy.Tests.Systemd;

/// <summary>
/// The systemd units in deploy/single-server/, checked by systemd-analyze. It works without systemd running as
/// PID 1 (containers, CI): <c>verify</c> and <c>security --offline=true</c> only read unit files.
/// </summary>
public sealed partial class ServiceUnitTests
{
    private const string Gateway = "ussdgateway.service";
    private const string GatewayProgram = "/usr/bin/dotnet";
    private const string Backup = "ussdgateway-backup.service";
    private const string BackupProgram = "/opt/ussdgateway/backup/sqlite-backup.sh";
    private const string BackupTimer = "ussdgateway-backup.timer";

    /// <summary>systemd-analyze's exposure scale is 0.0 (locked down) to 10.0; under 2.0 it reads "OK".</summary>
    private const double MaximumExposure = 1.9;

    [ToolFact("systemd-analyze", "apt-get install systemd")]
    public async Task GatewayUnit_PassesSystemdAnalyzeVerify_WithAStandInBinary()
    {
        using var units = new StandInUnit();

        await VerifyCleanAsync(units.Add(Gateway, GatewayProgram));
    }

    [ToolFact("systemd-analyze", "apt-get install systemd")]
    public async Task BackupServiceAndTimer_PassSystemdAnalyzeVerify_WithAStandInScript()
    {
        using var units = new StandInUnit();
        units.Add(Backup, BackupProgram);

        await VerifyCleanAsync(units.Add(BackupTimer));
    }

    [ToolFact("systemd-analyze", "apt-get install systemd")]
    public async Task Verify_ReportsAMisspeltKey_SoTheCheckIsReal()
    {
        using var units = new StandInUnit();
        var unit = units.Add(Gateway, GatewayProgram);
        File.WriteAllText(unit, File.ReadAllText(unit).Replace("ProtectSystem=", "ProtectSystm=", StringComparison.Ordinal));

        var result = await ProcessRunner.RunAsync(ExternalTool.Require("systemd-analyze"), ["verify", unit]);

        result.StandardError.Should().Contain("Unknown key");
    }

    [ToolTheory("systemd-analyze", "apt-get install systemd")]
    [InlineData(Gateway, GatewayProgram)]
    [InlineData(Backup, BackupProgram)]
    public async Task Service_IsHardened_ToAnExposureBelowTwo_BySystemdAnalyzeSecurity(string unitName, string program)
    {
        using var units = new StandInUnit();
        var unit = units.Add(unitName, program);

        var result = await ProcessRunner.RunAsync(ExternalTool.Require("systemd-analyze"), ["security", "--offline=true", "--no-pager", unit]);

        var match = Exposure().Match(result.StandardOutput + result.StandardError);
        match.Success.Should().BeTrue(result.Describe());
        double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture).Should().BeLessThanOrEqualTo(MaximumExposure, result.Describe());
    }

    [Fact]
    public void GatewayUnit_RunsAsTheServiceUser_WithOnlyItsStateFolderWritable()
    {
        var unit = StandInUnit.Shipped(Gateway);

        unit.Should().Contain("User=ussdgw").And.Contain("ProtectSystem=strict").And.Contain("ReadWritePaths=/var/lib/ussdgateway");
        unit.Should().Contain("ExecStart=" + GatewayProgram + " ", "install.sh rewrites this prefix to where dotnet is");
        unit.Should().Contain("CapabilityBoundingSet=\n").And.Contain("NoNewPrivileges=true");
    }

    private static async Task VerifyCleanAsync(string unitFile)
    {
        var result = await ProcessRunner.RunAsync(ExternalTool.Require("systemd-analyze"), ["verify", unitFile]);

        result.ExitCode.Should().Be(0, result.Describe());
        // Unknown or misspelt keys are only warnings with exit code 0: any line naming a unit of ours fails the test.
        result.StandardError.Split('\n').Where(l => l.Contains("ussdgateway", StringComparison.Ordinal))
            .Should().BeEmpty(result.Describe());
    }

    [GeneratedRegex(@"Overall exposure level for \S+: ([0-9]+\.[0-9])")]
    private static partial Regex Exposure();
}
