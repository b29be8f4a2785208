using Dapper;
using UssdGateway.Infrastructure.Data;

namespace UssdGateway.Infrastructure.Tests.Data;

public sealed class DatabaseMigratorTests : IDisposable
{
    private readonly SqliteTestDatabase _database = new();

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task MigrateAsync_AppliesEveryScript_WhenDatabaseIsNew()
    {
        var result = await new DatabaseMigrator(_database.Connections).MigrateAsync();

        result.AppliedScripts.Should().Equal(MigrationScripts.Load(SqlDialect.Sqlite).Select(s => s.Name));
        result.AppliedScripts.Should().StartWith("0001_beneficiaries.sql");
        result.WasUpToDate.Should().BeFalse();
        result.Database.Should().Be("sqlite " + _database.FilePath);
    }

    [Fact]
    public async Task MigrateAsync_AppliesNothing_WhenRunAgain()
    {
        await new DatabaseMigrator(_database.Connections).MigrateAsync();

        var second = await new DatabaseMigrator(_database.Connections).MigrateAsync();

        second.AppliedScripts.Should().BeEmpty();
        second.WasUpToDate.Should().BeTrue();
    }

    [Fact]
    public async Task MigrateAsync_CreatesTablesAndUniqueKey_WhenDatabaseIsNew()
    {
        await new DatabaseMigrator(_database.Connections).MigrateAsync();

        await using var connection = await _database.Connections.OpenAsync();
        var tables = await connection.QueryAsync<string>("SELECT name FROM sqlite_master WHERE type = 'table';");
        tables.Should().Contain(["beneficiaries", "caller_preferences", "SchemaVersions"]);

        var beneficiaryColumns = await connection.QueryAsync<string>("SELECT name FROM pragma_table_info('beneficiaries');");
        beneficiaryColumns.Should().BeEquivalentTo(
            "id", "phone_e164", "full_name", "name_key", "gender", "birth_year", "commune", "region_of_origin", "sector",
            "language", "consented_at", "consent_version", "channel", "session_id", "is_test", "created_at", "is_demo", "erased_at");
        var preferenceColumns = await connection.QueryAsync<string>("SELECT name FROM pragma_table_info('caller_preferences');");
        preferenceColumns.Should().BeEquivalentTo("phone_e164", "language", "updated_at");

        var uniqueIndexes = await connection.QueryAsync<string>(
            "SELECT name FROM pragma_index_list('beneficiaries') WHERE \"unique\" = 1;");
        var uniqueColumns = await connection.QueryAsync<string>(
            $"SELECT name FROM pragma_index_info('{uniqueIndexes.Single()}') ORDER BY seqno;");
        uniqueColumns.Should().Equal("phone_e164", "name_key");
    }

    [Fact]
    public async Task MigrateAsync_CreatesHopLogTablesWithTheirKeys_WhenDatabaseIsNew()
    {
        await new DatabaseMigrator(_database.Connections).MigrateAsync();

        await using var connection = await _database.Connections.OpenAsync();
        (await connection.QueryAsync<string>("SELECT name FROM pragma_table_info('ussd_hops');")).Should().BeEquivalentTo(
            "id", "at", "provider", "session_id", "menu_id", "menu_version", "screen", "input_kind", "outcome", "latency_ms", "is_test");
        (await connection.QueryAsync<string>("SELECT name FROM pragma_index_info('ix_ussd_hops_at');")).Should().Equal("at");
        (await connection.QueryAsync<string>("SELECT name FROM pragma_table_info('ussd_session_ends');")).Should().BeEquivalentTo(
            "id", "provider", "session_id", "phone_e164", "service_code", "network_code", "status", "duration_ms", "hops", "cost",
            "error_message", "ended_at", "received_at");
        var uniqueIndex = await connection.QuerySingleAsync<string>(
            "SELECT name FROM pragma_index_list('ussd_session_ends') WHERE \"unique\" = 1;");
        (await connection.QueryAsync<string>($"SELECT name FROM pragma_index_info('{uniqueIndex}') ORDER BY seqno;"))
            .Should().Equal("provider", "session_id");
    }

