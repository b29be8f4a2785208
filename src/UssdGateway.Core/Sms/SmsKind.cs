namespace UssdGateway.Core.Sms;

/// <summary>Whether an outgoing SMS may be sent to a number that opted out (STOP, Twilio 21610).</summary>
public enum SmsKind
{
    /// <summary>
    /// Reminders, notices, broadcasts: the outbox records one for an opted-out number as <c>failed</c> with reason
    /// <c>opted out</c> and never sends it. The default: forgetting to choose can only send less.
    /// </summary>
    NonEssential,

    /// <summary>A reply to the person, or the confirmation of their own action (registration, booking, sales report): always sent.</summary>
    Essential,
}
