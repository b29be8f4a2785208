namespace UssdGateway.Infrastructure.Records;

/// <summary>One version of a cooperative's monthly sales (<see cref="IsCurrent"/>: the one that counts).</summary>
public sealed record SalesReportRecord(long Id, long CooperativeId, string CooperativeName, string Month, long AmountXof, string Channel, string ReportedBy, DateTimeOffset ReportedAt, bool IsCurrent);
