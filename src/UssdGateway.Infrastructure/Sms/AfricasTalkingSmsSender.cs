using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Text.Json;
using Microsoft.Extensions.Options;
using UssdGateway.Core.Sms;

namespace UssdGateway.Infrastructure.Sms;

/// <summary>
/// Africa's Talking's REST API through a typed <see cref="HttpClient"/>: <c>POST {base}/version1/messaging</c> (form
/// <c>username</c>, <c>to</c>, <c>message</c>, <c>from</c>; headers <c>apiKey</c>, <c>Accept: application/json</c>).
/// The recipient is judged by its <c>statusCode</c> (100–102 accepted, 401–407 permanent, 500–502 retryable), even in a
/// 2xx body; a refusal carries that code as <see cref="SmsSendResult.ErrorCode"/> (<c>http_NNN</c> for an HTTP error). A connection that never opened is retryable; a request that may have arrived (timeout, cut answer) is unknown.
/// </summary>
public sealed class AfricasTalkingSmsSender(HttpClient http, IOptions<SmsOptions> options) : ISmsSender
{
    public const string Name = "africastalking";

    private AfricasTalkingSmsOptions Options => options.Value.AfricasTalking;

    public string Provider => Name;

    public bool IsConfigured => Options.IsConfigured;

    public async Task<SmsSendResult> SendAsync(string recipientE164, string text, CancellationToken cancellationToken = default)
    {
        var settings = Options;
        if (!settings.IsConfigured) return SmsSendResult.Retryable("Africa's Talking is not configured (Sms:AfricasTalking:Username and ApiKey)");

        var form = new List<KeyValuePair<string, string>>
        {
            new("username", settings.Username!),
            new("to", recipientE164),
            new("message", text),
        };
        if (!string.IsNullOrWhiteSpace(settings.From)) form.Add(new("from", settings.From));
        var baseUrl = (string.IsNullOrWhiteSpace(settings.BaseUrl) ? AfricasTalkingSmsOptions.LiveBaseUrl : settings.BaseUrl).TrimEnd('/');
        using var request = new HttpRequestMessage(HttpMethod.Post, baseUrl + "/version1/messaging") { Content = new FormUrlEncodedContent(form) };
        request.Headers.TryAddWithoutValidation("apiKey", settings.ApiKey);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(settings.Timeout);
        HttpResponseMessage response;
        string body;
        try
        {
            response = await http.SendAsync(request, timeout.Token).ConfigureAwait(false);
            body = await response.Content.ReadAsStringAsync(timeout.Token).ConfigureAwait(false);
        }
        catch (HttpRequestException e) when (e.HttpRequestError is HttpRequestError.ConnectionError or HttpRequestError.NameResolutionError
                                               || e.InnerException is SocketException { SocketErrorCode: SocketError.ConnectionRefused })
        {
            return SmsSendResult.Retryable("not sent: " + e.Message);
        }
        catch (HttpRequestException e)
        {
            return SmsSendResult.Unknown("may have been sent: " + e.Message);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested && !RequestLeftMarker.MayHaveLeft(request))
        {
            return SmsSendResult.Retryable($"not sent: no connection within {settings.Timeout.TotalSeconds.ToString(CultureInfo.InvariantCulture)} s");
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return SmsSendResult.Unknown($"no answer within {settings.Timeout.TotalSeconds.ToString(CultureInfo.InvariantCulture)} s: may have been sent");
        }

        using (response)
        {
            var status = (int)response.StatusCode;
            if (status >= 500 || response.StatusCode == HttpStatusCode.TooManyRequests)
                return SmsSendResult.Retryable($"HTTP {status}: {Clip(body)}") with { ErrorCode = "http_" + status.ToString(CultureInfo.InvariantCulture) };
            if (!response.IsSuccessStatusCode)
                return SmsSendResult.Permanent($"HTTP {status}: {Clip(body)}") with { ErrorCode = "http_" + status.ToString(CultureInfo.InvariantCulture) };
            return Judge(body);
        }
    }

    /// <summary>The single recipient's verdict from the JSON answer.</summary>
    internal static SmsSendResult Judge(string body)
    {
        try
        {
            using var json = JsonDocument.Parse(body);
            if (!json.RootElement.TryGetProperty("SMSMessageData", out var data)
                || !data.TryGetProperty("Recipients", out var recipients)
                || recipients.ValueKind != JsonValueKind.Array
                || recipients.GetArrayLength() == 0)
            {
                var message = data.ValueKind == JsonValueKind.Object && data.TryGetProperty("Message", out var m) ? m.GetString() : null;
                return SmsSendResult.Permanent("no recipient in the answer: " + (message ?? Clip(body)));
            }
            var recipient = recipients[0];
            var code = recipient.TryGetProperty("statusCode", out var c) && c.TryGetInt32(out var n) ? n : 0;
            var statusText = recipient.TryGetProperty("status", out var s) ? s.GetString() : null;
            var messageId = recipient.TryGetProperty("messageId", out var id) ? id.GetString() : null;
            var reason = $"statusCode {code.ToString(CultureInfo.InvariantCulture)} {statusText}".TrimEnd();
            return code switch
            {
                100 or 101 or 102 => SmsSendResult.Accepted(messageId),
                >= 500 and < 600 => SmsSendResult.Retryable(reason) with { ErrorCode = code.ToString(CultureInfo.InvariantCulture) },
                _ => SmsSendResult.Permanent(reason) with { ErrorCode = code.ToString(CultureInfo.InvariantCulture) },
            };
        }
        catch (JsonException)
        {
            return SmsSendResult.Unknown("unreadable answer: " + Clip(body));
        }
    }

    private static string Clip(string body) => body.Length <= 200 ? body : body[..200];
}
