namespace UssdGateway.Core.Programme;

/// <summary>One page of a longer list: its items and whether more follow.</summary>
public sealed record Page<T>(IReadOnlyList<T> Items, bool HasMore)
{
    public static Page<T> Empty { get; } = new([], false);
}
