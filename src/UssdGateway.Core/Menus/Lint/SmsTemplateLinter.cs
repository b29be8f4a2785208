using System.Globalization;
using UssdGateway.Core.Sms.Keywords;
using UssdGateway.Core.Text;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace UssdGateway.Core.Menus.Lint;

/// <summary>
/// Checks the SMS texts file (<c>sms.yaml</c>):
/// <code>
/// transliterate: true          # optional: texts are sent in their GSM-7 spelling (ɛ→è, ɔ→ò, ɲ→ny, ŋ→ng, ê→e)
/// languages: [fr, bm]          # optional: else every language some template uses
/// review: { bm: pending }      # optional: review status of every text, as in menus
/// keywords:                   # optional: the first words of inbound SMS per command (see SmsKeywords)
///   sales: { fr: [VENTE, V], bm: [FEERE] }
/// templates:
///   registered:
///     fr: "Merci {full_name}! ..."
///     bm: "I ni ce {full_name}! ..."
///     review: { bm: reviewed } # optional, per template
/// </code>
/// Each text must go in at most two SMS parts (GSM-7: 160, or 2 × 153 septets; UCS-2: 70, or 2 × 67 characters),
/// measured after transliteration when the file asks for it, <c>{variables}</c> not counted. The keyword table is read
/// as the server reads it: an unknown command, a word of two commands or two words a slip apart are errors.
/// </summary>
public static class SmsTemplateLinter
{
    /// <summary>Parts a template may take at most.</summary>
    public const int MaxSegments = 2;

    private static readonly string[] TopKeys = ["transliterate", "languages", "review", "keywords", "templates"];

