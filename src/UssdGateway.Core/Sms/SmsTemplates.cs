using System.Globalization;
using UssdGateway.Core.Menus;
using UssdGateway.Core.Sms.Keywords;
using UssdGateway.Core.Text;
using YamlDotNet.RepresentationModel;

namespace UssdGateway.Core.Sms;

/// <summary>
/// The SMS texts staff edit in <c>menus/sms.yaml</c> (<c>templates: { key: { fr: "...", bm: "..." } }</c>, checked by
/// <c>menus lint</c>) and its keyword table (<c>keywords:</c>, see <see cref="SmsKeywords"/>). A text is rendered in the asked
/// language, else in the first language of the file; with <c>transliterate: true</c> it is sent in its GSM-7 spelling.
/// </summary>
public sealed class SmsTemplates
{
    private readonly Dictionary<string, Dictionary<string, TextTemplate>> _templates;
    private readonly bool _transliterate;
    private readonly string _defaultLanguage;

    private SmsTemplates(Dictionary<string, Dictionary<string, TextTemplate>> templates, bool transliterate, string defaultLanguage, SmsKeywords keywords)
    {
        _templates = templates;
        Keywords = keywords;
        _transliterate = transliterate;
        _defaultLanguage = defaultLanguage;
    }

    public IReadOnlyCollection<string> Keys => _templates.Keys;

    /// <summary>The keywords of inbound SMS (empty when the file has no <c>keywords:</c>).</summary>
    public SmsKeywords Keywords { get; }

    /// <summary>Reads the file's text; a clear <see cref="FormatException"/> when it has no templates or a wrong keyword table.</summary>
    public static SmsTemplates Parse(string source)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(source));
        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root
            || Child(root, "templates") is not YamlMappingNode templates)
        {
            throw new FormatException("sms.yaml must be a mapping with 'templates:' (run 'ussdgw menus lint').");
        }
        var transliterate = Child(root, "transliterate") is YamlScalarNode { Value: { } flag } && bool.TryParse(flag, out var on) && on;
        var languages = Child(root, "languages") is YamlSequenceNode list
            ? list.OfType<YamlScalarNode>().Select(s => s.Value ?? "").ToList()
            : [];
        var parsed = new Dictionary<string, Dictionary<string, TextTemplate>>(StringComparer.Ordinal);
        foreach (var (key, value) in templates.Children)
        {
            if (key is not YamlScalarNode { Value: { } name } || value is not YamlMappingNode texts) continue;
            var byLanguage = new Dictionary<string, TextTemplate>(StringComparer.Ordinal);
            foreach (var (languageNode, textNode) in texts.Children)
            {
                if (languageNode is YamlScalarNode { Value: { } language } && language != "review" && textNode is YamlScalarNode { Value: { } text })
                    byLanguage[language] = TextTemplate.Parse(text);
            }
            parsed[name] = byLanguage;
        }
        var defaultLanguage = languages.FirstOrDefault() ?? "fr";
        var problems = new List<SmsKeywordProblem>();
        var keywords = SmsKeywords.Read(Child(root, "keywords"), languages.Count > 0 ? languages : [.. parsed.Values.SelectMany(t => t.Keys).Distinct()], problems);
        if (problems.Count > 0)
        {
            var first = problems[0];
            throw new FormatException(string.Create(CultureInfo.InvariantCulture,
                $"sms.yaml:{first.Line} › keywords › {first.Command ?? "keywords"}: {first.Message} (run 'ussdgw menus lint')."));
        }
        return new SmsTemplates(parsed, transliterate, defaultLanguage, keywords);
    }

    public static SmsTemplates Load(string path) => Parse(File.ReadAllText(path));

    /// <summary>The text <paramref name="key"/> in <paramref name="language"/> (else the default language) with its variables filled.</summary>
    /// <exception cref="KeyNotFoundException">No such template.</exception>
    public string Render(string key, string? language, IReadOnlyDictionary<string, string>? values = null)
    {
        if (!_templates.TryGetValue(key, out var byLanguage))
            throw new KeyNotFoundException($"sms.yaml has no template '{key}'.");
        if (language is null || !byLanguage.TryGetValue(language, out var template))
            template = byLanguage.TryGetValue(_defaultLanguage, out var fallback) ? fallback : byLanguage.Values.First();
        var text = template.Render(values ?? new Dictionary<string, string>());
        return _transliterate ? GsmTransliterator.ToGsm(text) : text;
    }

    private static YamlNode? Child(YamlMappingNode node, string key) =>
        node.Children.TryGetValue(new YamlScalarNode(key), out var child) ? child : null;
}
