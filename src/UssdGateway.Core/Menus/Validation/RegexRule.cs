using System.Text.RegularExpressions;

namespace UssdGateway.Core.Menus.Validation;

/// <summary><c>regex</c>: the whole answer must match (bounded in time).</summary>
public sealed class RegexRule(Regex regex) : IInputRule
{
    public string Name => "regex";

    public Regex Pattern { get; } = regex;

    public bool TryAccept(string value, InputRuleContext context, out string normalised)
    {
        normalised = value;
        try
        {
            return Pattern.IsMatch(value);
        }
        catch (RegexMatchTimeoutException)
        {
            return false;
        }
    }
}
