using System.Globalization;
using System.Text;

namespace UssdGateway.Core.Programme;

/// <summary>
/// Amounts in franc CFA (XOF): whole numbers, never fractions. Every amount the programme stores is checked here:
/// from 0 (or 1 where zero makes no sense) to <see cref="Max"/>, one billion francs, far above anything a youth
/// enterprise reports or borrows; a larger figure is a typing slip.
/// </summary>
public static class Xof
{
    /// <summary>The largest amount accepted anywhere: 1 000 000 000 FCFA.</summary>
    public const long Max = 1_000_000_000;

    /// <summary>Whether <paramref name="amount"/> is an acceptable amount.</summary>
    public static bool IsValid(long amount, bool allowZero) => amount >= (allowZero ? 0 : 1) && amount <= Max;

    /// <summary>Throws a clear <see cref="ArgumentOutOfRangeException"/> unless the amount is acceptable.</summary>
    public static void Validate(long amount, string paramName, bool allowZero)
    {
        if (IsValid(amount, allowZero)) return;
        var lowest = allowZero ? "0" : "1";
        throw new ArgumentOutOfRangeException(paramName, amount,
            $"An amount must be a whole number of FCFA from {lowest} to {Format(Max)}; {amount.ToString(CultureInfo.InvariantCulture)} is refused.");
    }

    /// <summary>
    /// Reads an amount typed on a keypad: digits, optionally grouped by spaces or dots (<c>150 000</c>, <c>150.000</c>),
    /// optionally followed by <c>F</c>, <c>FCFA</c> or <c>XOF</c>. False for anything else (letters, a sign, decimals)
    /// and for amounts above <see cref="Max"/>.
    /// </summary>
    public static bool TryParse(string? text, out long amount)
    {
        amount = 0;
        if (string.IsNullOrWhiteSpace(text)) return false;
        var trimmed = text.Trim();
        foreach (var suffix in new[] { "FCFA", "XOF", "F" })
        {
            if (trimmed.EndsWith(suffix, StringComparison.OrdinalIgnoreCase))
            {
                trimmed = trimmed[..^suffix.Length].TrimEnd();
                break;
            }
        }
        var digits = new StringBuilder(trimmed.Length);
        foreach (var c in trimmed)
        {
            if (c is >= '0' and <= '9') digits.Append(c);
            else if (c is not (' ' or '.' or '\u00A0' or '\u202F')) return false;
        }
        if (digits.Length is 0 or > 10) return false;
        var value = long.Parse(digits.ToString(), NumberStyles.None, CultureInfo.InvariantCulture);
        if (value > Max) return false;
        amount = value;
        return true;
    }

    /// <summary>As written in Mali: <c>150 000 FCFA</c> (space between thousands, no decimals).</summary>
    public static string Format(long amount)
    {
        var digits = Math.Abs(amount).ToString(CultureInfo.InvariantCulture);
        var builder = new StringBuilder();
        for (var i = 0; i < digits.Length; i++)
        {
            if (i > 0 && (digits.Length - i) % 3 == 0) builder.Append(' ');
            builder.Append(digits[i]);
        }
        return (amount < 0 ? "-" : "") + builder + " FCFA";
    }
}
