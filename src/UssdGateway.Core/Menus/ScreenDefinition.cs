namespace UssdGateway.Core.Menus;

/// <summary>A screen of a menu file, immutable once loaded.</summary>
public abstract class ScreenDefinition
{
    protected ScreenDefinition(string id, int line, LocalizedText? text)
    {
        Id = id;
        Line = line;
        Text = text;
    }

    public string Id { get; }

    /// <summary>Line of the screen in its menu file.</summary>
    public int Line { get; }

    public abstract ScreenType Type { get; }

    /// <summary>The screen's text (menu header, question, end message). Action screens have none.</summary>
    public LocalizedText? Text { get; }

    /// <summary>Screens this one can lead to, for checks and diagrams.</summary>
    public abstract IEnumerable<string> Targets { get; }

    /// <summary>True for screens the caller sees (everything but actions).</summary>
    public bool IsShown => Type != ScreenType.Action;
}
