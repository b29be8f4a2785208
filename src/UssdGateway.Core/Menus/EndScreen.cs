namespace UssdGateway.Core.Menus;

/// <summary>A last screen: shown with END, the session closes.</summary>
public sealed class EndScreen(string id, int line, LocalizedText text) : ScreenDefinition(id, line, text)
{
    public override ScreenType Type => ScreenType.End;

    public override IEnumerable<string> Targets => [];
}
