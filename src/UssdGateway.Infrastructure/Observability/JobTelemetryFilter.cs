using System.Diagnostics;
using Hangfire.Common;
using Hangfire.Server;
using UssdGateway.Core.Telemetry;

namespace UssdGateway.Infrastructure.Observability;

/// <summary>
/// A Hangfire server filter of this host's job server only (never Hangfire's global filters): a span and a duration
/// per job run, labelled <c>Type.Method</c> (e.g. <c>SmsDispatchJob.RunAsync</c>) and succeeded/failed.
/// </summary>
internal sealed class JobTelemetryFilter(GatewayTelemetry telemetry) : IServerFilter
{
    private const string StartedKey = "ussdgw.telemetry.started";
    private const string ActivityKey = "ussdgw.telemetry.activity";

    /// <summary>Hangfire's usual filter providers (attributes, global filters) and this filter.</summary>
    public static IJobFilterProvider ProviderFor(GatewayTelemetry telemetry)
    {
        var own = new JobFilterCollection { new JobTelemetryFilter(telemetry) };
        var providers = new JobFilterProviderCollection();
        foreach (var provider in JobFilterProviders.Providers) providers.Add(provider);
        providers.Add(own);
        return providers;
    }

    public void OnPerforming(PerformingContext context)
    {
        var activity = GatewayTelemetry.ActivitySource.StartActivity(GatewaySpanNames.Job);
        activity?.SetTag(GatewayTagNames.Job, NameOf(context.BackgroundJob.Job));
        context.Items[ActivityKey] = activity;
        context.Items[StartedKey] = Stopwatch.GetTimestamp();
    }

    public void OnPerformed(PerformedContext context)
    {
        var succeeded = context.Exception is null || context.ExceptionHandled;
        if (context.Items.TryGetValue(StartedKey, out var started) && started is long timestamp)
            telemetry.RecordJob(NameOf(context.BackgroundJob.Job), succeeded, Stopwatch.GetElapsedTime(timestamp));
        if (context.Items.TryGetValue(ActivityKey, out var value) && value is Activity activity)
        {
            if (!succeeded) activity.SetStatus(ActivityStatusCode.Error, context.Exception?.GetType().Name);
            activity.Dispose();
        }
    }

    internal static string NameOf(Job? job) => job is null ? "unknown" : job.Type.Name + "." + job.Method.Name;
}
