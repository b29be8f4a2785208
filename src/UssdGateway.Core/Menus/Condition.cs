namespace UssdGateway.Core.Menus;

/// <summary>
/// A <c>when</c> condition on a menu option, written for staff: <c>registered</c>, <c>not registered</c>,
/// <c>language == bm</c>, <c>sector != food</c>. A bare name is true when the variable is set and not
/// <c>false</c>/<c>0</c>/<c>no</c>.
/// </summary>
public sealed class Condition
{
    private readonly string _variable;
    private readonly string? _value;
    private readonly bool _negate;

    private Condition(string source, string variable, string? value, bool negate)
    {
        Source = source;
        _variable = variable;
        _value = value;
        _negate = negate;
    }

    public string Source { get; }

    public string Variable => _variable;

    public bool Evaluate(IReadOnlyDictionary<string, string> vars)
    {
        vars.TryGetValue(_variable, out var actual);
        bool result = _value is null
            ? !string.IsNullOrEmpty(actual) && actual is not ("false" or "0" or "no")
            : string.Equals(actual ?? "", _value, StringComparison.Ordinal);
        return result != _negate;
    }

    /// <summary>Parses a condition; null with <paramref name="error"/> set when it cannot be read.</summary>
    public static Condition? TryParse(string source, out string? error)
    {
        error = null;
        var text = source.Trim();
        foreach (var (op, negate) in new[] { ("!=", true), ("==", false) })
        {
            var at = text.IndexOf(op, StringComparison.Ordinal);
            if (at < 0) continue;
            var name = text[..at].Trim();
            var value = text[(at + op.Length)..].Trim().Trim('"', '\'');
            if (!IsName(name)) break;
            return new Condition(source, name, value, negate);
        }
        var negated = text.StartsWith("not ", StringComparison.Ordinal);
        var variable = negated ? text[4..].Trim() : text;
        if (IsName(variable)) return new Condition(source, variable, null, negated);
        error = $"cannot read condition '{source}': write a variable name, 'not name', 'name == value' or 'name != value'";
        return null;
    }

    private static bool IsName(string s) =>
        s.Length > 0 && (char.IsAsciiLetter(s[0]) || s[0] == '_') && s.All(c => char.IsAsciiLetterOrDigit(c) || c == '_');

    public override string ToString() => Source;
}
