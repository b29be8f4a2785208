using System.Globalization;
using YamlDotNet.RepresentationModel;

namespace UssdGateway.Core.Sms.Keywords;

/// <summary>
/// The keyword table staff edit in <c>sms.yaml</c>:
/// <code>
/// keywords:
///   sales:                     # a command: help, stop, start, sales, correct, register, balance
///     fr: [VENTE, VENTES, V]   # its words per language (the file's languages); accents and case do not matter
///     bm: [FEERE, JAGO]
///   stop:
///     fr: [STOP, ARRET]
///     exact: [STOPALL, QUIT]   # words of no language, matched only as written (Twilio's opt-out words)
/// </code>
/// A word belongs to one command. One typing slip is forgiven in words of four letters or more, never in
/// <c>exact</c> words nor in Twilio's opt-out words wherever they are listed (a slip must not opt anyone out).
/// </summary>
public sealed class SmsKeywords
{
    /// <summary>Words under this many letters match only as written (<c>TOP</c> is not <c>STOP</c>).</summary>
    public const int MinSlipLength = 4;

    /// <summary>The field of words matched only as written.</summary>
    public const string ExactField = "exact";

    /// <summary>The command names of the file and what each asks for.</summary>
    public static readonly IReadOnlyDictionary<string, SmsCommandKind> Commands = new Dictionary<string, SmsCommandKind>(StringComparer.Ordinal)
    {
        ["help"] = SmsCommandKind.Help,
        ["stop"] = SmsCommandKind.Stop,
        ["start"] = SmsCommandKind.Start,
        ["sales"] = SmsCommandKind.Sales,
        ["correct"] = SmsCommandKind.Correct,
        ["register"] = SmsCommandKind.Register,
        ["balance"] = SmsCommandKind.Balance,
    };

    /// <summary>Twilio's own opt-out and opt-in words: never matched with a slip, wherever the file lists them.</summary>
    public static readonly IReadOnlySet<string> TwilioWords = new HashSet<string>(StringComparer.Ordinal)
    {
        "STOPALL", "UNSUBSCRIBE", "CANCEL", "END", "QUIT", "REVOKE", "OPTOUT", "UNSTOP",
    };

    private readonly Dictionary<string, SmsKeyword> _exact;
    private readonly List<SmsKeyword> _slips;

    private SmsKeywords(IReadOnlyList<SmsKeyword> words)
    {
        Words = words;
        _exact = new Dictionary<string, SmsKeyword>(StringComparer.Ordinal);
        foreach (var word in words) _exact.TryAdd(word.Word, word);
        _slips = [.. words.Where(w => w.Slips)];
    }

    /// <summary>An empty table: every message is <see cref="SmsCommandKind.Unknown"/>.</summary>
    public static SmsKeywords Empty { get; } = new([]);

    public IReadOnlyList<SmsKeyword> Words { get; }

    /// <summary>The keyword a normalized word is (as written first, else with one slip), or null.</summary>
    public SmsKeyword? Match(string word)
    {
        if (_exact.TryGetValue(word, out var exact)) return exact;
        if (word.Length < MinSlipLength) return null;
        foreach (var keyword in _slips)
            if (SmsKeywordRouter.Distance(keyword.Word, word) <= 1) return keyword;
        return null;
    }

