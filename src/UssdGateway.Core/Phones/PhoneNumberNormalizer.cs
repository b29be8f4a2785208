using PhoneNumbers;

namespace UssdGateway.Core.Phones;

/// <summary>Phone numbers normalised to E.164 with libphonenumber, Mali (ML) as the default region.</summary>
public static class PhoneNumberNormalizer
{
    public const string DefaultRegion = "ML";
    private static readonly PhoneNumberUtil Util = PhoneNumberUtil.GetInstance();

    /// <summary>Any valid number, written locally ("76 12 34 56") or internationally; E.164 out.</summary>
    public static bool TryNormalize(string? input, out string e164) => TryNormalize(input, DefaultRegion, requireRegion: false, out e164);

    /// <summary>Only a valid Malian mobile or fixed number (+223 and 8 digits).</summary>
    public static bool TryNormalizeMali(string? input, out string e164) => TryNormalize(input, DefaultRegion, requireRegion: true, out e164);

    private static bool TryNormalize(string? input, string region, bool requireRegion, out string e164)
    {
        e164 = "";
        if (string.IsNullOrWhiteSpace(input) || input.Length > 32) return false;
        try
        {
            var number = Util.Parse(input, region);
            if (!Util.IsValidNumber(number)) return false;
            if (requireRegion && Util.GetRegionCodeForNumber(number) != region) return false;
            e164 = Util.Format(number, PhoneNumberFormat.E164);
            return true;
        }
        catch (NumberParseException)
        {
            return false;
        }
    }
}
