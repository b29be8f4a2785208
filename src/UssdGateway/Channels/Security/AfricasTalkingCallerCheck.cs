using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace UssdGateway.Channels.Security;

/// <summary>
/// Who may call the Africa's Talking webhooks: the <c>token</c> query parameter (compared in constant time) when
/// <c>Webhooks:AfricasTalking:Token</c> is set, and the remote address when <c>AllowedIps</c> is not empty. The remote
/// address is the connection's, or the client's from <c>X-Forwarded-For</c> only when forwarded headers are turned on
/// (<c>ASPNETCORE_FORWARDEDHEADERS_ENABLED=true</c>).
/// </summary>
public sealed class AfricasTalkingCallerCheck
{
    public const string TokenParameter = "token";

    private readonly byte[]? _tokenHash;
    private readonly IpAllowList _allowList;

    public AfricasTalkingCallerCheck(IOptions<AfricasTalkingWebhookOptions> options)
    {
        var value = options.Value;
        _tokenHash = string.IsNullOrEmpty(value.Token) ? null : Hash(value.Token);
        if (!IpAllowList.TryParse(value.AllowedIps, out _allowList, out var invalid))
            throw new OptionsValidationException(AfricasTalkingWebhookOptions.SectionName, typeof(AfricasTalkingWebhookOptions),
                [$"{AfricasTalkingWebhookOptions.SectionName}:AllowedIps: '{invalid}' is neither an IP address nor a CIDR network"]);
    }

    /// <summary>Null when the caller may go on, else the one-line reason for its 403.</summary>
    public string? Refusal(HttpContext context)
    {
        if (_tokenHash is not null)
        {
            var given = context.Request.Query[TokenParameter];
            if (given.Count != 1 || !CryptographicOperations.FixedTimeEquals(Hash(given[0] ?? ""), _tokenHash))
                return "missing or wrong token";
        }
        if (!_allowList.Allows(context.Connection.RemoteIpAddress)) return "caller address not allowed";
        return null;
    }

    /// <summary>Hashed first, so that the comparison takes the same time whatever the lengths.</summary>
    private static byte[] Hash(string text) => SHA256.HashData(Encoding.UTF8.GetBytes(text));
}
