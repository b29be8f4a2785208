using UssdGateway.Infrastructure.Data;

namespace UssdGateway.Infrastructure.Programme;

/// <summary>The audit-trail statements, written once per dialect (they differ in identity return and row limits).</summary>
internal sealed class AuditSql
{
    private const string Columns = """
        id AS Id, at AS At, actor AS Actor, channel AS Channel, action AS Action, entity AS Entity,
        entity_id AS EntityId, details AS Details, is_test AS IsTest
        """;

    public static readonly AuditSql Sqlite = new()
    {
        Insert = """
            INSERT INTO audit_trail (at, actor, channel, action, entity, entity_id, details, is_test)
            VALUES (@At, @Actor, @Channel, @Action, @Entity, @EntityId, @Details, @IsTest)
            RETURNING id;
            """,
        GetFor = $"SELECT {Columns} FROM audit_trail WHERE entity = @Entity AND entity_id = @EntityId ORDER BY id DESC LIMIT @Take;",
        GetRecent = $"SELECT {Columns} FROM audit_trail ORDER BY id DESC LIMIT @Take;",
    };

    public static readonly AuditSql SqlServer = new()
    {
        Insert = """
            INSERT INTO dbo.audit_trail (at, actor, channel, action, entity, entity_id, details, is_test)
            OUTPUT INSERTED.id
            VALUES (@At, @Actor, @Channel, @Action, @Entity, @EntityId, @Details, @IsTest);
            """,
        GetFor = $"SELECT TOP (@Take) {Columns} FROM dbo.audit_trail WHERE entity = @Entity AND entity_id = @EntityId ORDER BY id DESC;",
        GetRecent = $"SELECT TOP (@Take) {Columns} FROM dbo.audit_trail ORDER BY id DESC;",
    };

    public required string Insert { get; init; }
    public required string GetFor { get; init; }
    public required string GetRecent { get; init; }

    public static AuditSql For(SqlDialect dialect) => dialect switch
    {
        SqlDialect.Sqlite => Sqlite,
        SqlDialect.SqlServer => SqlServer,
        _ => throw new ArgumentOutOfRangeException(nameof(dialect), dialect, null),
    };
}
