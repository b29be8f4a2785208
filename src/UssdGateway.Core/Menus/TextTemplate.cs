using System.Text;
using System.Text.RegularExpressions;

namespace UssdGateway.Core.Menus;

/// <summary>
/// A text with <c>{variable}</c> holes, parsed once at load. Variables are filled from session data
/// and action results; a variable without a value renders as nothing.
/// </summary>
public sealed partial class TextTemplate
{
    private readonly string[] _literals; // literals[i] precedes variables[i]; one more literal than variables
    private readonly string[] _variables;

    private TextTemplate(string source, string[] literals, string[] variables)
    {
        Source = source;
        _literals = literals;
        _variables = variables;
    }

    public string Source { get; }

    public IReadOnlyList<string> Variables => _variables;

    public bool IsStatic => _variables.Length == 0;

    /// <summary>The text with every variable removed: the part whose size is known at load time.</summary>
    public string StaticPart => string.Concat(_literals);

    public static TextTemplate Parse(string source)
    {
        var literals = new List<string>();
        var variables = new List<string>();
        var last = 0;
        foreach (Match match in VariablePattern().Matches(source))
        {
            literals.Add(source[last..match.Index]);
            variables.Add(match.Groups[1].Value);
            last = match.Index + match.Length;
        }
        literals.Add(source[last..]);
        return new TextTemplate(source, [.. literals], [.. variables]);
    }

    public string Render(IReadOnlyDictionary<string, string> values)
    {
        if (_variables.Length == 0) return _literals[0];
        var builder = new StringBuilder(Source.Length + 16);
        for (var i = 0; i < _variables.Length; i++)
        {
            builder.Append(_literals[i]);
            if (values.TryGetValue(_variables[i], out var value)) builder.Append(value);
        }
        builder.Append(_literals[^1]);
        return builder.ToString();
    }

    public override string ToString() => Source;

    [GeneratedRegex(@"\{([A-Za-z_][A-Za-z0-9_]*)\}")]
    private static partial Regex VariablePattern();
}
