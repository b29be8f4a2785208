namespace UssdGateway.Infrastructure.Sms;

/// <summary><c>Sms:Inbox</c>: how stored inbound SMS are processed (keywords, replies) off the webhook request.</summary>
public sealed class SmsInboxOptions
{
    /// <summary>Run the inbox processor in this process (off for a web-only instance).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>How often the inbox is looked at when nothing was stored here (other instances' messages).</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(5);

    public int BatchSize { get; set; } = 50;
}
