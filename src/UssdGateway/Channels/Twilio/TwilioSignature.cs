using Twilio.Security;
using UssdGateway.Infrastructure.Sms;

namespace UssdGateway.Channels.Twilio;

/// <summary>
/// <c>X-Twilio-Signature</c> checked by the Twilio SDK's <see cref="RequestValidator"/> against <c>Sms:Twilio:AuthToken</c>,
/// over the URL as Twilio called it: scheme, host, path and query of this request, or, when
/// <c>Sms:Twilio:TrustForwardedHeaders</c> is on, the scheme and host from <c>X-Forwarded-Proto</c>/<c>X-Forwarded-Host</c>.
/// </summary>
public static class TwilioSignature
{
    public const string Header = "X-Twilio-Signature";

    public static bool IsValid(HttpRequest http, IFormCollection form, TwilioSmsOptions options)
    {
        if (!options.CanVerifyWebhooks) return false;
        var signature = http.Headers[Header].ToString();
        if (string.IsNullOrWhiteSpace(signature)) return false;
        var parameters = form.ToDictionary(f => f.Key, f => f.Value.ToString(), StringComparer.Ordinal);
        return new RequestValidator(options.AuthToken).Validate(PublicUrl(http, options), parameters, signature);
    }

    /// <summary>The URL Twilio signed.</summary>
    public static string PublicUrl(HttpRequest http, TwilioSmsOptions options)
    {
        var scheme = http.Scheme;
        var host = http.Host.Value ?? "";
        if (options.TrustForwardedHeaders)
        {
            if (First(http.Headers["X-Forwarded-Proto"].ToString()) is { Length: > 0 } proto) scheme = proto;
            if (First(http.Headers["X-Forwarded-Host"].ToString()) is { Length: > 0 } forwardedHost) host = forwardedHost;
        }
        return $"{scheme}://{host}{http.PathBase}{http.Path}{http.QueryString}";
    }

    /// <summary>The client-most value of a comma-separated forwarded header.</summary>
    private static string First(string header) => header.Split(',')[0].Trim();
}
