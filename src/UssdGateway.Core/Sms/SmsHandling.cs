namespace UssdGateway.Core.Sms;

/// <summary>What processing did with an inbound SMS: processed (a reply queued, a change made) or ignored, and what, in a few words.</summary>
public sealed record SmsHandling(bool Processed, string Outcome)
{
    public static SmsHandling Done(string outcome) => new(true, outcome);

    public static SmsHandling Ignored(string outcome) => new(false, outcome);
}
