namespace UssdGateway.Infrastructure.Sms;

/// <summary><c>Sms:AfricasTalking</c>: the application's user name and API key, the sender id, and the API base.</summary>
public sealed class AfricasTalkingSmsOptions
{
    public const string LiveBaseUrl = "https://api.africastalking.com";

    public string? Username { get; set; }

    public string? ApiKey { get; set; }

    /// <summary>Sender id or short code; omitted on a shared short code.</summary>
    public string? From { get; set; }

    /// <summary><c>https://api.africastalking.com</c> (the default) or the sandbox, or an aggregator with the same shape.</summary>
    public string? BaseUrl { get; set; }

    /// <summary>How long one send may take; past it the message is <c>unknown</c> (it may have been sent), never resent blindly.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Configured enough to send, and for its webhooks to be accepted.</summary>
    public bool IsConfigured => !string.IsNullOrWhiteSpace(Username) && !string.IsNullOrWhiteSpace(ApiKey);
}
