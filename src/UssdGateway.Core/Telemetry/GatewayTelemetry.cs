using System.Diagnostics;
using System.Diagnostics.Metrics;
using UssdGateway.Core.Sessions;
using UssdGateway.Core.Sms;

namespace UssdGateway.Core.Telemetry;

/// <summary>
/// The gateway's metrics (meter <see cref="Name"/>, from the host's <see cref="IMeterFactory"/> so each host has its
/// own) and spans (<see cref="ActivitySource"/>). Only System.Diagnostics types: the web host wires OpenTelemetry.
/// Names are in <see cref="GatewayMetricNames"/>; labels are bounded (provider, menu, screen, outcome, code).
/// </summary>
public sealed class GatewayTelemetry : IDisposable
{
    public const string Name = "UssdGateway";

    /// <summary>Hop latency buckets, in seconds: operators cut at 10–15 s, the app apologises at 5 s.</summary>
    public static readonly IReadOnlyList<double> HopBuckets = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2, 3, 5, 10];

    private static readonly IReadOnlyList<double> JobBuckets = [0.01, 0.05, 0.1, 0.5, 1, 5, 10, 30, 60, 300];

    public static readonly ActivitySource ActivitySource = new(Name);

    private readonly bool _ownsMeter;
    private readonly Counter<long> _hops;
    private readonly Histogram<double> _hopDuration;
    private readonly Counter<long> _sessionsStarted;
    private readonly Counter<long> _sessionsEnded;
    private readonly Counter<long> _sessionsTimedOut;
    private readonly Counter<long> _smsSent;
    private readonly Counter<long> _providerErrors;
    private readonly Histogram<double> _jobDuration;

    /// <param name="meterFactory">The host's factory; null makes a meter of this instance's own (tools, tests).</param>
    public GatewayTelemetry(IMeterFactory? meterFactory = null)
    {
        _ownsMeter = meterFactory is null;
        Meter = meterFactory?.Create(Name) ?? new Meter(Name);
        _hops = Meter.CreateCounter<long>(GatewayMetricNames.Hops, description: "USSD hops answered, by provider, menu, screen and outcome (con, end, error, timeout).");
        _hopDuration = Meter.CreateHistogram(GatewayMetricNames.HopDuration, "s", "Time to answer a USSD hop, by provider, menu and screen.",
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = HopBuckets });
        _sessionsStarted = Meter.CreateCounter<long>(GatewayMetricNames.SessionsStarted, description: "USSD sessions started, by provider and menu.");
        _sessionsEnded = Meter.CreateCounter<long>(GatewayMetricNames.SessionsEnded, description: "End-of-session notifications from the telco, by provider and status.");
        _sessionsTimedOut = Meter.CreateCounter<long>(GatewayMetricNames.SessionsTimedOut, description: "Sessions the telco reports unfinished (Africa's Talking Incomplete: the caller stopped answering).");
        _smsSent = Meter.CreateCounter<long>(GatewayMetricNames.SmsSent, description: "SMS send attempts, by provider and outcome (sent, failed, unknown, retry).");
        _providerErrors = Meter.CreateCounter<long>(GatewayMetricNames.SmsProviderErrors, description: "SMS provider errors by the provider's own code (Africa's Talking 405: insufficient balance).");
        _jobDuration = Meter.CreateHistogram(GatewayMetricNames.JobDuration, "s", "Background job run time, by job and outcome (succeeded, failed).",
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = JobBuckets });
    }

    /// <summary>The meter; observable gauges (outbox backlog, Redis) are added to it by the infrastructure.</summary>
    public Meter Meter { get; }

    public void RecordHop(string provider, string menu, string screen, string outcome, TimeSpan duration)
    {
        var tags = new TagList
        {
            { GatewayTagNames.Provider, provider }, { GatewayTagNames.Menu, menu }, { GatewayTagNames.Screen, screen },
        };
        _hopDuration.Record(duration.TotalSeconds, tags);
        tags.Add(GatewayTagNames.Outcome, outcome);
        _hops.Add(1, tags);
    }

    public void RecordSessionStarted(string provider, string menu) =>
        _sessionsStarted.Add(1, new TagList { { GatewayTagNames.Provider, provider }, { GatewayTagNames.Menu, menu } });

    /// <summary>A telco's end-of-session notification; <c>Incomplete</c> also counts as a timeout.</summary>
    public void RecordSessionEnded(SessionEnd end)
    {
        ArgumentNullException.ThrowIfNull(end);
        var tags = new TagList { { GatewayTagNames.Provider, end.Provider }, { GatewayTagNames.Status, end.Status } };
        _sessionsEnded.Add(1, tags);
        if (string.Equals(end.Status, "Incomplete", StringComparison.OrdinalIgnoreCase))
            _sessionsTimedOut.Add(1, new TagList { { GatewayTagNames.Provider, end.Provider } });
    }

    /// <summary>One provider's answer to one send; an error code, when the provider gave one, is counted too.</summary>
    public void RecordSmsSend(string provider, SmsSendResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        _smsSent.Add(1, new TagList { { GatewayTagNames.Provider, provider }, { GatewayTagNames.Outcome, SmsOutcomeOf(result.Outcome) } });
        if (result.ErrorCode is { Length: > 0 } code)
            _providerErrors.Add(1, new TagList { { GatewayTagNames.Provider, provider }, { GatewayTagNames.Code, code } });
    }

    public void RecordJob(string job, bool succeeded, TimeSpan duration) =>
        _jobDuration.Record(duration.TotalSeconds, new TagList
        {
            { GatewayTagNames.Job, job }, { GatewayTagNames.Outcome, succeeded ? "succeeded" : "failed" },
        });

    /// <summary>The <c>outcome</c> label of a hop: <c>con</c>, <c>end</c>, <c>error</c> (or <c>timeout</c>, told by the engine).</summary>
    public static string HopOutcomeOf(HopOutcome outcome) => outcome switch
    {
        HopOutcome.Continue => "con",
        HopOutcome.End or HopOutcome.TooManyAttempts => "end",
        _ => "error",
    };

    public static string SmsOutcomeOf(SmsSendOutcome outcome) => outcome switch
    {
        SmsSendOutcome.Accepted => "sent",
        SmsSendOutcome.Permanent => "failed",
        SmsSendOutcome.Retryable => "retry",
        _ => "unknown",
    };

    public void Dispose()
    {
        if (_ownsMeter) Meter.Dispose();
    }
}
