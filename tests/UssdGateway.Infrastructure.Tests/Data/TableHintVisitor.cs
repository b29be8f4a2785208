using Microsoft.SqlServer.TransactSql.ScriptDom;

namespace UssdGateway.Infrastructure.Tests.Data;

/// <summary>
/// Collects every table a T-SQL statement names (FROM, JOIN, subqueries, targets) with its table hints, which of them
/// are written to (INSERT and UPDATE targets), and whether each UPDATE has a WHERE clause.
/// </summary>
internal sealed class TableHintVisitor : TSqlFragmentVisitor
{
    private readonly HashSet<TSqlFragment> _targets = [];
    private readonly List<NamedTableReference> _tables = [];

    /// <summary>Tables read (not written), with their hints, in the order they appear.</summary>
    public IReadOnlyList<(string Table, IReadOnlyList<TableHintKind> Kinds)> Hints =>
        _tables.Where(t => !_targets.Contains(t))
            .Select(t => (t.SchemaObject.BaseIdentifier.Value, (IReadOnlyList<TableHintKind>)t.TableHints.Select(h => h.HintKind).ToList()))
            .ToList();

    /// <summary>One entry per UPDATE: whether it has a WHERE clause (a guarded UPDATE).</summary>
    public List<bool> Updates { get; } = [];

    public override void ExplicitVisit(NamedTableReference node)
    {
        _tables.Add(node);
        base.ExplicitVisit(node);
    }

    public override void ExplicitVisit(UpdateSpecification node)
    {
        Updates.Add(node.WhereClause is not null);
        if (node.Target is not null) _targets.Add(node.Target);
        base.ExplicitVisit(node);
    }

    public override void ExplicitVisit(InsertSpecification node)
    {
        if (node.Target is not null) _targets.Add(node.Target);
        base.ExplicitVisit(node);
    }
}
