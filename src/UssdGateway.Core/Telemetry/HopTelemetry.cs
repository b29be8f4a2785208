using System.Diagnostics;
using UssdGateway.Core.Engine;

namespace UssdGateway.Core.Telemetry;

/// <summary>The engine's span and measurements for one hop.</summary>
internal static class HopTelemetry
{
    public static Activity? Start(UssdRequest request)
    {
        var activity = GatewayTelemetry.ActivitySource.StartActivity(GatewaySpanNames.Hop);
        activity?.SetTag(GatewayTagNames.Provider, request.Provider);
        activity?.SetTag(GatewayTagNames.SessionId, request.SessionId);
        return activity;
    }

    /// <summary>
    /// Counts the hop and its latency under the screen it ended on. A failed hop is a <c>timeout</c> when the engine
    /// stopped waiting for it (<paramref name="timedOut"/>), any other an <c>error</c>.
    /// </summary>
    public static void Finish(GatewayTelemetry? telemetry, Activity? activity, UssdRequest request, UssdHop hop, bool failed, TimeSpan latency, bool timedOut)
    {
        var outcome = failed ? (timedOut ? "timeout" : "error") : GatewayTelemetry.HopOutcomeOf(hop.Outcome);
        var session = hop.Result;
        var menu = session?.MenuId is { Length: > 0 } m ? m : "none";
        var screen = session?.Screen is { Length: > 0 } s ? s : "none";
        if (activity is not null)
        {
            activity.SetTag(GatewayTagNames.Menu, menu);
            activity.SetTag(GatewayTagNames.Screen, screen);
            activity.SetTag(GatewayTagNames.Outcome, outcome);
            if (failed) activity.SetStatus(ActivityStatusCode.Error, outcome);
        }
        if (telemetry is null) return;
        telemetry.RecordHop(request.Provider, menu, screen, outcome, latency);
        if (session is { Hops: 1 } && !failed && hop.InputKind != Sessions.HopInputKind.Retry)
            telemetry.RecordSessionStarted(request.Provider, menu);
    }
}
