using System.Reflection;
using Microsoft.Data.Sqlite;
using Microsoft.SqlServer.TransactSql.ScriptDom;
using UssdGateway.Infrastructure.Data;
using UssdGateway.Infrastructure.Programme;

namespace UssdGateway.Infrastructure.Tests.Data;

/// <summary>
/// Every repository's SQL, found by reflection: each <c>*Sql</c> class holds a <c>Sqlite</c> and a <c>SqlServer</c>
/// instance whose string properties are its statements. Both dialects must have every statement; SQL Server's must
/// parse (TSql160Parser) and SQLite's must prepare against the migrated schema; the statements that serialise writers
/// on SQL Server must hold UPDLOCK and HOLDLOCK (or be a guarded UPDATE).
/// </summary>
public sealed class RepositorySqlTests : IDisposable
{
    private readonly SqliteTestDatabase _database = new();

    public void Dispose() => _database.Dispose();

    /// <summary>(class, statement name) for every statement of every SQL class.</summary>
    public static TheoryData<string, string> Statements()
    {
        var data = new TheoryData<string, string>();
        foreach (var type in SqlClasses())
            foreach (var property in StatementProperties(type))
                data.Add(type.Name, property.Name);
        return data;
    }

    [Fact]
    public void SqlClasses_IncludeEveryRepository_WhenFoundByReflection()
    {
        SqlClasses().Select(t => t.Name).Should().Contain(
        [
            "BeneficiarySql", "CallerPreferencesSql", "TrainingSql", "CooperativeSql", "LoanSql", "PinSql", "PrivacyRequestSql",
            "AuditSql", "FiguresSql", "DemoSeedSql", "HopLogSql", "SessionEndSql", "FunnelSql", "StaffAccountSql", "ApiKeySql", "SmsDeliveryFiguresSql",
        ]);
    }

    [Theory]
    [MemberData(nameof(Statements))]
    public void Statement_IsWrittenForBothDialects_WhenTheRepositoryDeclaresIt(string sqlClass, string statement)
    {
        var (sqlite, sqlServer) = Texts(sqlClass, statement);

        sqlite.Should().NotBeNullOrWhiteSpace($"{sqlClass}.Sqlite.{statement} is needed");
        sqlServer.Should().NotBeNullOrWhiteSpace($"{sqlClass}.SqlServer.{statement} is needed");
    }

    [Theory]
    [MemberData(nameof(Statements))]
    public void SqlServerStatement_ParsesWithoutErrors_WhenReadByTSql160Parser(string sqlClass, string statement)
    {
        var (_, sqlServer) = Texts(sqlClass, statement);

        ParseErrors(sqlServer).Should().BeEmpty($"{sqlClass}.SqlServer.{statement} must be valid T-SQL");
    }

    [Theory]
    [MemberData(nameof(Statements))]
    public async Task SqliteStatement_Prepares_WhenTheSchemaIsMigrated(string sqlClass, string statement)
    {
        var (sqlite, _) = Texts(sqlClass, statement);
        await new DatabaseMigrator(_database.Connections).MigrateAsync();
        await using var connection = (SqliteConnection)await _database.Connections.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sqlite;

        var prepare = () => command.Prepare();

        prepare.Should().NotThrow($"{sqlClass}.Sqlite.{statement} must name existing tables and columns");
    }

    [Theory]
    [InlineData("BeneficiarySql", "FindForUpdate", "beneficiaries")]
    [InlineData("BeneficiarySql", "CompleteProfile", "")]
    [InlineData("TrainingSql", "Book", "training_sessions,training_bookings")]
    [InlineData("CooperativeSql", "CurrentReportForUpdate", "sales_reports")]
    [InlineData("CooperativeSql", "InsertLeader", "cooperative_leaders")]
    [InlineData("LoanSql", "LockLoan", "loans")]
    [InlineData("PinSql", "GetForUpdate", "loan_pins")]
    [InlineData("PinSql", "InsertIfAbsent", "loan_pins")]
    [InlineData("PrivacyRequestSql", "InsertPending", "privacy_requests")]
    [InlineData("TrainingSql", "Cancel", "")]
    [InlineData("TrainingSql", "EditSession", "")]
    public void SqlServerStatement_HoldsUpdlockAndHoldlockOrIsAGuardedUpdate_WhenItSerialisesWriters(string sqlClass, string statement, string tables)
    {
        var (_, sqlServer) = Texts(sqlClass, statement);

        LockCheck.Of(sqlServer, tables.Split(',', StringSplitOptions.RemoveEmptyEntries)).Should().BeEmpty($"{sqlClass}.SqlServer.{statement} must lock what it reads");
    }

