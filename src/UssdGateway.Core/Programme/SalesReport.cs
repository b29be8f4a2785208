namespace UssdGateway.Core.Programme;

/// <summary>
/// One version of a cooperative's sales for a month. A correction is a new row whose <see cref="SupersedesId"/> names
/// the version it replaces; exactly one version per cooperative and month is <see cref="IsCurrent"/>.
/// </summary>
public sealed record SalesReport(
    long Id,
    long CooperativeId,
    SalesMonth Month,
    long AmountXof,
    SalesChannel Channel,
    string ReportedBy,
    DateTimeOffset ReportedAt,
    long? SupersedesId,
    bool IsCurrent,
    bool IsTest);