    [Fact]
    public async Task MigrateAsync_AppliesOnlyTheNewScript_WhenDatabaseHasTheFirstOne()
    {
        await new DatabaseMigrator(_database.Connections).MigrateAsync();
        await using (var connection = await _database.Connections.OpenAsync())
        {
            // Back to a database migrated by the release before the hop log.
            await connection.ExecuteAsync("""
                DROP TABLE ussd_hops;
                DROP TABLE ussd_session_ends;
                DELETE FROM SchemaVersions WHERE ScriptName LIKE '%0002_hop_log.sql';
                """);
        }

        var result = await new DatabaseMigrator(_database.Connections).MigrateAsync();

        result.AppliedScripts.Should().Equal("0002_hop_log.sql");
        (await new DatabaseMigrator(_database.Connections).MigrateAsync()).WasUpToDate.Should().BeTrue();
    }

    [Fact]
    public async Task MigrateAsync_CreatesTheProgrammeTables_WhenDatabaseIsNew()
    {
        await new DatabaseMigrator(_database.Connections).MigrateAsync();

        await using var connection = await _database.Connections.OpenAsync();
        (await connection.QueryAsync<string>("SELECT name FROM sqlite_master WHERE type = 'table';")).Should().Contain(
        [
            "training_cohorts", "training_sessions", "training_bookings", "training_attendance", "cooperatives", "cooperative_leaders",
            "sales_reports", "loans", "loan_instalments", "loan_repayments", "loan_pins", "privacy_requests", "audit_trail",
        ]);
        (await connection.QueryAsync<string>("SELECT name FROM pragma_table_info('training_bookings');")).Should().BeEquivalentTo(
            "id", "session_id", "beneficiary_id", "status", "channel", "booked_at", "cancelled_at", "is_test", "is_demo");
        (await connection.QueryAsync<string>("SELECT name FROM pragma_table_info('sales_reports');")).Should().BeEquivalentTo(
            "id", "cooperative_id", "month", "amount_xof", "channel", "reported_by", "reported_at", "supersedes_id", "is_current", "is_test", "is_demo");
        (await connection.QueryAsync<string>("SELECT name FROM pragma_index_info('ux_training_bookings_active') ORDER BY seqno;"))
            .Should().Equal("session_id", "beneficiary_id");
        (await connection.QueryAsync<string>("SELECT name FROM pragma_index_info('ux_sales_reports_current') ORDER BY seqno;"))
            .Should().Equal("cooperative_id", "month");
    }

    [Fact]
    public async Task MigrateAsync_RefusesRowsTheProgrammeCannotHave_WhenConstraintsAreChecked()
    {
        await new DatabaseMigrator(_database.Connections).MigrateAsync();
        await using var connection = await _database.Connections.OpenAsync();
        await connection.ExecuteAsync("""
            INSERT INTO cooperatives (id, name, form, sector, commune, members_count, created_at) VALUES (1, 'Benkadi', 'gie', 'food', 'I', 5, 'x');
            INSERT INTO sales_reports (cooperative_id, month, amount_xof, channel, reported_by, reported_at, is_current) VALUES (1, '2026-11', 5, 'ussd', 'p', 'x', 1);
            """);

        string[] refused =
        [
            "INSERT INTO cooperatives (name, form, sector, commune, members_count, created_at) VALUES ('X', 'association', 'food', 'I', 5, 'x');",
            "INSERT INTO sales_reports (cooperative_id, month, amount_xof, channel, reported_by, reported_at, is_current) VALUES (1, '2026-10', -1, 'ussd', 'p', 'x', 1);",
            "INSERT INTO sales_reports (cooperative_id, month, amount_xof, channel, reported_by, reported_at, is_current) VALUES (1, '2026-10', 1000000001, 'ussd', 'p', 'x', 1);",
            "INSERT INTO sales_reports (cooperative_id, month, amount_xof, channel, reported_by, reported_at, is_current) VALUES (1, 'Nov 26', 5, 'ussd', 'p', 'x', 1);",
            "INSERT INTO sales_reports (cooperative_id, month, amount_xof, channel, reported_by, reported_at, is_current) VALUES (1, '2026-11', 6, 'ussd', 'p', 'x', 1);",
            "INSERT INTO loans (reference, principal_xof, disbursed_on, created_at) VALUES ('R', 1000, '2026-01-01', 'x');",
            "INSERT INTO loans (reference, cooperative_id, principal_xof, disbursed_on, created_at) VALUES ('R', 1, 0, '2026-01-01', 'x');",
        ];
        foreach (var sql in refused)
        {
            var insert = () => connection.ExecuteAsync(sql);
            await insert.Should().ThrowAsync<Microsoft.Data.Sqlite.SqliteException>(sql);
        }
    }

