using Microsoft.SqlServer.TransactSql.ScriptDom;

namespace UssdGateway.Infrastructure.Tests.Data;

/// <summary>
/// Whether a T-SQL statement serialises concurrent writers: it is an UPDATE guarded by a WHERE clause (the row's update
/// lock decides), or every read of the given tables (every table read, when none are given) carries UPDLOCK and
/// HOLDLOCK. Returns what falls short (empty: it holds).
/// </summary>
internal static class LockCheck
{
    public static IReadOnlyList<string> Of(string sql, params string[] tables)
    {
        var visitor = new TableHintVisitor();
        RepositorySqlTests.Parse(sql).Accept(visitor);

        if (visitor.Updates.Count > 0)
            return visitor.Updates.All(guarded => guarded) ? [] : ["unguarded UPDATE"];

        var reads = visitor.Hints.Where(h => tables.Length == 0 || tables.Contains(h.Table, StringComparer.OrdinalIgnoreCase)).ToList();
        if (tables.Length > 0 && reads.Count == 0) return ["no read of " + string.Join(", ", tables)];
        return reads
            .Where(h => !(h.Kinds.Contains(TableHintKind.UpdLock) && h.Kinds.Contains(TableHintKind.HoldLock)))
            .Select(h => h.Table)
            .ToList();
    }
}
