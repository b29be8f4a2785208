namespace UssdGateway.Core.Programme;

/// <summary>A cooperative's current sales report for one month.</summary>
public sealed record CooperativeMonthSales(long CooperativeId, string Name, SalesMonth Month, long AmountXof);
