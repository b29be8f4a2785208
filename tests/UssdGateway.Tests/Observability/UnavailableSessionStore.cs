using UssdGateway.Core.Sessions;

namespace UssdGateway.Tests.Observability;

/// <summary>A session store that is down: every load hangs (until cancelled) or fails at once.</summary>
public sealed class UnavailableSessionStore(bool hang) : ISessionStore
{
    public async ValueTask<UssdSession?> GetAsync(string key, CancellationToken cancellationToken = default)
    {
        if (hang) await Task.Delay(Timeout.Infinite, cancellationToken);
        throw new InvalidOperationException("store down");
    }

    public ValueTask<bool> TrySaveAsync(UssdSession session, SessionWrite write, CancellationToken cancellationToken = default) =>
        throw new InvalidOperationException("store down");

    public ValueTask DeleteAsync(string key, CancellationToken cancellationToken = default) => ValueTask.CompletedTask;

    public ValueTask<UssdSession?> GetResumeAsync(string resumeKey, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult<UssdSession?>(null);

    public ValueTask DeleteResumeAsync(string resumeKey, CancellationToken cancellationToken = default) => ValueTask.CompletedTask;

    public ValueTask<bool> PingAsync(CancellationToken cancellationToken = default) => ValueTask.FromResult(false);
}
