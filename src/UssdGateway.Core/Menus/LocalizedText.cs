namespace UssdGateway.Core.Menus;

/// <summary>One text in every language of the menu, with the review status of each translation.</summary>
public sealed class LocalizedText
{
    public LocalizedText(IReadOnlyDictionary<string, TextTemplate> byLanguage, IReadOnlyDictionary<string, string> review, int line)
    {
        ByLanguage = byLanguage;
        Review = review;
        Line = line;
    }

    public IReadOnlyDictionary<string, TextTemplate> ByLanguage { get; }

    /// <summary>Review status per language (e.g. <c>bm: pending</c>), after menu-level defaults.</summary>
    public IReadOnlyDictionary<string, string> Review { get; }

    /// <summary>Line of the text in its menu file.</summary>
    public int Line { get; }

    /// <summary>Line of each language's text as written (a text written once for all languages has none).</summary>
    public IReadOnlyDictionary<string, int> LanguageLines { get; init; } = new Dictionary<string, int>();

    /// <summary>The line of the text in <paramref name="language"/>, else the text's.</summary>
    public int LineOf(string language) => LanguageLines.TryGetValue(language, out var line) ? line : Line;

    /// <summary>The text in <paramref name="language"/>, else in <paramref name="fallback"/>, else any.</summary>
    public TextTemplate Get(string language, string fallback) =>
        ByLanguage.TryGetValue(language, out var text) ? text
        : ByLanguage.TryGetValue(fallback, out text) ? text
        : ByLanguage.Values.First();

    public static LocalizedText Of(IReadOnlyDictionary<string, string> byLanguage) => new(
        byLanguage.ToDictionary(p => p.Key, p => TextTemplate.Parse(p.Value)),
        new Dictionary<string, string>(),
        0);
}
