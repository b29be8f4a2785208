namespace UssdGateway.Core.Programme;

/// <summary>What erasure writes in place of a person's data: neutral, non-routable, unique where the schema needs it.</summary>
public static class PrivacyErasure
{
    /// <summary>The name shown in place of an erased person's.</summary>
    public const string NameMarker = "Personne supprimée";

    /// <summary>The text kept in place of an erased number's SMS.</summary>
    public const string TextMarker = "[effacé]";

    /// <summary>The failure reason of an SMS still queued to an erased number.</summary>
    public const string OutboxReason = "erased";

    /// <summary>The longest refusal reason kept.</summary>
    public const int MaxReasonLength = 500;

    /// <summary>
    /// The number written in place of an erased beneficiary's: "+0…" is no E.164 number (no country code starts
    /// with 0), so nothing can be sent to it; unique per beneficiary.
    /// </summary>
    public static string BeneficiaryPlaceholder(long beneficiaryId) =>
        "+01" + beneficiaryId.ToString("D12", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The number written in place of an erased number in SMS, requests and logs (one per request).</summary>
    public static string NumberPlaceholder(long requestId) =>
        "+02" + requestId.ToString("D12", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>True for a number written by erasure.</summary>
    public static bool IsPlaceholder(string? phone) => phone is not null && phone.StartsWith("+0", StringComparison.Ordinal);

    /// <summary>
    /// The birth year kept for an erased person: the start of their age band as of <paramref name="today"/>
    /// (the band stays right, the exact year is gone); a year not given stays not given.
    /// </summary>
    public static int CoarseBirthYear(int birthYear, DateOnly today) => AgeBands.Of(birthYear, today) switch
    {
        AgeBands.NotGiven => birthYear,
        AgeBands.Under15 => today.Year - 14,
        "15-19" => today.Year - 15,
        "20-24" => today.Year - 20,
        "25-29" => today.Year - 25,
        "30-35" => today.Year - 30,
        _ => today.Year - 36,
    };
}
