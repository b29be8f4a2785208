namespace UssdGateway.Core.Sessions;

/// <summary>One item of a list screen as shown to the caller: its id and its label.</summary>
public sealed record SessionListItem(string Id, string Label);
