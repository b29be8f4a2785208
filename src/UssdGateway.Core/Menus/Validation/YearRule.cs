using System.Globalization;

namespace UssdGateway.Core.Menus.Validation;

/// <summary><c>year: { min_age, max_age }</c>: a four-digit year of birth giving an age in range this year.</summary>
public sealed class YearRule(int? minAge, int? maxAge) : IInputRule
{
    public int? MinAge { get; } = minAge;
    public int? MaxAge { get; } = maxAge;

    public string Name => "year";

    public bool TryAccept(string value, InputRuleContext context, out string normalised)
    {
        normalised = value;
        if (value.Length != 4 || !value.All(char.IsAsciiDigit)) return false;
        var year = int.Parse(value, NumberStyles.None, CultureInfo.InvariantCulture);
        var age = context.CurrentYear - year;
        if (age < (MinAge ?? 0) || age > (MaxAge ?? 120)) return false;
        normalised = year.ToString(CultureInfo.InvariantCulture);
        return true;
    }
}
