using Microsoft.Data.Sqlite;
using UssdGateway.Deploy.Tests.Support;
using UssdGateway.Testing;

namespace UssdGateway.Deploy.Tests.Backup;

/// <summary>deploy/backup/sqlite-backup.sh and sqlite-restore.sh, run for real on a throw-away database.</summary>
public sealed class SqliteBackupRestoreTests : IDisposable
{
    private readonly TempDirectory _folder = new("sqlite-backup");

    private string Database => _folder.Combine("data", "ussdgateway.db");

    private string Backups => _folder.Combine("backups");

    [ToolFact("sqlite3", "apt-get install sqlite3")]
    public async Task Restore_BringsTheDataBack_AfterTheDatabaseWasDeleted()
    {
        CreateDatabase("Awa Traoré", "Moussa Keïta");
        var backup = await BackupAsync();
        File.Delete(Database);

        var restore = await RunScriptAsync("sqlite-restore.sh", backup, Database);

        restore.ExitCode.Should().Be(0, restore.Describe());
        Names().Should().Equal("Awa Traoré", "Moussa Keïta");
    }

    [ToolFact("sqlite3", "apt-get install sqlite3")]
    public async Task Restore_ReplacesACorruptedDatabase_AndKeepsTheOldFileAside()
    {
        CreateDatabase("Awa Traoré");
        var backup = await BackupAsync();
        await File.WriteAllTextAsync(Database, "not a database any more");
        await File.WriteAllTextAsync(Database + "-wal", "stale");

        var restore = await RunScriptAsync("sqlite-restore.sh", backup, Database);

        restore.ExitCode.Should().Be(0, restore.Describe());
        Names().Should().Equal("Awa Traoré");
        File.Exists(Database + "-wal").Should().BeFalse("a stale WAL beside the restored file would be replayed into it");
        Directory.GetFiles(_folder.Combine("data"), "ussdgateway.db.before-restore-*").Should().NotBeEmpty();
    }

    [ToolFact("sqlite3", "apt-get install sqlite3")]
    public async Task Backup_IsConsistent_WhileAWriterHoldsTheDatabaseOpenInWalMode()
    {
        CreateDatabase("Awa Traoré");
        using (var writer = Open())
        {
            Execute(writer, "INSERT INTO beneficiaries(name) VALUES ('Fatoumata Diarra')");

            var backup = await BackupAsync();

            using var copy = new SqliteConnection($"Data Source={backup};Mode=ReadOnly;Pooling=False");
            copy.Open();
            using var command = copy.CreateCommand();
            command.CommandText = "SELECT count(*) FROM beneficiaries";
            ((long)command.ExecuteScalar()!).Should().Be(2);
        }
    }

    [ToolFact("sqlite3", "apt-get install sqlite3")]
    public async Task Restore_Refuses_WhenTheBackupIsNotASoundDatabase()
    {
        CreateDatabase("Awa Traoré");
        var bad = _folder.WriteFile("backups/broken.db", "garbage");

        var restore = await RunScriptAsync("sqlite-restore.sh", bad, Database);

        restore.ExitCode.Should().NotBe(0);
        Names().Should().Equal("Awa Traoré");
    }

    [ToolFact("sqlite3", "apt-get install sqlite3")]
    public async Task Backup_Fails_WhenTheDatabaseFileIsMissing()
    {
        var result = await RunScriptAsync("sqlite-backup.sh", Database, Backups);

        result.ExitCode.Should().NotBe(0);
        result.StandardError.Should().Contain("no database file");
    }

    private async Task<string> BackupAsync()
    {
        var result = await RunScriptAsync("sqlite-backup.sh", Database, Backups);
        result.ExitCode.Should().Be(0, result.Describe());
        var backup = result.StandardOutput.Trim();
        File.Exists(backup).Should().BeTrue(result.Describe());
        Path.GetFileName(backup).Should().MatchRegex(@"^ussdgateway-[0-9]{8}T[0-9]{6}Z\.db$");
        return backup;
    }

    private static Task<ProcessResult> RunScriptAsync(string script, params string[] arguments) =>
        ProcessRunner.RunAsync("bash", [DeployFiles.PathOf("backup", script), .. arguments]);

    private void CreateDatabase(params string[] names)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Database)!);
        using var connection = Open();
        Execute(connection, "PRAGMA journal_mode=WAL; CREATE TABLE beneficiaries(id INTEGER PRIMARY KEY, name TEXT NOT NULL)");
        foreach (var name in names)
        {
            using var insert = connection.CreateCommand();
            insert.CommandText = "INSERT INTO beneficiaries(name) VALUES ($name)";
            insert.Parameters.AddWithValue("$name", name);
            insert.ExecuteNonQuery();
        }
    }

    private List<string> Names()
    {
        using var connection = Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT name FROM beneficiaries ORDER BY id";
        using var reader = command.ExecuteReader();
        var names = new List<string>();
        while (reader.Read()) names.Add(reader.GetString(0));
        return names;
    }

    private SqliteConnection Open()
    {
        var connection = new SqliteConnection($"Data Source={Database};Pooling=False");
        connection.Open();
        return connection;
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    public void Dispose() => _folder.Dispose();
}