    /// <summary>
    /// Reads the <c>keywords:</c> node (null: an empty table). Problems go to <paramref name="problems"/>; the words
    /// that could be read are kept.
    /// </summary>
    public static SmsKeywords Read(YamlNode? node, IReadOnlyCollection<string> languages, ICollection<SmsKeywordProblem> problems)
    {
        ArgumentNullException.ThrowIfNull(languages);
        ArgumentNullException.ThrowIfNull(problems);
        if (node is null) return Empty;
        if (node is not YamlMappingNode commands)
        {
            problems.Add(new(Line(node), null, "keywords", "must map each command to its words, e.g. sales: { fr: [VENTE], bm: [FEERE] }"));
            return Empty;
        }

        var words = new List<SmsKeyword>();
        var owners = new Dictionary<string, SmsKeyword>(StringComparer.Ordinal);
        foreach (var (nameNode, listsNode) in commands.Children)
        {
            var name = Scalar(nameNode);
            if (!Commands.TryGetValue(name, out var kind))
            {
                problems.Add(new(Line(nameNode), name, "keywords",
                    $"unknown command '{name}'; expected one of: {string.Join(", ", Commands.Keys)}"));
                continue;
            }
            if (listsNode is not YamlMappingNode lists)
            {
                problems.Add(new(Line(listsNode), name, "keywords", "write the words per language, e.g. { fr: [VENTE], bm: [FEERE] }"));
                continue;
            }
            var count = 0;
            foreach (var (fieldNode, wordsNode) in lists.Children)
            {
                var field = Scalar(fieldNode);
                if (field == "review") continue;
                var exact = field == ExactField;
                if (!exact && !languages.Contains(field))
                {
                    problems.Add(new(Line(fieldNode), name, field,
                        $"'{field}' is neither one of the file's languages ({string.Join(", ", languages)}) nor '{ExactField}'"));
                    continue;
                }
                if (wordsNode is not YamlSequenceNode list)
                {
                    problems.Add(new(Line(wordsNode), name, field, "must be a list of words, e.g. [VENTE, V]"));
                    continue;
                }
                foreach (var wordNode in list)
                {
                    var written = Scalar(wordNode);
                    var word = SmsKeywordRouter.Normalize(written);
                    if (word.Length == 0 || !word.All(char.IsAsciiLetterOrDigit))
                    {
                        problems.Add(new(Line(wordNode), name, field, $"'{written}' is not one word of letters and digits"));
                        continue;
                    }
                    if (owners.TryGetValue(word, out var owner))
                    {
                        if (owner.Kind != kind)
                        {
                            problems.Add(new(Line(wordNode), name, field,
                                $"'{written}' is already a word of {NameOf(owner.Kind)} (line {owner.Line.ToString(CultureInfo.InvariantCulture)}): a word names one command"));
                        }
                        continue; // the same word twice for one command (ARRET, ARRÊT) is harmless
                    }
                    var keyword = new SmsKeyword(word, kind, exact ? null : field,
                        !exact && word.Length >= MinSlipLength && !TwilioWords.Contains(word), Line(wordNode));
                    owners[word] = keyword;
                    words.Add(keyword);
                    count++;
                }
            }
            if (count == 0 && lists.Children.Count > 0 && !problems.Any(p => p.Command == name))
                problems.Add(new(Line(lists), name, "keywords", "no word: the command could never be sent"));
        }

        var slips = words.Where(w => w.Slips).ToList();
        for (var i = 0; i < slips.Count; i++)
        {
            for (var j = i + 1; j < slips.Count; j++)
            {
                if (slips[i].Kind == slips[j].Kind || SmsKeywordRouter.Distance(slips[i].Word, slips[j].Word) > 1) continue;
                problems.Add(new(slips[j].Line, NameOf(slips[j].Kind), "keywords",
                    $"'{slips[j].Word}' and '{slips[i].Word}' ({NameOf(slips[i].Kind)}, line {slips[i].Line.ToString(CultureInfo.InvariantCulture)}) "
                    + "differ by one typing slip: a slip of one would read as the other"));
            }
        }
        return new SmsKeywords(words);
    }

    /// <summary>The file's name of a command (<c>sales</c>).</summary>
    public static string NameOf(SmsCommandKind kind) => Commands.First(c => c.Value == kind).Key;

    private static int Line(YamlNode node) => (int)node.Start.Line;

    private static string Scalar(YamlNode node) => (node as YamlScalarNode)?.Value ?? "";
}
