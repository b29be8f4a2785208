using UssdGateway.Core.Sms;

namespace UssdGateway.Infrastructure.Sms;

/// <summary>The outbox's <c>status</c> column values.</summary>
public static class SmsStatusText
{
    public static string Of(SmsStatus status) => status switch
    {
        SmsStatus.Queued => "queued",
        SmsStatus.Sending => "sending",
        SmsStatus.Sent => "sent",
        SmsStatus.Delivered => "delivered",
        SmsStatus.Failed => "failed",
        SmsStatus.Unknown => "unknown",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };
}
