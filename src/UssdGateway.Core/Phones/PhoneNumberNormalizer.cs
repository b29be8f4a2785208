using System.Collections.Concurrent;
using PhoneNumbers;

namespace UssdGateway.Core.Phones;

/// <summary>Phone numbers normalised to E.164 with libphonenumber, Mali (ML) as the default region.</summary>
public static class PhoneNumberNormalizer
{
    public const string DefaultRegion = "ML";
    private const int CacheLimit = 50_000;
    private static readonly PhoneNumberUtil Util = PhoneNumberUtil.GetInstance();

    // libphonenumber is exact but not cheap (tens of µs); a caller's number comes back on every hop of a session.
    private static readonly ConcurrentDictionary<string, string> AnyCache = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<string, string> MaliCache = new(StringComparer.Ordinal);

    /// <summary>Any valid number, written locally ("76 12 34 56") or internationally; E.164 out.</summary>
    public static bool TryNormalize(string? input, out string e164) => Cached(AnyCache, input, requireRegion: false, out e164);

    /// <summary>Only a valid Malian mobile or fixed number (+223 and 8 digits).</summary>
    public static bool TryNormalizeMali(string? input, out string e164) => Cached(MaliCache, input, requireRegion: true, out e164);

    /// <summary>Remembers answers (valid or not, "" meaning invalid) for numbers seen recently; bounded.</summary>
    private static bool Cached(ConcurrentDictionary<string, string> cache, string? input, bool requireRegion, out string e164)
    {
        if (input is null || input.Length > 32) return TryNormalize(input, DefaultRegion, requireRegion, out e164);
        if (cache.TryGetValue(input, out var known))
        {
            e164 = known;
            return known.Length > 0;
        }
        var valid = TryNormalize(input, DefaultRegion, requireRegion, out e164);
        if (cache.Count >= CacheLimit) cache.Clear();
        cache[input] = e164;
        return valid;
    }

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
