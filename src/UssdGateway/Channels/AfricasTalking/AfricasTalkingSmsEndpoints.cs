using Microsoft.Extensions.Options;
using UssdGateway.Channels.Security;
using UssdGateway.Core.Phones;
using UssdGateway.Core.Sms;
using UssdGateway.Infrastructure.Sms;

namespace UssdGateway.Channels.AfricasTalking;

public static partial class AfricasTalkingSmsEndpoints
{
    public const string Path = "/webhooks/africastalking/sms";
    public const string DeliveryPath = "/webhooks/africastalking/sms/delivery";
    public const string Provider = AfricasTalkingSmsSender.Name;

    /// <summary>
    /// <c>POST /webhooks/africastalking/sms</c> (an inbound SMS: <c>from</c>, <c>to</c>, <c>text</c>, <c>date</c>,
    /// <c>id</c>, <c>linkId</c>) stores it in the inbox before answering 200 (a retry with the same <c>id</c> is stored
    /// once; the database away → 503, so Africa's Talking retries). <c>POST /webhooks/africastalking/sms/delivery</c>
    /// (<c>id</c>, <c>status</c>, <c>failureReason</c>...) updates the outbox; an unknown id answers 200 and is logged.
    /// Both answer 403 while <c>Sms:AfricasTalking</c> is not configured.
    /// </summary>
    public static IEndpointRouteBuilder MapAfricasTalkingSms(this IEndpointRouteBuilder app)
    {
        app.MapPost(Path, ReceiveAsync).DisableAntiforgery().AddEndpointFilter<AfricasTalkingCallerFilter>().WithName("AfricasTalkingSms");
        app.MapPost(DeliveryPath, DeliveryAsync).DisableAntiforgery().AddEndpointFilter<AfricasTalkingCallerFilter>().WithName("AfricasTalkingSmsDelivery");
        return app;
    }

    public static async Task<IResult> ReceiveAsync(
        HttpRequest http, IOptions<SmsOptions> options, ISmsInbox inbox, WebhookRateLimits limits, TimeProvider time, ILogger<InboundSms> logger,
        CancellationToken cancellationToken)
    {
        if (!options.Value.AfricasTalking.IsConfigured) return NotConfigured();
        var (form, problem) = await WebhookForms.ReadAsync(http, "from, to, text and id", cancellationToken);
        if (form is null) return problem!;
        if (WebhookForms.Missing(form, "from", "to", "id") is { } missing) return missing;
        if (!form.ContainsKey("text")) return Results.Text("missing field text", WebhookForms.TextPlain, statusCode: 400);

        var from = WebhookForms.Field(form, "from", 64)!;
        var message = new InboundSms(
            Provider,
            WebhookForms.Field(form, "id", 128)!,
            from,
            PhoneNumberNormalizer.TryNormalize(from, out var e164) ? e164 : null,
            WebhookForms.Field(form, "to", 64)!,
            WebhookForms.Field(form, "text", 2000, keepLineBreaks: true) ?? "",
            WebhookForms.ParseDate(WebhookForms.Field(form, "date")),
            WebhookForms.Field(form, "linkId", 128) is { Length: > 0 } linkId ? linkId : null,
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
        return Results.Text("OK", WebhookForms.TextPlain);
    }

    public static async Task<IResult> DeliveryAsync(
        HttpRequest http, IOptions<SmsOptions> options, ISmsDeliveryReports reports, ILogger<DeliveryReport> logger, CancellationToken cancellationToken)
    {
        if (!options.Value.AfricasTalking.IsConfigured) return NotConfigured();
        var (form, problem) = await WebhookForms.ReadAsync(http, "id and status", cancellationToken);
        if (form is null) return problem!;
        if (WebhookForms.Missing(form, "id", "status") is { } missing) return missing;

        var id = WebhookForms.Field(form, "id", 128)!;
        var providerStatus = WebhookForms.Field(form, "status", 64)!;
        SmsStatus? status = providerStatus.ToUpperInvariant() switch
        {
            "SUCCESS" => SmsStatus.Delivered,
            "FAILED" or "REJECTED" or "EXPIRED" => SmsStatus.Failed,
            "SENT" or "SUBMITTED" or "BUFFERED" => SmsStatus.Sent,
            _ => null,
        };
        if (status is null)
        {
            LogUnknownStatus(logger, id, providerStatus);
            return Results.Text("OK", WebhookForms.TextPlain);
        }
        var report = new DeliveryReport(Provider, id, status.Value, providerStatus, WebhookForms.Field(form, "failureReason"));
        try
        {
            if (!await reports.ApplyAsync(report, cancellationToken)) LogUnknownMessage(logger, id, providerStatus);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LogNotStored(logger, e, id);
            return Results.Text("not stored; please retry", WebhookForms.TextPlain, statusCode: 503);
        }
        return Results.Text("OK", WebhookForms.TextPlain);
    }

    private static IResult NotConfigured() =>
        Results.Text("Africa's Talking SMS is not configured here", WebhookForms.TextPlain, statusCode: 403);

    [LoggerMessage(Level = LogLevel.Error, Message = "Africa's Talking SMS callback {Id} could not be stored; answered 503 so the provider retries")]
    private static partial void LogNotStored(ILogger logger, Exception exception, string id);

    [LoggerMessage(Level = LogLevel.Information, Message = "Africa's Talking SMS {Id} received again (a retry): stored once")]
    private static partial void LogRepeated(ILogger logger, string id);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Africa's Talking delivery report for unknown message {Id} ({Status}): ignored")]
    private static partial void LogUnknownMessage(ILogger logger, string id, string status);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Africa's Talking delivery report {Id} with unknown status {Status}: ignored")]
    private static partial void LogUnknownStatus(ILogger logger, string id, string status);
}
