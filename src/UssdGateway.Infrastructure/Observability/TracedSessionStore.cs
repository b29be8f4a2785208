using System.Diagnostics;
using UssdGateway.Core.Sessions;
using UssdGateway.Core.Telemetry;

namespace UssdGateway.Infrastructure.Observability;

/// <summary>A session store that opens a span around each load and save (children of the hop's span).</summary>
internal sealed class TracedSessionStore(ISessionStore inner) : ISessionStore
{
    public async ValueTask<UssdSession?> GetAsync(string key, CancellationToken cancellationToken = default)
    {
        using var activity = Start(GatewaySpanNames.SessionLoad);
        var session = await inner.GetAsync(key, cancellationToken).ConfigureAwait(false);
        activity?.SetTag("ussd.session.found", session is not null);
        return session;
    }

    public async ValueTask<bool> TrySaveAsync(UssdSession session, SessionWrite write, CancellationToken cancellationToken = default)
    {
        using var activity = Start(GatewaySpanNames.SessionSave);
        var saved = await inner.TrySaveAsync(session, write, cancellationToken).ConfigureAwait(false);
        activity?.SetTag("ussd.session.saved", saved);
        return saved;
    }

    public ValueTask DeleteAsync(string key, CancellationToken cancellationToken = default) => inner.DeleteAsync(key, cancellationToken);

    public ValueTask<UssdSession?> GetResumeAsync(string resumeKey, CancellationToken cancellationToken = default) =>
        inner.GetResumeAsync(resumeKey, cancellationToken);

    public ValueTask DeleteResumeAsync(string resumeKey, CancellationToken cancellationToken = default) =>
        inner.DeleteResumeAsync(resumeKey, cancellationToken);

    public ValueTask<bool> PingAsync(CancellationToken cancellationToken = default) => inner.PingAsync(cancellationToken);

    private Activity? Start(string name)
    {
        var activity = GatewayTelemetry.ActivitySource.StartActivity(name, ActivityKind.Client);
        activity?.SetTag("ussd.session.store", inner.GetType().Name);
        return activity;
    }
}