    public static IReadOnlyList<MenuError> Lint(string fileName, string source)
    {
        var problems = new List<MenuError>();
        void Add(YamlNode? node, string? template, string field, string message, string rule, bool warning = false) =>
            problems.Add(new MenuError(fileName, node is null ? 1 : (int)node.Start.Line, template, field, message, warning, rule));

        YamlMappingNode root;
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(source));
            if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode mapping)
            {
                Add(null, null, "templates", "the file must be a mapping with 'templates:'", MenuRules.Schema);
                return problems;
            }
            root = mapping;
        }
        catch (YamlException e)
        {
            problems.Add(new MenuError(fileName, (int)e.Start.Line, null, "yaml", e.InnerException?.Message ?? e.Message, Rule: MenuRules.Yaml));
            return problems;
        }

        foreach (var key in root.Children.Keys)
            if (!TopKeys.Contains(Scalar(key)))
                Add(key, null, Scalar(key), $"unknown field; expected one of: {string.Join(", ", TopKeys)}", MenuRules.Schema);

        var transliterate = false;
        if (Child(root, "transliterate") is { } flag)
        {
            if (flag is YamlScalarNode { Value: { } value } && bool.TryParse(value, out var parsed)) transliterate = parsed;
            else Add(flag, null, "transliterate", "must be true or false", MenuRules.Schema);
        }

        var defaults = ReviewMap(Child(root, "review"), null, "review", Add);
        if (Child(root, "templates") is not YamlMappingNode templates)
        {
            Add(Child(root, "templates") ?? root, null, "templates", "missing: a mapping of template names to texts in each language", MenuRules.Schema);
            return problems;
        }

        List<string> languages;
        if (Child(root, "languages") is { } languageNode)
        {
            languages = languageNode is YamlSequenceNode list ? [.. list.Select(Scalar)] : [];
            if (languages.Count == 0) Add(languageNode, null, "languages", "must be a list of language codes, e.g. [fr, bm]", MenuRules.Schema);
        }
        else
        {
            languages = [.. templates.Children.Values.OfType<YamlMappingNode>()
                .SelectMany(t => t.Children.Keys.Select(Scalar)).Where(k => k != "review").Distinct()];
        }

        var keywordProblems = new List<SmsKeywordProblem>();
        SmsKeywords.Read(Child(root, "keywords"), languages, keywordProblems);
        foreach (var problem in keywordProblems)
            problems.Add(new MenuError(fileName, problem.Line, problem.Command is null ? "keywords" : "keywords › " + problem.Command, problem.Field,
                problem.Message, Rule: MenuRules.SmsKeyword));

        var pending = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (keyNode, valueNode) in templates.Children)
        {
            var name = Scalar(keyNode);
            if (valueNode is not YamlMappingNode texts)
            {
                Add(valueNode, name, "text", "a template is a mapping of language to text ({ fr: ..., bm: ... })", MenuRules.Schema);
                continue;
            }
            var review = new Dictionary<string, string>(defaults, StringComparer.Ordinal);
            foreach (var (l, s) in ReviewMap(Child(texts, "review"), name, "review", Add)) review[l] = s;
            foreach (var (languageKey, textNode) in texts.Children)
            {
                var language = Scalar(languageKey);
                if (language == "review") continue;
                if (!languages.Contains(language))
                {
                    Add(languageKey, name, language, $"language '{language}' is not in the file's languages ({string.Join(", ", languages)})", MenuRules.Schema);
                    continue;
                }
                if (textNode is not YamlScalarNode { Value: { } text })
                {
                    Add(textNode, name, language, "a text must be a single line of text", MenuRules.Schema);
                    continue;
                }
                if (review.TryGetValue(language, out var status) && status == "pending")
                    pending[language] = pending.GetValueOrDefault(language) + 1;
                if (TooLong(text, transliterate) is { } why) Add(textNode, name, language, why, MenuRules.SmsLength);
            }
            foreach (var language in languages.Where(l => Child(texts, l) is null))
                Add(texts, name, language, "missing translation", MenuRules.MissingTranslation);
        }

        foreach (var language in languages.Where(pending.ContainsKey))
        {
            var count = pending[language];
            var name = BuiltInMessages.LanguageNames.TryGetValue(language, out var known) ? known : language;
            Add(Child(root, "review") ?? root, null, "review",
                $"{count.ToString(CultureInfo.InvariantCulture)} {name} ({language}) text{(count == 1 ? "" : "s")} "
                + $"still await{(count == 1 ? "s" : "")} a native speaker's review (review: {{ {language}: pending }})",
                MenuRules.ReviewPending, warning: true);
        }
        return problems;
    }

    /// <summary>Why a text takes more than <see cref="MaxSegments"/> parts, or null when it fits.</summary>
    internal static string? TooLong(string text, bool transliterate)
    {
        var template = TextTemplate.Parse(text);
        var written = template.StaticPart;
        var sent = transliterate ? GsmTransliterator.ToGsm(written) : written;
        var measure = SmsSegments.Measure(sent);
        if (measure.Segments <= MaxSegments) return null;
        var unit = measure.IsGsm7 ? "septets" : "characters";
        var why = $"{measure.Segments.ToString(CultureInfo.InvariantCulture)} SMS parts ({measure.Size.ToString(CultureInfo.InvariantCulture)} {unit} in {measure.EncodingName}), "
                  + $"over the {MaxSegments} parts of {(MaxSegments * measure.PerSegment).ToString(CultureInfo.InvariantCulture)} {unit}";
        if (!measure.IsGsm7)
        {
            why += $" ('{sent[measure.FirstNonGsmIndex]}' at column {(measure.FirstNonGsmIndex + 1).ToString(CultureInfo.InvariantCulture)} forces UCS-2";
            var gsm = SmsSegments.Measure(GsmTransliterator.ToGsm(sent));
            why += !transliterate && gsm.Segments <= MaxSegments
                ? $"; with 'transliterate: true' it would take {gsm.Segments.ToString(CultureInfo.InvariantCulture)})"
                : ")";
        }
        if (!template.IsStatic) why += "; {variables} not counted";
        return why;
    }

    private static Dictionary<string, string> ReviewMap(
        YamlNode? node, string? template, string field, Action<YamlNode?, string?, string, string, string, bool> add)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        if (node is null) return map;
        if (node is not YamlMappingNode mapping)
        {
            add(node, template, field, "write the review status per language, e.g. { bm: pending }", MenuRules.Schema, false);
            return map;
        }
        foreach (var (l, s) in mapping.Children) map[Scalar(l)] = Scalar(s);
        return map;
    }

    private static string Scalar(YamlNode node) => (node as YamlScalarNode)?.Value ?? "";

    private static YamlNode? Child(YamlMappingNode node, string key) =>
        node.Children.TryGetValue(new YamlScalarNode(key), out var child) ? child : null;
}
