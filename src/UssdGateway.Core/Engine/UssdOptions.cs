using UssdGateway.Core.Text;

namespace UssdGateway.Core.Engine;

/// <summary>Settings of the USSD engine (configuration section <c>Ussd</c>).</summary>
public sealed class UssdOptions
{
    public const string SectionName = "Ussd";

    /// <summary>Septets a GSM-7 screen may hold (182 at most; 160 is the safe target).</summary>
    public int Gsm7Budget { get; set; } = ScreenBudget.DefaultGsm7;

    /// <summary>Characters a UCS-2 screen may hold.</summary>
    public int Ucs2Budget { get; set; } = ScreenBudget.DefaultUcs2;

    /// <summary>How long a session lives after its last hop.</summary>
    public int SessionTtlSeconds { get; set; } = 180;

    /// <summary>How long a dropped session can be resumed by the same number (independent of the session TTL).</summary>
    public int ResumeTtlSeconds { get; set; } = 300;

    /// <summary>A hop that takes longer is answered with a polite END (operators cut at 10-15 s).</summary>
    public int HopTimeoutMilliseconds { get; set; } = 5000;

    /// <summary>Most screens remembered for the back key.</summary>
    public int MaxHistory { get; set; } = 20;

    public ScreenBudget Budget => new(Gsm7Budget, Ucs2Budget);

    /// <summary>Problems with the values, empty when valid.</summary>
    public IEnumerable<string> Validate()
    {
        if (Gsm7Budget is < 40 or > ScreenBudget.MaxGsm7) yield return $"Ussd:Gsm7Budget must be between 40 and {ScreenBudget.MaxGsm7}";
        if (Ucs2Budget is < 20 or > 91) yield return "Ussd:Ucs2Budget must be between 20 and 91";
        if (SessionTtlSeconds is < 10 or > 3600) yield return "Ussd:SessionTtlSeconds must be between 10 and 3600";
        if (ResumeTtlSeconds is < 0 or > 86400) yield return "Ussd:ResumeTtlSeconds must be between 0 and 86400";
        if (HopTimeoutMilliseconds is < 100 or > 15000) yield return "Ussd:HopTimeoutMilliseconds must be between 100 and 15000";
    }
}
