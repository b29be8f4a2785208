namespace UssdGateway.Tests.Faults;

/// <summary>An inbound SMS as Africa's Talking posts it, with a unique provider message id.</summary>
internal static class InboundSmsPost
{
    public const string Path = "/webhooks/africastalking/sms";

    public static readonly IReadOnlyDictionary<string, string?> AfricasTalkingSettings = new Dictionary<string, string?>
    {
        ["Sms:AfricasTalking:Username"] = "renapess",
        ["Sms:AfricasTalking:ApiKey"] = "at-key-faults",
    };

    public static FormUrlEncodedContent Form(string from, string id) => new(new Dictionary<string, string>
    {
        ["from"] = from,
        ["to"] = "36123",
        ["text"] = "AIDE",
        ["date"] = "2026-11-29 10:00:00",
        ["id"] = id,
        ["linkId"] = "",
    });
}
