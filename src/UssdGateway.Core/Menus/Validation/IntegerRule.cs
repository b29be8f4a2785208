using System.Globalization;

namespace UssdGateway.Core.Menus.Validation;

/// <summary><c>integer: { min, max }</c>: a whole number; spaces between digits ("150 000") are allowed and removed.</summary>
public sealed class IntegerRule(long? min, long? max) : IInputRule
{
    public long? Min { get; } = min;
    public long? Max { get; } = max;

    public string Name => "integer";

    public bool TryAccept(string value, InputRuleContext context, out string normalised)
    {
        normalised = value;
        var digits = value.Replace(" ", "", StringComparison.Ordinal).Replace(".", "", StringComparison.Ordinal);
        if (digits.Length is 0 or > 18 || !digits.All(char.IsAsciiDigit)) return false;
        var number = long.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture);
        if ((Min is not null && number < Min) || (Max is not null && number > Max)) return false;
        normalised = number.ToString(CultureInfo.InvariantCulture);
        return true;
    }
}
