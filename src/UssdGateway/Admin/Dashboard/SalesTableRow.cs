namespace UssdGateway.Admin.Dashboard;

/// <summary>A cooperative's amounts per month (null: no report for that month).</summary>
public sealed record SalesTableRow(long CooperativeId, string Name, IReadOnlyList<long?> Amounts);
