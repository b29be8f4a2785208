namespace UssdGateway.Core.Menus;

/// <summary>Items from a named list source, numbered and paged; the chosen item's id goes into <see cref="SaveAs"/>.</summary>
public sealed class ListScreen(string id, int line, LocalizedText text, string source, string saveAs, string next, LocalizedText? empty)
    : ScreenDefinition(id, line, text)
{
    public override ScreenType Type => ScreenType.List;

    public string Source { get; } = source;

    public string SaveAs { get; } = saveAs;

    public string Next { get; } = next;

    /// <summary>Shown instead of the list when the source has nothing.</summary>
    public LocalizedText? Empty { get; } = empty;

    public override IEnumerable<string> Targets => [Next];
}