    [Fact]
    public async Task MigrateAsync_TurnsOnWal_WhenDatabaseIsNew()
    {
        await new DatabaseMigrator(_database.Connections).MigrateAsync();

        await using var connection = await _database.Connections.OpenAsync();
        (await connection.ExecuteScalarAsync<string>("PRAGMA journal_mode;")).Should().Be("wal");
    }

    [Fact]
    public async Task MigrateAsync_AppliesScriptsOnce_WhenCalledConcurrently()
    {
        var migrators = Enumerable.Range(0, 8).Select(_ => new DatabaseMigrator(_database.Connections)).ToList();

        var results = await Task.WhenAll(migrators.Select(m => Task.Run(() => m.MigrateAsync())));

        results.SelectMany(r => r.AppliedScripts).Should().Equal(MigrationScripts.Load(SqlDialect.Sqlite).Select(s => s.Name));
        await using var connection = await _database.Connections.OpenAsync();
        (await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM SchemaVersions;"))
            .Should().Be(MigrationScripts.Load(SqlDialect.Sqlite).Count);
    }

    [Fact]
    public async Task MigrateAsync_AppliesScriptsOnce_WhenSeparateFactoriesShareTheFile()
    {
        // Two factories for one file, as two hosts in one process would have: they share the per-database gate.
        var other = new SqliteConnectionFactory(_database.FilePath);

        var results = await Task.WhenAll(
            Task.Run(() => new DatabaseMigrator(_database.Connections).MigrateAsync()),
            Task.Run(() => new DatabaseMigrator(other).MigrateAsync()));

        results.SelectMany(r => r.AppliedScripts).Should().HaveCount(MigrationScripts.Load(SqlDialect.Sqlite).Count);
    }

    [Fact]
    public async Task MigrateAsync_ThrowsMigrationExceptionNamingTheDatabase_WhenFileCannotBeCreated()
    {
        using var temp = new UssdGateway.Testing.TempDirectory("blocked");
        var blocker = temp.WriteFile("not-a-folder", "a file where a folder should be");
        var connections = new SqliteConnectionFactory(Path.Combine(blocker, "gw.db"));

        var migrate = () => new DatabaseMigrator(connections).MigrateAsync();

        (await migrate.Should().ThrowAsync<DatabaseMigrationException>())
            .WithMessage($"Cannot migrate sqlite {Path.Combine(blocker, "gw.db")}: *");
    }

    [Fact]
    public async Task MigrateAsync_KeepsNothingOfTheRun_WhenAScriptFails()
    {
        await using (var connection = await _database.Connections.OpenAsync())
            await connection.ExecuteAsync("CREATE TABLE beneficiaries (x INTEGER);"); // in the way of 0001

        var migrate = () => new DatabaseMigrator(_database.Connections).MigrateAsync();

        var failure = await migrate.Should().ThrowAsync<DatabaseMigrationException>();
        failure.Which.Script.Should().Be("0001_beneficiaries.sql");
        failure.WithMessage("*0001_beneficiaries.sql*" + _database.FilePath + "*already exists*");
        await using var check = await _database.Connections.OpenAsync();
        (await check.QueryAsync<string>("SELECT name FROM sqlite_master WHERE type = 'table';"))
            .Should().NotContain(["SchemaVersions", "caller_preferences"], "the whole run is one transaction");
    }
}
