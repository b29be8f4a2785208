namespace UssdGateway.Api.Records;

/// <summary>One instalment of an explicit schedule: due date (yyyy-MM-dd) and amount (XOF); numbered in the order given.</summary>
public sealed record InstalmentBody(DateOnly? DueOn, long? AmountXof);
