using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Options;
using Twilio.Clients;
using Twilio.Exceptions;
using Twilio.Rest.Api.V2010.Account;
using Twilio.Types;
using UssdGateway.Core.Sms;

namespace UssdGateway.Infrastructure.Sms;

/// <summary>
/// Twilio through its SDK (<see cref="MessageResource"/>), on a typed <see cref="System.Net.Http.HttpClient"/>; the base URL
/// rewritten to <c>Sms:Twilio:BaseUrl</c> when set. Errors: 5xx, 429, 20429 and 63018 retryable; other API errors
/// (21211, 21614, 21610...) permanent, 21610 flagged as the recipient's opt-out; a connection never opened retryable; a timeout or cut answer unknown.
/// </summary>
public sealed class TwilioSmsSender(System.Net.Http.HttpClient http, IOptions<SmsOptions> options) : ISmsSender
{
    public const string Name = "twilio";

    /// <summary>Twilio's error for a recipient who replied STOP to the sending number: recorded as an opt-out.</summary>
    public const int OptedOutCode = 21610;

    private TwilioSmsOptions Options => options.Value.Twilio;

    public string Provider => Name;

    public bool IsConfigured => Options.CanSend;

    public async Task<SmsSendResult> SendAsync(string recipientE164, string text, CancellationToken cancellationToken = default)
    {
        var settings = Options;
        if (!settings.CanSend) return SmsSendResult.Retryable("Twilio is not configured (Sms:Twilio:AccountSid, AuthToken and From)");

        Twilio.Http.HttpClient client = string.IsNullOrWhiteSpace(settings.BaseUrl)
            ? new Twilio.Http.SystemNetHttpClient(http)
            : new TwilioBaseUrlHttpClient(http, new Uri(settings.BaseUrl.TrimEnd('/') + "/"));
        var rest = new TwilioRestClient(settings.AccountSid, settings.AuthToken, httpClient: client);
        try
        {
            var message = await MessageResource.CreateAsync(
                to: new PhoneNumber(recipientE164), from: new PhoneNumber(settings.From), body: text, client: rest).WaitAsync(cancellationToken).ConfigureAwait(false);
            return SmsSendResult.Accepted(message.Sid);
        }
        catch (ApiConnectionException e) when (NeverConnected(e))
        {
            return SmsSendResult.Retryable("not sent: " + e.Message);
        }
        catch (ApiConnectionException e)
        {
            return SmsSendResult.Unknown("may have been sent: " + e.Message);
        }
        catch (ApiException e)
        {
            var reason = $"Twilio error {e.Code} (HTTP {e.Status}): {e.Message}";
            var code = e.Code.ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (e.Code == OptedOutCode) return SmsSendResult.Permanent(reason) with { RecipientOptedOut = true, ErrorCode = code };
            return (e.Status >= 500 || e.Status == (int)HttpStatusCode.TooManyRequests || e.Code is 20429 or 63018
                ? SmsSendResult.Retryable(reason)
                : SmsSendResult.Permanent(reason)) with { ErrorCode = code };
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return SmsSendResult.Unknown("no answer in time: may have been sent");
        }
    }

    private static bool NeverConnected(Exception e)
    {
        for (var inner = e.InnerException; inner is not null; inner = inner.InnerException)
        {
            if (inner is HttpRequestException { HttpRequestError: HttpRequestError.ConnectionError or HttpRequestError.NameResolutionError }) return true;
            if (inner is SocketException { SocketErrorCode: SocketError.ConnectionRefused }) return true;
        }
        return false;
    }
}
