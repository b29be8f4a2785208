using Microsoft.Extensions.Options;
using StackExchange.Redis;
using UssdGateway.Core.Sessions;

namespace UssdGateway.Infrastructure.Sessions;

/// <summary>
/// Menu files by version in Redis, beside the sessions: a hash at <c>{KeyPrefix}menu:{menuId}:{version}</c>
/// with fields <c>file</c> (the file name) and <c>source</c> (its text), expiring after the TTL given to
/// <see cref="SaveAsync"/> (saving again refreshes it). One round trip per save (<c>MULTI</c> HSET + PEXPIRE) and per read.
/// </summary>
public sealed class RedisMenuSourceStore : IMenuSourceStore
{
    internal static readonly RedisValue FileField = "file";
    internal static readonly RedisValue SourceField = "source";
    private static readonly RedisValue[] Fields = [FileField, SourceField];

    private readonly IConnectionMultiplexer _redis;
    private readonly string _keyPrefix;

    public RedisMenuSourceStore(IConnectionMultiplexer redis, IOptions<SessionStoreOptions> options)
    {
        _redis = redis;
        _keyPrefix = options.Value.KeyPrefix;
    }

    public async ValueTask SaveAsync(string menuId, string version, string fileName, string source, TimeSpan ttl, CancellationToken cancellationToken = default)
    {
        MenuSources.Validate(menuId, version, fileName, source, ttl);
        var key = (RedisKey)RedisKeyFor(_keyPrefix, menuId, version);
        var transaction = _redis.GetDatabase().CreateTransaction();
        _ = transaction.HashSetAsync(key, [new HashEntry(FileField, fileName), new HashEntry(SourceField, source)]);
        _ = transaction.KeyExpireAsync(key, ttl);
        if (!await transaction.ExecuteAsync().WaitAsync(cancellationToken).ConfigureAwait(false))
            throw new InvalidOperationException($"Redis did not store menu {menuId} version {version}."); // no condition was set: not expected
    }

    public async ValueTask<MenuSource?> GetAsync(string menuId, string version, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(menuId);
        ArgumentException.ThrowIfNullOrEmpty(version);
        var values = await _redis.GetDatabase().HashGetAsync(RedisKeyFor(_keyPrefix, menuId, version), Fields)
            .WaitAsync(cancellationToken).ConfigureAwait(false);
        return values[0].IsNull || values[1].IsNull ? null : new MenuSource(values[0]!, values[1]!);
    }

    /// <summary>The Redis key of a menu version: <c>ussd:menu:renapess:3f2a…</c>.</summary>
    internal static string RedisKeyFor(string keyPrefix, string menuId, string version) => keyPrefix + "menu:" + menuId + ":" + version;
}
