namespace UssdGateway.Infrastructure.Records;

/// <summary>One page of a list: its rows, its number and size, and whether a next page exists.</summary>
public sealed record RecordsList<T>(IReadOnlyList<T> Items, int Page, int Size, bool HasMore);
