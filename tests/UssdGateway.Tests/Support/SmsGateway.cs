using System.Security.Cryptography;
using System.Text;

namespace UssdGateway.Tests.Support;

/// <summary>
/// A web host with both SMS providers configured (Africa's Talking aimed at a closed local port, so nothing leaves the
/// machine) and no job server (neither the dispatcher nor the inbox processor runs): the webhook tests look at what was stored, not at what was sent or answered.
/// </summary>
public sealed class SmsGateway : IDisposable
{
    public const string TwilioAuthToken = "test-auth-token-0123456789abcdef";

    public SmsGateway() => Factory = Create();

    public GatewayFactory Factory { get; }

    public static GatewayFactory Create(IDictionary<string, string?>? overrides = null, Action<Microsoft.Extensions.DependencyInjection.IServiceCollection>? services = null)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Sms:AfricasTalking:Username"] = "sandbox",
            ["Sms:AfricasTalking:ApiKey"] = "at-test-key",
            ["Sms:AfricasTalking:BaseUrl"] = "http://127.0.0.1:9",
            ["Sms:Twilio:AccountSid"] = "AC00000000000000000000000000000000",
            ["Sms:Twilio:AuthToken"] = TwilioAuthToken,
            ["Sms:Twilio:From"] = "+15005550006",
            ["Jobs:RunServer"] = "false",
        };
        foreach (var (key, value) in overrides ?? new Dictionary<string, string?>()) settings[key] = value;
        return new GatewayFactory { Settings = settings, ConfigureTestServices = services };
    }

    /// <summary>
    /// Twilio's signature, computed here from its documented recipe (not with the SDK under test): Base64(HMAC-SHA1(token,
    /// URL + every POST parameter's name and value, sorted by name)).
    /// </summary>
    public static string TwilioSignature(string url, string rawFormBody, string authToken = TwilioAuthToken)
    {
        var parameters = rawFormBody.Length == 0
            ? []
            : rawFormBody.Split('&').Select(p => p.Split('=', 2)).Select(p => (Name: Decode(p[0]), Value: p.Length > 1 ? Decode(p[1]) : ""));
        var data = new StringBuilder(url);
        foreach (var (name, value) in parameters.OrderBy(p => p.Name, StringComparer.Ordinal)) data.Append(name).Append(value);
        return Convert.ToBase64String(HMACSHA1.HashData(Encoding.UTF8.GetBytes(authToken), Encoding.UTF8.GetBytes(data.ToString())));
    }

    private static string Decode(string text) => Uri.UnescapeDataString(text.Replace('+', ' '));

    public void Dispose() => Factory.Dispose();
}