    [Fact]
    public void BookingStatement_LocksTheSessionAndTheBookingsItCounts_WhenParsed()
    {
        var visitor = new TableHintVisitor();
        Parse(TrainingSql.SqlServer.Book).Accept(visitor);

        visitor.Hints.Where(h => h.Table is "training_sessions" or "training_bookings").Should().HaveCount(3)
            .And.OnlyContain(h => h.Kinds.Contains(TableHintKind.UpdLock) && h.Kinds.Contains(TableHintKind.HoldLock));
        visitor.Hints.Should().Contain(h => h.Table == "training_sessions");
    }

    [Fact]
    public void EditSessionStatement_IsAGuardedUpdateThatLocksTheBookingsItCounts_WhenParsed()
    {
        var visitor = new TableHintVisitor();
        Parse(TrainingSql.SqlServer.EditSession).Accept(visitor);

        visitor.Updates.Should().Equal(true);
        visitor.Hints.Where(h => h.Table == "training_bookings").Should().ContainSingle()
            .Which.Kinds.Should().Contain([TableHintKind.UpdLock, TableHintKind.HoldLock]);
    }

    [Fact]
    public void LockCheck_ReportsTheTable_WhenAReadHasNoLockHints()
    {
        LockCheck.Of("SELECT id FROM dbo.training_sessions WHERE id = @Id;").Should().Equal("training_sessions");
        LockCheck.Of("SELECT id FROM dbo.training_sessions WITH (UPDLOCK) WHERE id = @Id;").Should().Equal("training_sessions");
        LockCheck.Of("SELECT s.id FROM dbo.training_sessions AS s WITH (UPDLOCK, HOLDLOCK) JOIN dbo.beneficiaries AS b ON b.id = 1;", "training_sessions").Should().BeEmpty();
        LockCheck.Of("SELECT id FROM dbo.beneficiaries;", "training_sessions").Should().Equal("no read of training_sessions");
        LockCheck.Of("UPDATE dbo.training_sessions SET capacity = capacity - 1 WHERE id = @Id AND capacity > 0;").Should().BeEmpty();
        LockCheck.Of("UPDATE dbo.training_sessions SET capacity = 0;").Should().Equal("unguarded UPDATE");
    }

    private static IEnumerable<Type> SqlClasses() =>
        typeof(TrainingSql).Assembly.GetTypes()
            .Where(t => t.Name.EndsWith("Sql", StringComparison.Ordinal)
                        && t.GetField("Sqlite", BindingFlags.Public | BindingFlags.Static)?.FieldType == t
                        && t.GetField("SqlServer", BindingFlags.Public | BindingFlags.Static)?.FieldType == t)
            .OrderBy(t => t.Name, StringComparer.Ordinal);

    private static IEnumerable<PropertyInfo> StatementProperties(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.PropertyType == typeof(string));

    private static (string Sqlite, string SqlServer) Texts(string sqlClass, string statement)
    {
        var type = SqlClasses().Single(t => t.Name == sqlClass);
        var property = type.GetProperty(statement)!;
        string Of(string dialect) => (string)property.GetValue(type.GetField(dialect)!.GetValue(null))!;
        return (Of("Sqlite"), Of("SqlServer"));
    }

    internal static TSqlFragment Parse(string sql)
    {
        var parser = new TSql160Parser(initialQuotedIdentifiers: true);
        using var reader = new StringReader(sql);
        var fragment = parser.Parse(reader, out var errors);
        errors.Should().BeEmpty();
        return fragment;
    }

    private static IEnumerable<string> ParseErrors(string sql)
    {
        var parser = new TSql160Parser(initialQuotedIdentifiers: true);
        using var reader = new StringReader(sql);
        parser.Parse(reader, out var errors);
        return errors.Select(e => $"line {e.Line}, column {e.Column}: {e.Message}");
    }
}
