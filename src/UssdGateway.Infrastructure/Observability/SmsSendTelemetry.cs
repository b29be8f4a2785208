using System.Diagnostics;
using System.Globalization;
using UssdGateway.Core.Sms;
using UssdGateway.Core.Telemetry;

namespace UssdGateway.Infrastructure.Observability;

/// <summary>The dispatcher's span and measurements for one SMS handed to one provider.</summary>
internal static class SmsSendTelemetry
{
    public static Activity? Start(string provider, long outboxId)
    {
        var activity = GatewayTelemetry.ActivitySource.StartActivity(GatewaySpanNames.SmsSend, ActivityKind.Client);
        activity?.SetTag(GatewayTagNames.Provider, provider);
        activity?.SetTag("sms.outbox_id", outboxId.ToString(CultureInfo.InvariantCulture));
        return activity;
    }

    public static void Finish(GatewayTelemetry? telemetry, Activity? activity, string provider, SmsSendResult result)
    {
        var outcome = GatewayTelemetry.SmsOutcomeOf(result.Outcome);
        if (activity is not null)
        {
            activity.SetTag(GatewayTagNames.Outcome, outcome);
            if (result.ErrorCode is not null) activity.SetTag(GatewayTagNames.Code, result.ErrorCode);
            if (result.Outcome != SmsSendOutcome.Accepted) activity.SetStatus(ActivityStatusCode.Error, outcome);
        }
        telemetry?.RecordSmsSend(provider, result);
    }
}
