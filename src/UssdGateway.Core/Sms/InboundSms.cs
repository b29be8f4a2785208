namespace UssdGateway.Core.Sms;

/// <summary>
/// One SMS received from a provider, as it arrived. <see cref="FromE164"/> is the sender normalised to E.164, or null
/// when the number is not valid (the message is still stored, flagged, and not answered); likewise a message
/// <see cref="IgnoredBecause"/> something (a sender over its rate limit).
/// </summary>
public sealed record InboundSms(
    string Provider,
    string ProviderMessageId,
    string From,
    string? FromE164,
    string To,
    string Text,
    DateTimeOffset? SentAt,
    string? LinkId,
    DateTimeOffset ReceivedAt)
{
    /// <summary>When set, the message is stored <c>ignored</c> with this outcome (e.g. <c>rate limited</c>): kept, never answered.</summary>
    public string? IgnoredBecause { get; init; }
}
