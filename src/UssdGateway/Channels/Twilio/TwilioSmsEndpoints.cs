using Microsoft.Extensions.Options;
using UssdGateway.Channels.Security;
using UssdGateway.Core.Phones;
using UssdGateway.Core.Sms;
using UssdGateway.Infrastructure.Sms;

namespace UssdGateway.Channels.Twilio;

public static partial class TwilioSmsEndpoints
{
    public const string Path = "/webhooks/twilio/sms";
    public const string StatusPath = "/webhooks/twilio/sms/status";
    public const string Provider = "twilio";

    /// <summary>An empty TwiML answer: nothing sent back by Twilio (replies go through the outbox).</summary>
    public const string EmptyResponse = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response/>";

    private const string TextXml = "text/xml; charset=utf-8";

    /// <summary>
    /// <c>POST /webhooks/twilio/sms</c> (<c>MessageSid</c>, <c>From</c>, <c>To</c>, <c>Body</c>...) and
    /// <c>POST /webhooks/twilio/sms/status</c> (<c>MessageSid</c>, <c>MessageStatus</c>, <c>ErrorCode</c>), both signed
    /// (<see cref="TwilioSignature"/>): unsigned, wrongly signed, or no auth token configured → 403. An inbound message is
    /// stored in the inbox before the empty TwiML answer (a retry stored once; the database away → 503).
    /// </summary>
    public static IEndpointRouteBuilder MapTwilioSms(this IEndpointRouteBuilder app)
    {
        app.MapPost(Path, ReceiveAsync).DisableAntiforgery().WithName("TwilioSms");
        app.MapPost(StatusPath, StatusAsync).DisableAntiforgery().WithName("TwilioSmsStatus");
        return app;
    }

    public static async Task<IResult> ReceiveAsync(
        HttpRequest http, IOptions<SmsOptions> options, ISmsInbox inbox, WebhookRateLimits limits, TimeProvider time, ILogger<InboundSms> logger,
        CancellationToken cancellationToken)
    {
        var twilio = options.Value.Twilio;
        if (!twilio.CanVerifyWebhooks) return Forbidden("Twilio SMS is not configured here");
        var (form, problem) = await WebhookForms.ReadAsync(http, "MessageSid, From, To and Body", cancellationToken);
        if (form is null) return problem!;
        if (!TwilioSignature.IsValid(http, form, twilio)) return Forbidden("missing or wrong X-Twilio-Signature");
        var sid = WebhookForms.FirstField(form, "MessageSid", "SmsMessageSid", "SmsSid");
        if (sid is null) return Results.Text("missing field MessageSid", WebhookForms.TextPlain, statusCode: 400);
        if (WebhookForms.Missing(form, "From", "To") is { } missing) return missing;

        var from = WebhookForms.Field(form, "From", 64)!;
        var message = new InboundSms(
            Provider,
            sid.Length > 128 ? sid[..128] : sid,
            from,
            PhoneNumberNormalizer.TryNormalize(from, out var e164) ? e164 : null,
            WebhookForms.Field(form, "To", 64)!,
            WebhookForms.Field(form, "Body", 2000, keepLineBreaks: true) ?? "",
            null,
            null,
            time.GetUtcNow()) { IgnoredBecause = SmsRateLimit.Check(limits, from, e164, logger) };
        try
        {
            if (!await inbox.StoreAsync(message, cancellationToken)) LogRepeated(logger, message.ProviderMessageId);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LogNotStored(logger, e, message.ProviderMessageId);
            return Results.Text("not stored; please retry", WebhookForms.TextPlain, statusCode: 503);
        }
        return Results.Text(EmptyResponse, TextXml);
    }

    public static async Task<IResult> StatusAsync(
        HttpRequest http, IOptions<SmsOptions> options, ISmsDeliveryReports reports, ILogger<DeliveryReport> logger, CancellationToken cancellationToken)
    {
        var twilio = options.Value.Twilio;
        if (!twilio.CanVerifyWebhooks) return Forbidden("Twilio SMS is not configured here");
        var (form, problem) = await WebhookForms.ReadAsync(http, "MessageSid and MessageStatus", cancellationToken);
        if (form is null) return problem!;
        if (!TwilioSignature.IsValid(http, form, twilio)) return Forbidden("missing or wrong X-Twilio-Signature");
        if (WebhookForms.Missing(form, "MessageSid", "MessageStatus") is { } missing) return missing;

        var sid = WebhookForms.Field(form, "MessageSid", 128)!;
        var providerStatus = WebhookForms.Field(form, "MessageStatus", 64)!;
        SmsStatus? status = providerStatus.ToLowerInvariant() switch
        {
            "delivered" or "read" => SmsStatus.Delivered,
            "undelivered" or "failed" or "canceled" => SmsStatus.Failed,
            "sent" or "sending" or "queued" or "accepted" or "scheduled" => SmsStatus.Sent,
            _ => null,
        };
        if (status is null)
        {
            LogUnknownStatus(logger, sid, providerStatus);
            return Results.Text("OK", WebhookForms.TextPlain);
        }
        var errorCode = WebhookForms.Field(form, "ErrorCode", 16);
        var report = new DeliveryReport(Provider, sid, status.Value, providerStatus, string.IsNullOrEmpty(errorCode) ? null : "Twilio error " + errorCode);
        try
        {
            if (!await reports.ApplyAsync(report, cancellationToken)) LogUnknownMessage(logger, sid, providerStatus);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LogNotStored(logger, e, sid);
            return Results.Text("not stored; please retry", WebhookForms.TextPlain, statusCode: 503);
        }
        return Results.Text("OK", WebhookForms.TextPlain);
    }

    private static IResult Forbidden(string reason) => Results.Text(reason, WebhookForms.TextPlain, statusCode: 403);

    [LoggerMessage(Level = LogLevel.Error, Message = "Twilio SMS callback {Sid} could not be stored; answered 503 so Twilio retries")]
    private static partial void LogNotStored(ILogger logger, Exception exception, string sid);

    [LoggerMessage(Level = LogLevel.Information, Message = "Twilio SMS {Sid} received again (a retry): stored once")]
    private static partial void LogRepeated(ILogger logger, string sid);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Twilio status for unknown message {Sid} ({Status}): ignored")]
    private static partial void LogUnknownMessage(ILogger logger, string sid, string status);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Twilio status {Sid} with unknown status {Status}: ignored")]
    private static partial void LogUnknownStatus(ILogger logger, string sid, string status);
}
