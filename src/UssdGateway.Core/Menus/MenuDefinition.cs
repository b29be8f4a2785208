namespace UssdGateway.Core.Menus;

/// <summary>A menu file as loaded and checked: immutable, identified by its id and version (content hash).</summary>
public sealed class MenuDefinition
{
    /// <summary>The built-in language-choice screen; an option may lead to it to let callers change language.</summary>
    public const string LanguageScreen = "$language";

    /// <summary>The built-in offer to continue a dropped session or start again.</summary>
    public const string ResumeScreen = "$resume";

    public required string Id { get; init; }

    /// <summary>Hash of the file's content: sessions stay on the version they started with.</summary>
    public required string Version { get; init; }

    public required string FileName { get; init; }

    /// <summary>The file's text, kept so any instance can compile the version a session is on.</summary>
    public required string Source { get; init; }

    public required IReadOnlyList<string> ServiceCodes { get; init; }

    public required IReadOnlyList<string> Languages { get; init; }

    public string DefaultLanguage => Languages[0];

    /// <summary>First-time callers choose their language before the start screen.</summary>
    public required bool AskLanguage { get; init; }

    public required string Start { get; init; }

    public required NavigationKeys Navigation { get; init; }

    public required int MaxAttempts { get; init; }

    /// <summary>
    /// A screen that would need paging or cutting as written is sent in its GSM-7 spelling
    /// (Bambara ɛ→è, ɔ→ò, ɲ→ny, ŋ→ng; French ê→e, ç→c...), which holds twice as much. Default true.
    /// </summary>
    public bool GsmFallback { get; init; } = true;

    public required IReadOnlyDictionary<string, ScreenDefinition> Screens { get; init; }

    /// <summary>Engine texts (built-in defaults merged with the file's <c>messages</c>).</summary>
    public required IReadOnlyDictionary<string, LocalizedText> Messages { get; init; }

    public required IReadOnlyDictionary<string, string> LanguageNames { get; init; }

    /// <summary>Line of each top-level field as written (<c>start</c>, <c>review</c>…).</summary>
    public IReadOnlyDictionary<string, int> FieldLines { get; init; } = new Dictionary<string, int>();

    /// <summary>The line of a top-level field when the file has it, else 1.</summary>
    public int LineOf(string field) => FieldLines.TryGetValue(field, out var line) ? line : 1;

    public string Message(string key, string language) => Messages[key].Get(language, DefaultLanguage).Source;

    public string LanguageName(string code) => LanguageNames.TryGetValue(code, out var name) ? name : code;
}
