using UssdGateway.Core.Programme;

namespace UssdGateway.Admin.Dashboard;

/// <summary>Sales pivoted for display: one row per cooperative, one column per month (oldest first), amounts in XOF.</summary>
public sealed record SalesTable(IReadOnlyList<SalesMonth> Months, IReadOnlyList<SalesTableRow> Rows)
{
    public static SalesTable From(IReadOnlyList<CooperativeMonthSales> sales, SalesMonth first, SalesMonth last)
    {
        var months = new List<SalesMonth>();
        for (var month = first; month.CompareTo(last) <= 0; month = month.Next()) months.Add(month);
        var rows = sales.GroupBy(s => (s.CooperativeId, s.Name))
            .Select(g => new SalesTableRow(g.Key.CooperativeId, g.Key.Name,
                months.Select(m => AmountOf(g, m)).ToList()))
            .OrderBy(r => r.Name, StringComparer.CurrentCulture)
            .ToList();
        return new SalesTable(months, rows);
    }

    private static long? AmountOf(IEnumerable<CooperativeMonthSales> sales, SalesMonth month)
    {
        var reports = sales.Where(s => s.Month == month).ToList();
        return reports.Count == 0 ? null : reports.Sum(s => s.AmountXof);
    }

    /// <summary>Each month's total over every cooperative.</summary>
    public IEnumerable<long> MonthTotals => Months.Select((_, i) => Rows.Sum(r => r.Amounts[i] ?? 0));
}
