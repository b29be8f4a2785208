namespace UssdGateway.Core.Engine;

/// <summary>One page of a screen: its text, its index (after clamping), whether more pages follow,
/// and whether the text had to be cut short to fit.</summary>
public readonly record struct ScreenPage(string Text, int Index, bool HasMore, bool Truncated);
