namespace UssdGateway.Core.Programme;

/// <summary>What <see cref="ICooperativeRepository.ReportSalesAsync"/> did: the current report after the call and the one it replaced.</summary>
public sealed record SalesReportResult(SalesReportOutcome Outcome, SalesReport? Current, SalesReport? Previous);
