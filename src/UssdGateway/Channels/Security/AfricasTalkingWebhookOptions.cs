namespace UssdGateway.Channels.Security;

/// <summary>
/// <c>Webhooks:AfricasTalking</c>: optional protection of Africa's Talking's callbacks, which are not signed.
/// Both are off by default.
/// </summary>
public sealed class AfricasTalkingWebhookOptions
{
    public const string SectionName = "Webhooks:AfricasTalking";

    /// <summary>When set, every Africa's Talking callback must carry <c>?token=</c> this value (configured in its callback URLs).</summary>
    public string? Token { get; set; }

    /// <summary>Addresses (<c>196.201.214.10</c>) or networks (<c>196.201.214.0/24</c>) allowed to call; empty: any.</summary>
    public List<string> AllowedIps { get; set; } = [];
}
