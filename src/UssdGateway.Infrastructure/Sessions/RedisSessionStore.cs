using Microsoft.Extensions.Options;
using StackExchange.Redis;
using UssdGateway.Core.Sessions;

namespace UssdGateway.Infrastructure.Sessions;

/// <summary>
/// Sessions in Redis, shared by every instance: one string per session at
/// <c>{KeyPrefix}session:{provider}:{sessionId}</c> holding <see cref="SessionSerializer"/> bytes,
/// with the session's TTL. One round trip per load and per save.
/// </summary>
public sealed class RedisSessionStore : ISessionStore
{
    private readonly IConnectionMultiplexer _redis;
    private readonly string _keyPrefix;

    public RedisSessionStore(IConnectionMultiplexer redis, IOptions<SessionStoreOptions> options)
    {
        _redis = redis;
        _keyPrefix = options.Value.KeyPrefix;
    }

    public async ValueTask<UssdSession?> GetAsync(string key, CancellationToken cancellationToken = default)
    {
        var value = await Database.StringGetAsync(RedisKeyFor(_keyPrefix, key)).WaitAsync(cancellationToken).ConfigureAwait(false);
        return value.IsNull ? null : SessionSerializer.Deserialize(((ReadOnlyMemory<byte>)value).Span);
    }

    public async ValueTask SaveAsync(UssdSession session, TimeSpan ttl, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(ttl, TimeSpan.Zero);
        await Database.StringSetAsync(RedisKeyFor(_keyPrefix, session.Key), SessionSerializer.Serialize(session), new Expiration(ttl))
            .WaitAsync(cancellationToken).ConfigureAwait(false);
    }

    public async ValueTask DeleteAsync(string key, CancellationToken cancellationToken = default) =>
        await Database.KeyDeleteAsync(RedisKeyFor(_keyPrefix, key)).WaitAsync(cancellationToken).ConfigureAwait(false);

    public async ValueTask<bool> PingAsync(CancellationToken cancellationToken = default)
    {
        try
        {
            await Database.PingAsync().WaitAsync(cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (Exception)
        {
            // A readiness probe reports failure; it does not throw.
            return false;
        }
    }

    /// <summary>The Redis key of a session store key: <c>ussd:session:africastalking:ATUid_1</c>.</summary>
    internal static string RedisKeyFor(string keyPrefix, string sessionKey) => keyPrefix + "session:" + sessionKey;

    private IDatabase Database => _redis.GetDatabase();
}
