using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using UssdGateway.Core.Menus.Validation;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace UssdGateway.Core.Menus;

/// <summary>
/// Reads one menu file into a <see cref="MenuDefinition"/>, collecting every problem with its line
/// rather than stopping at the first. Meaning (references, budgets) is checked by <see cref="MenuChecker"/>.
/// </summary>
public sealed class MenuParser
{
    private static readonly string[] TopKeys =
        ["menu", "service_codes", "languages", "language_names", "ask_language", "start", "navigation", "max_attempts", "gsm_fallback", "review", "messages", "screens"];

    private static readonly Dictionary<ScreenType, string[]> ScreenKeys = new()
    {
        [ScreenType.Menu] = ["type", "text", "options", "save_as", "next"],
        [ScreenType.Input] = ["type", "text", "save_as", "validate", "error", "max_attempts", "next"],
        [ScreenType.List] = ["type", "text", "source", "save_as", "next", "empty"],
        [ScreenType.Action] = ["type", "action", "next", "failure", "outcomes"],
        [ScreenType.End] = ["type", "text"],
    };

    private static readonly string[] OptionKeys = ["text", "next", "when", "value", "set"];
    private static readonly string[] ValidateKeys = ["min_length", "max_length", "regex", "integer", "year", "phone"];

    private readonly string _file;
    private readonly List<MenuError> _errors = [];
    private IReadOnlyList<string> _languages = ["fr"];
    private Dictionary<string, string> _reviewDefaults = new();
    private string? _screen;

    private MenuParser(string file) => _file = file;

    /// <summary>Parses <paramref name="source"/>; the definition is null when the file cannot be read at all.</summary>
    public static (MenuDefinition? Menu, IReadOnlyList<MenuError> Errors) Parse(string fileName, string source)
    {
        var parser = new MenuParser(fileName);
        var menu = parser.ParseCore(source);
        return (menu, parser._errors);
    }

