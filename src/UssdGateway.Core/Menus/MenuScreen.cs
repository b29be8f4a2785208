namespace UssdGateway.Core.Menus;

public sealed class MenuScreen(string id, int line, LocalizedText text, IReadOnlyList<MenuOption> options, string? saveAs)
    : ScreenDefinition(id, line, text)
{
    public override ScreenType Type => ScreenType.Menu;

    public IReadOnlyList<MenuOption> Options { get; } = options;

    /// <summary>Variable receiving the chosen option's value (and <c>{save_as}_label</c> its text).</summary>
    public string? SaveAs { get; } = saveAs;

    public override IEnumerable<string> Targets => Options.Select(o => o.Next).Distinct();
}
