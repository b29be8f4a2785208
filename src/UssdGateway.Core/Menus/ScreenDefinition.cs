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

    /// <summary>Line of each field of the screen as written (<c>next</c>, <c>source</c>, <c>outcomes.registered</c>…).</summary>
    public IReadOnlyDictionary<string, int> FieldLines { get; init; } = new Dictionary<string, int>();

    /// <summary>The line of <paramref name="field"/> when the file has it, else the screen's.</summary>
    public int LineOf(string field) => FieldLines.TryGetValue(field, out var line) ? line : Line;

    public abstract ScreenType Type { get; }

    /// <summary>The screen's text (menu header, question, end message). Action screens have none.</summary>
    public LocalizedText? Text { get; }

    /// <summary>Screens this one can lead to, for checks and diagrams.</summary>
    public abstract IEnumerable<string> Targets { get; }

    /// <summary>True for screens the caller sees (everything but actions).</summary>
    public bool IsShown => Type != ScreenType.Action;
}
