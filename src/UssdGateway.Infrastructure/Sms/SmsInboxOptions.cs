namespace UssdGateway.Infrastructure.Sms;

/// <summary><c>Sms:Inbox</c>: how stored inbound SMS are processed (keywords, replies) off the webhook request.</summary>
public sealed class SmsInboxOptions
{
    public int BatchSize { get; set; } = 50;
}
