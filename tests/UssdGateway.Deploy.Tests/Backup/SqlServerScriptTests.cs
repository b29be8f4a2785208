using System.Text.RegularExpressions;
using Microsoft.SqlServer.TransactSql.ScriptDom;
using UssdGateway.Deploy.Tests.Support;

namespace UssdGateway.Deploy.Tests.Backup;

/// <summary>
/// The SQL Server backup/restore and database creation scripts. No SQL Server runs on the test machines, so
/// their T-SQL is parsed (TSql160Parser, after putting sample values in the sqlcmd <c>$(variables)</c>) and
/// the shell wrappers are syntax-checked; the restore drill in deploy/README.md runs them for real.
/// </summary>
public sealed partial class SqlServerScriptTests
{
    public static TheoryData<string> SqlFiles() =>
    [
        Path.Combine("backup", "sqlserver-backup.sql"),
        Path.Combine("backup", "sqlserver-restore.sql"),
        Path.Combine("sqlserver", "create-database.sql"),
    ];

    private static readonly Dictionary<string, string> SampleValues = new()
    {
        ["DatabaseName"] = "ussdgateway",
        ["BackupFile"] = "/var/opt/mssql/backup/ussdgateway-20260101T000000Z.bak",
        ["AppLogin"] = "ussdgw",
        ["AppPassword"] = "Sample-Passw0rd",
    };

    [Theory]
    [MemberData(nameof(SqlFiles))]
    public void SqlScript_ParsesWithoutErrors_WhenItsSqlcmdVariablesAreFilledIn(string file)
    {
        var sql = SqlcmdVariable().Replace(DeployFiles.Read(file), m => SampleValues[m.Groups[1].Value]);

        var parser = new TSql160Parser(initialQuotedIdentifiers: true);
        using var reader = new StringReader(sql);
        parser.Parse(reader, out var errors);

        errors.Select(e => $"line {e.Line}, column {e.Column}: {e.Message}").Should().BeEmpty();
    }

    [Theory]
    [MemberData(nameof(SqlFiles))]
    public void SqlScript_UsesOnlyTheVariablesItsCallersPass(string file)
    {
        var used = SqlcmdVariable().Matches(DeployFiles.Read(file)).Select(m => m.Groups[1].Value).Distinct();

        used.Should().OnlyContain(v => SampleValues.ContainsKey(v));
    }

    [Fact]
    public void Backup_IsCheckedAndVerified_WithoutBreakingTheBackupChain()
    {
        var sql = DeployFiles.Read("backup", "sqlserver-backup.sql");

        sql.Should().Contain("COPY_ONLY").And.Contain("CHECKSUM").And.Contain("RESTORE VERIFYONLY");
    }

    [Theory]
    [InlineData("sqlserver-backup.sh", "sqlserver-backup.sql")]
    [InlineData("sqlserver-restore.sh", "sqlserver-restore.sql")]
    public void ShellWrapper_RunsItsSqlFileThroughSqlcmd_WithTheVariablesTheFileUses(string script, string sqlFile)
    {
        var shell = DeployFiles.Read("backup", script);
        var variables = SqlcmdVariable().Matches(DeployFiles.Read("backup", sqlFile)).Select(m => m.Groups[1].Value).Distinct();

        shell.Should().Contain("-i \"$here/" + sqlFile + "\"");
        foreach (var variable in variables) shell.Should().Contain(variable + "=");
    }

    [GeneratedRegex(@"\$\(([A-Za-z_][A-Za-z0-9_]*)\)")]
    private static partial Regex SqlcmdVariable();
}
