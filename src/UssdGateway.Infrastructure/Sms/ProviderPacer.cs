namespace UssdGateway.Infrastructure.Sms;

/// <summary>
/// Keeps each provider's sends from this process under its <c>Sms:RateLimits</c> (messages per second): a send
/// waits for its turn, turns spaced 1/rate apart. The limit is per instance: with several, give each its share.
/// </summary>
public sealed class ProviderPacer(TimeProvider time)
{
    private readonly Dictionary<string, DateTimeOffset> _next = new(StringComparer.OrdinalIgnoreCase);
    private readonly Lock _lock = new();

    public async Task WaitTurnAsync(string provider, double messagesPerSecond, CancellationToken cancellationToken)
    {
        if (messagesPerSecond <= 0) return;
        var spacing = TimeSpan.FromSeconds(1 / messagesPerSecond);
        TimeSpan wait;
        lock (_lock)
        {
            var now = time.GetUtcNow();
            var turn = _next.TryGetValue(provider, out var next) && next > now ? next : now;
            _next[provider] = turn + spacing;
            wait = turn - now;
        }
        if (wait > TimeSpan.Zero) await Task.Delay(wait, time, cancellationToken).ConfigureAwait(false);
    }
}
