using PhoneNumbers;

namespace UssdGateway.Core.Phones;

/// <summary>
/// Phone numbers as logs may show them: the country code and two digits, four stars, the last two digits
/// (<c>+22376123456</c> → <c>+22376****56</c>). Anything that is not an E.164 number keeps at most its first and last
/// two characters. The number of stars never says how long the number was.
/// </summary>
public static class PhoneMask
{
    private const string Stars = "****";
    private static readonly PhoneNumberUtil Util = PhoneNumberUtil.GetInstance();

    public static string Mask(string? phone)
    {
        if (string.IsNullOrEmpty(phone)) return "";
        if (phone.Length > 1 && phone[0] == '+' && phone.AsSpan(1).ContainsAnyExceptInRange('0', '9') is false)
        {
            var head = 1 + CountryCodeLength(phone) + 2;
            return phone.Length - head >= 4 ? phone[..head] + Stars + phone[^2..] : Stars + phone[^Math.Min(2, phone.Length - 1)..];
        }
        return phone.Length >= 8 ? phone[..2] + Stars + phone[^2..] : Stars;
    }

    /// <summary>1 to 3 digits; 3 when the number does not parse (most of Africa's codes are 3 digits).</summary>
    private static int CountryCodeLength(string e164)
    {
        try
        {
            var code = Util.Parse(e164, null).CountryCode;
            return code > 0 ? code.ToString(System.Globalization.CultureInfo.InvariantCulture).Length : 3;
        }
        catch (NumberParseException)
        {
            return 3;
        }
    }
}
