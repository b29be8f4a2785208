namespace UssdGateway.Core.Sms;

/// <summary>
/// What processing did with an inbound SMS: processed (a reply queued, a change made) or ignored, and what, in a few words.
/// <see cref="RedactedText"/>, when set, replaces the stored text once processed (a PIN masked).
/// </summary>
public sealed record SmsHandling(bool Processed, string Outcome, string? RedactedText = null)
{
    public static SmsHandling Done(string outcome) => new(true, outcome);

    public static SmsHandling Ignored(string outcome) => new(false, outcome);
}
