namespace UssdGateway.Infrastructure.Sms;

/// <summary><c>Sms:Twilio</c>: the account, the sender number, and the API base (the SDK's own host when empty).</summary>
public sealed class TwilioSmsOptions
{
    public string? AccountSid { get; set; }

    /// <summary>Signs webhooks and authenticates sends. Without it Twilio's webhooks answer 403 and nothing is sent through Twilio.</summary>
    public string? AuthToken { get; set; }

    /// <summary>The sender number (E.164) or messaging service.</summary>
    public string? From { get; set; }

    /// <summary>Where the SDK's requests go instead of <c>https://api.twilio.com</c> (a proxy, or a local fake in tests).</summary>
    public string? BaseUrl { get; set; }

    /// <summary>Rebuild the URL Twilio signed from <c>X-Forwarded-Proto</c>/<c>X-Forwarded-Host</c> (only behind a proxy you run).</summary>
    public bool TrustForwardedHeaders { get; set; }

    /// <summary>How long one send may take; past it the message is <c>unknown</c> (it may have been sent), never resent blindly.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);

    public bool CanVerifyWebhooks => !string.IsNullOrWhiteSpace(AuthToken);

    public bool CanSend => !string.IsNullOrWhiteSpace(AccountSid) && !string.IsNullOrWhiteSpace(AuthToken) && !string.IsNullOrWhiteSpace(From);
}
