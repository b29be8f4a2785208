using Microsoft.SqlServer.TransactSql.ScriptDom;
using UssdGateway.Infrastructure.Data;
using UssdGateway.Infrastructure.Hops;
using UssdGateway.Infrastructure.Programme;
using UssdGateway.Infrastructure.Sms;

namespace UssdGateway.Infrastructure.Tests.Data;

public sealed class MigrationScriptTests
{
    public static TheoryData<string> SqlServerScripts()
    {
        var data = new TheoryData<string>();
        foreach (var (name, _) in MigrationScripts.Load(SqlDialect.SqlServer)) data.Add(name);
        return data;
    }

    [Theory]
    [MemberData(nameof(SqlServerScripts))]
    public void SqlServerScript_ParsesWithoutErrors_WhenReadByTSql160Parser(string name)
    {
        var sql = MigrationScripts.Load(SqlDialect.SqlServer).Single(s => s.Name == name).Sql;

        ParseErrors(sql).Should().BeEmpty();
    }

    [Fact]
    public void SqlServerScripts_AreEmbedded_WhenAssemblyIsBuilt()
    {
        MigrationScripts.Load(SqlDialect.SqlServer).Should().NotBeEmpty();
    }

    [Fact]
    public void Scripts_HaveTheSameNamesInEveryDialect_WhenListed()
    {
        MigrationScripts.Load(SqlDialect.SqlServer).Select(s => s.Name)
            .Should().Equal(MigrationScripts.Load(SqlDialect.Sqlite).Select(s => s.Name));
    }

    [Fact]
    public void RepositoryStatements_ParseWithoutErrors_WhenReadByTSql160Parser()
    {
        string[] statements =
        [
            BeneficiarySql.SqlServer.Insert, BeneficiarySql.SqlServer.FindId, BeneficiarySql.SqlServer.FindByPhone,
            BeneficiarySql.SqlServer.CountByPhone, CallerPreferencesSql.SqlServer.GetLanguage, CallerPreferencesSql.SqlServer.Upsert,
            HopLogSql.SqlServer.Insert, HopLogSql.SqlServer.InsertBatch, SessionEndSql.SqlServer.Insert, FunnelSql.SqlServer.Select,
            SmsSql.SqlServer.InsertOutbox, SmsSql.SqlServer.ClaimDue,
        ];

        statements.SelectMany(ParseErrors).Should().BeEmpty();
    }

    private static IEnumerable<string> ParseErrors(string sql)
    {
        var parser = new TSql160Parser(initialQuotedIdentifiers: true);
        using var reader = new StringReader(sql);
        parser.Parse(reader, out var errors);
        return errors.Select(e => $"line {e.Line}, column {e.Column}: {e.Message}");
    }
}