    public static string VersionOf(string source) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(source)))[..16];

    private MenuDefinition? ParseCore(string source)
    {
        YamlMappingNode root;
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(source));
            if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode mapping)
            {
                Error(1, "menu", "the file must be a mapping starting with 'menu:'");
                return null;
            }
            root = mapping;
        }
        catch (YamlException e)
        {
            Error((int)e.Start.Line, "yaml", e.InnerException?.Message ?? e.Message, MenuRules.Yaml);
            return null;
        }

        CheckKeys(root, TopKeys, "");
        var id = RequiredString(root, "menu") ?? "";
        var serviceCodes = StringList(root, "service_codes", required: true);
        var languages = StringList(root, "languages", required: true);
        if (languages.Count == 0) languages = ["fr"];
        _languages = languages;
        _reviewDefaults = StringMap(root, "review");
        var start = RequiredString(root, "start") ?? "";
        var maxAttempts = Integer(root, "max_attempts", 3, 1, 10);
        var askLanguage = Boolean(root, "ask_language", languages.Count > 1);
        var gsmFallback = Boolean(root, "gsm_fallback", true);

        var navigation = NavigationKeys.Default;
        if (Mapping(root, "navigation") is { } nav)
        {
            CheckKeys(nav, ["back", "home", "more"], "navigation.");
            navigation = new NavigationKeys(
                OptionalString(nav, "back") ?? "0", OptionalString(nav, "home") ?? "00", OptionalString(nav, "more") ?? "98");
        }

        var languageNames = new Dictionary<string, string>(BuiltInMessages.LanguageNames);
        foreach (var (code, name) in StringMap(root, "language_names")) languageNames[code] = name;

        var messages = new Dictionary<string, LocalizedText>();
        foreach (var (key, texts) in BuiltInMessages.Defaults) messages[key] = LocalizedText.Of(texts);
        if (Mapping(root, "messages") is { } messageNodes)
        {
            foreach (var (keyNode, valueNode) in messageNodes.Children)
            {
                var key = ((YamlScalarNode)keyNode).Value ?? "";
                if (!BuiltInMessages.Defaults.ContainsKey(key))
                    Error(keyNode, "messages." + key, $"unknown message; known: {string.Join(", ", BuiltInMessages.Defaults.Keys)}");
                else if (Text(valueNode, "messages." + key) is { } text)
                    messages[key] = text;
            }
        }

        var screens = new Dictionary<string, ScreenDefinition>(StringComparer.Ordinal);
        if (Mapping(root, "screens") is { } screenNodes)
        {
            foreach (var (keyNode, valueNode) in screenNodes.Children)
            {
                _screen = ((YamlScalarNode)keyNode).Value ?? "";
                if (!IsIdentifier(_screen)) Error(keyNode, "id", "screen ids use letters, digits and _ only");
                if (valueNode is not YamlMappingNode screenNode) Error(valueNode, "type", "a screen is a mapping with a 'type'");
                else if (ParseScreen(_screen, screenNode) is { } screen) screens[_screen] = screen;
                _screen = null;
            }
        }
        else
        {
            Error(root, "screens", "missing: a menu needs at least one screen");
        }

        return new MenuDefinition
        {
            Id = id,
            Version = VersionOf(source),
            FileName = _file,
            Source = source,
            ServiceCodes = serviceCodes,
            Languages = languages,
            AskLanguage = askLanguage,
            Start = start,
            Navigation = navigation,
            MaxAttempts = maxAttempts,
            GsmFallback = gsmFallback,
            Screens = screens,
            Messages = messages,
            LanguageNames = languageNames,
            FieldLines = KeyLines(root),
        };
    }

    private ScreenDefinition? ParseScreen(string id, YamlMappingNode node)
    {
        var fieldLines = KeyLines(node, "outcomes");
        var typeName = RequiredString(node, "type");
        if (typeName is null) return null;
        if (!Enum.TryParse<ScreenType>(typeName, ignoreCase: true, out var type) || !typeName.All(char.IsAsciiLetterLower))
        {
            Error(Child(node, "type")!, "type", $"unknown screen type '{typeName}'; use menu, input, list, action or end");
            return null;
        }
        CheckKeys(node, ScreenKeys[type], "");
        var line = Line(node);
        switch (type)
        {
            case ScreenType.Menu:
            {
                var text = RequiredText(node, "text");
                var defaultNext = OptionalString(node, "next");
                var options = new List<MenuOption>();
                if (Child(node, "options") is YamlSequenceNode optionNodes)
                {
                    var index = 0;
                    foreach (var optionNode in optionNodes)
                    {
                        index++;
                        if (ParseOption(optionNode, index, defaultNext) is { } option) options.Add(option);
                    }
                }
                else
                {
                    Error(node, "options", "a menu screen needs a list of options");
                }
                return text is null ? null : new MenuScreen(id, line, text, options, OptionalString(node, "save_as")) { FieldLines = fieldLines };
            }
            case ScreenType.Input:
            {
                var text = RequiredText(node, "text");
                var saveAs = RequiredString(node, "save_as");
                var next = RequiredString(node, "next");
                var rules = Rules(node);
                var error = Child(node, "error") is { } errorNode ? Text(errorNode, "error") : null;
                var attempts = Integer(node, "max_attempts", 0, 1, 10);
                return text is null || saveAs is null || next is null ? null
                    : new InputScreen(id, line, text, saveAs, rules, error, attempts, next) { FieldLines = fieldLines };
            }
            case ScreenType.List:
            {
                var text = RequiredText(node, "text");
                var source = RequiredString(node, "source");
                var saveAs = RequiredString(node, "save_as");
                var next = RequiredString(node, "next");
                var empty = Child(node, "empty") is { } emptyNode ? Text(emptyNode, "empty") : null;
                return text is null || source is null || saveAs is null || next is null ? null
                    : new ListScreen(id, line, text, source, saveAs, next, empty) { FieldLines = fieldLines };
            }
            case ScreenType.Action:
            {
                var action = RequiredString(node, "action");
                var next = RequiredString(node, "next");
                var outcomes = StringMap(node, "outcomes");
                return action is null || next is null ? null
                    : new ActionScreen(id, line, action, next, OptionalString(node, "failure"), outcomes) { FieldLines = fieldLines };
            }
            default:
            {
                var text = RequiredText(node, "text");
                return text is null ? null : new EndScreen(id, line, text) { FieldLines = fieldLines };
            }
        }
    }

    private MenuOption? ParseOption(YamlNode node, int index, string? defaultNext)
    {
        var field = $"options[{index}]";
        if (node is not YamlMappingNode option)
        {
            Error(node, field, "an option is a mapping with 'text' and 'next'");
            return null;
        }
        CheckKeys(option, OptionKeys, field + ".");
        var text = Child(option, "text") is { } textNode ? Text(textNode, field + ".text") : null;
        if (Child(option, "text") is null) Error(option, field + ".text", "missing");
        var next = OptionalString(option, "next") ?? defaultNext;
        if (next is null) Error(option, field + ".next", "missing: name the screen this option leads to (or give the screen a 'next')");
        Condition? when = null;
        if (OptionalString(option, "when") is { } whenText)
        {
            when = Condition.TryParse(whenText, out var problem);
            if (when is null) Error(Child(option, "when")!, field + ".when", problem!);
        }
        return text is null || next is null ? null
            : new MenuOption(text, next, when, OptionalString(option, "value"), StringMap(option, "set", field + "."), Line(option));
    }

    private List<IInputRule> Rules(YamlMappingNode screen)
    {
        var rules = new List<IInputRule>();
        if (Mapping(screen, "validate") is not { } validate) return rules;
        CheckKeys(validate, ValidateKeys, "validate.");
        var min = OptionalInt(validate, "min_length", "validate.min_length");
        var max = OptionalInt(validate, "max_length", "validate.max_length");
        if (min is not null || max is not null)
        {
            if (min is not null && max is not null && min > max) Error(validate, "validate.min_length", "is greater than max_length");
            rules.Add(new LengthRule(min, max));
        }
        if (OptionalString(validate, "regex") is { } pattern)
        {
            try
            {
                rules.Add(new RegexRule(new Regex("^(?:" + pattern + ")$", RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(50))));
            }
            catch (ArgumentException e)
            {
                Error(Child(validate, "regex")!, "validate.regex", "not a valid regular expression: " + e.Message);
            }
        }
        if (Child(validate, "integer") is { } integer)
        {
            var range = integer as YamlMappingNode;
            if (range is not null) CheckKeys(range, ["min", "max"], "validate.integer.");
            rules.Add(new IntegerRule(
                range is null ? null : OptionalInt(range, "min", "validate.integer.min"),
                range is null ? null : OptionalInt(range, "max", "validate.integer.max")));
        }
        if (Child(validate, "year") is { } year)
        {
            var ages = year as YamlMappingNode;
            if (ages is not null) CheckKeys(ages, ["min_age", "max_age"], "validate.year.");
            rules.Add(new YearRule(
                ages is null ? null : OptionalInt(ages, "min_age", "validate.year.min_age"),
                ages is null ? null : OptionalInt(ages, "max_age", "validate.year.max_age")));
        }
        if (OptionalString(validate, "phone") is { } phone)
        {
            if (phone != "mali") Error(Child(validate, "phone")!, "validate.phone", "only 'mali' is known");
            rules.Add(new MaliPhoneRule());
        }
        return rules;
    }

    private LocalizedText? RequiredText(YamlMappingNode node, string key)
    {
        if (Child(node, key) is { } textNode) return Text(textNode, key);
        Error(node, key, "missing");
        return null;
    }

    private LocalizedText? Text(YamlNode node, string field)
    {
        var byLanguage = new Dictionary<string, TextTemplate>(StringComparer.Ordinal);
        var languageLines = new Dictionary<string, int>(StringComparer.Ordinal);
        var review = new Dictionary<string, string>(_reviewDefaults, StringComparer.Ordinal);
        switch (node)
        {
            case YamlScalarNode scalar:
                foreach (var language in _languages) byLanguage[language] = TextTemplate.Parse(scalar.Value ?? "");
                review.Clear(); // one text for every language: nothing to translate
                break;
            case YamlMappingNode mapping:
                foreach (var (keyNode, valueNode) in mapping.Children)
                {
                    var key = ((YamlScalarNode)keyNode).Value ?? "";
                    if (key == "review")
                    {
                        if (valueNode is YamlMappingNode statuses)
                            foreach (var (l, s) in statuses.Children) review[Scalar(l)] = Scalar(s);
                        else Error(valueNode, field + ".review", "write the review status per language, e.g. { bm: pending }");
                    }
                    else if (valueNode is YamlScalarNode value)
                    {
                        if (!_languages.Contains(key))
                            Error(keyNode, field + "." + key, $"language '{key}' is not in the menu's languages ({string.Join(", ", _languages)})");
                        else
                        {
                            byLanguage[key] = TextTemplate.Parse(value.Value ?? "");
                            languageLines[key] = Line(value);
                        }
                    }
                    else
                    {
                        Error(valueNode, field + "." + key, "a text must be a single line of text");
                    }
                }
                foreach (var language in _languages)
                    if (!byLanguage.ContainsKey(language))
                        Error(node, field + "." + language, "missing translation", MenuRules.MissingTranslation);
                break;
            default:
                Error(node, field, "a text is either a string or a mapping of language to text ({ fr: ..., bm: ... })");
                return null;
        }
        return byLanguage.Count == 0 ? null : new LocalizedText(byLanguage, review, Line(node)) { LanguageLines = languageLines };
    }

    private static string Scalar(YamlNode node) => (node as YamlScalarNode)?.Value ?? "";

    private void CheckKeys(YamlMappingNode node, string[] allowed, string prefix)
    {
        foreach (var key in node.Children.Keys)
        {
            var name = Scalar(key);
            if (!allowed.Contains(name))
                Error(key, prefix + name, $"unknown field; expected one of: {string.Join(", ", allowed)}");
        }
    }

    private static YamlNode? Child(YamlMappingNode node, string key) =>
        node.Children.TryGetValue(new YamlScalarNode(key), out var child) ? child : null;

    private YamlMappingNode? Mapping(YamlMappingNode node, string key)
    {
        var child = Child(node, key);
        if (child is null or YamlMappingNode) return child as YamlMappingNode;
        Error(child, key, "must be a mapping (key: value lines)");
        return null;
    }

    private string? RequiredString(YamlMappingNode node, string key)
    {
        var value = OptionalString(node, key);
        if (value is null && Child(node, key) is null) Error(node, key, "missing");
        return value;
    }

    private string? OptionalString(YamlMappingNode node, string key)
    {
        var child = Child(node, key);
        if (child is null) return null;
        if (child is YamlScalarNode { Value: { Length: > 0 } value }) return value;
        Error(child, key, "must be a single value");
        return null;
    }

    private int? OptionalInt(YamlMappingNode node, string key, string field)
    {
        if (OptionalString(node, key) is not { } text) return null;
        if (int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value)) return value;
        Error(Child(node, key)!, field, $"must be a whole number, not '{text}'");
        return null;
    }

    private int Integer(YamlMappingNode node, string key, int fallback, int min, int max)
    {
        var value = OptionalInt(node, key, key);
        if (value is null) return fallback;
        if (value >= min && value <= max) return value.Value;
        Error(Child(node, key)!, key, $"must be between {min} and {max}");
        return fallback;
    }

    private bool Boolean(YamlMappingNode node, string key, bool fallback)
    {
        if (OptionalString(node, key) is not { } text) return fallback;
        if (bool.TryParse(text, out var value)) return value;
        Error(Child(node, key)!, key, "must be true or false");
        return fallback;
    }

    private List<string> StringList(YamlMappingNode node, string key, bool required)
    {
        var child = Child(node, key);
        if (child is null)
        {
            if (required) Error(node, key, "missing");
            return [];
        }
        if (child is not YamlSequenceNode sequence || sequence.Any(n => n is not YamlScalarNode))
        {
            Error(child, key, "must be a list of values, e.g. [fr, bm]");
            return [];
        }
        var values = sequence.Select(Scalar).ToList();
        if (required && values.Count == 0) Error(child, key, "must not be empty");
        return values;
    }

    private Dictionary<string, string> StringMap(YamlMappingNode node, string key, string prefix = "")
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        if (Child(node, key) is not { } child) return map;
        if (child is not YamlMappingNode mapping)
        {
            Error(child, prefix + key, "must be a mapping (key: value lines)");
            return map;
        }
        foreach (var (k, v) in mapping.Children)
        {
            if (v is YamlScalarNode scalar) map[Scalar(k)] = scalar.Value ?? "";
            else Error(v, prefix + key + "." + Scalar(k), "must be a single value");
        }
        return map;
    }

    private static bool IsIdentifier(string s) =>
        s.Length > 0 && char.IsAsciiLetter(s[0]) && s.All(c => char.IsAsciiLetterOrDigit(c) || c == '_');

    private static int Line(YamlNode node) => (int)node.Start.Line;

    private void Error(YamlNode node, string field, string message, string rule = MenuRules.Schema) =>
        Error(Line(node), field, message, rule);

    private void Error(int line, string field, string message, string rule = MenuRules.Schema) =>
        _errors.Add(new MenuError(_file, line, _screen, field, message, Rule: rule));

    /// <summary>The line of each key of <paramref name="node"/>, and of the keys of its mappings named in
    /// <paramref name="nested"/> (as <c>outcomes.registered</c>).</summary>
    private static Dictionary<string, int> KeyLines(YamlMappingNode node, params string[] nested)
    {
        var lines = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (key, value) in node.Children)
        {
            var name = Scalar(key);
            lines[name] = Line(key);
            if (value is YamlMappingNode mapping && nested.Contains(name))
                foreach (var (innerKey, _) in mapping.Children) lines[name + "." + Scalar(innerKey)] = Line(innerKey);
        }
        return lines;
    }
}
