using Microsoft.Extensions.Options;
using StackExchange.Redis;
using UssdGateway.Core.Sessions;

namespace UssdGateway.Infrastructure.Sessions;

/// <summary>
/// Sessions in Redis, shared by every instance. A session is one string at
/// <c>{KeyPrefix}session:{provider}:{sessionId}</c>: its version as 19 ASCII digits, then the
/// <see cref="SessionSerializer"/> bytes (<see cref="StoredSession"/>), with the session's TTL. A phone's resume
/// snapshot is the same bytes at <c>{KeyPrefix}resume:{phone}:{menuId}</c> with its own TTL.
/// One round trip per load (<c>GET</c>) and per save: a Lua script compares the stored version prefix
/// (<c>GETRANGE</c>, nothing decoded in Redis), then sets the session and its TTL and sets or deletes the
/// resume snapshot, atomically. StackExchange.Redis sends the script once and <c>EVALSHA</c> afterwards
/// (and again in full if the server lost its script cache).
/// </summary>
/// <remarks>
/// The session and resume keys of one save are in different hash slots: this store targets one Redis server
/// (or a primary with replicas), not Redis Cluster.
/// </remarks>
public sealed class RedisSessionStore : ISessionStore
{
    /// <summary>
    /// KEYS[1] session, KEYS[2] resume snapshot (KEYS[1] again when untouched).
    /// ARGV[1] expected version prefix ("" when none may be stored), ARGV[2] value, ARGV[3] TTL ms,
    /// ARGV[4] resume action (s save, d delete, k keep), ARGV[5] resume TTL ms. Returns 1 when saved, else 0.
    /// A value not starting with a digit (plain JSON written before versions were stored) counts as no session.
    /// </summary>
    internal const string SaveScript = """
        local current = redis.call('GETRANGE', KEYS[1], 0, 18)
        if current ~= ARGV[1] and not (ARGV[1] == '' and string.byte(current, 1) == 123) then
          return 0
        end
        redis.call('SET', KEYS[1], ARGV[2], 'PX', ARGV[3])
        if ARGV[4] == 's' then
          redis.call('SET', KEYS[2], ARGV[2], 'PX', ARGV[5])
        elseif ARGV[4] == 'd' then
          redis.call('DEL', KEYS[2])
        end
        return 1
        """;

    private static readonly RedisValue ResumeSave = "s";
    private static readonly RedisValue ResumeDelete = "d";
    private static readonly RedisValue ResumeKeep = "k";

    private readonly IConnectionMultiplexer _redis;
    private readonly string _sessionPrefix;
    private readonly string _resumePrefix;

    public RedisSessionStore(IConnectionMultiplexer redis, IOptions<SessionStoreOptions> options)
    {
        _redis = redis;
        _sessionPrefix = options.Value.KeyPrefix + "session:";
        _resumePrefix = options.Value.KeyPrefix + "resume:";
    }

    public async ValueTask<UssdSession?> GetAsync(string key, CancellationToken cancellationToken = default)
    {
        var value = await Database.StringGetAsync(_sessionPrefix + key).WaitAsync(cancellationToken).ConfigureAwait(false);
        return value.IsNull ? null : StoredSession.Read(((ReadOnlyMemory<byte>)value).Span);
    }

    public async ValueTask<bool> TrySaveAsync(UssdSession session, SessionWrite write, CancellationToken cancellationToken = default)
    {
        SessionWrites.Validate(session, write);
        var value = StoredSession.Write(session);
        var sessionKey = (RedisKey)(_sessionPrefix + session.Key);
        var (resumeKey, resumeAction) = write.Resume switch
        {
            ResumeAction.Save => ((RedisKey)(_resumePrefix + write.ResumeKey), ResumeSave),
            ResumeAction.Delete => ((RedisKey)(_resumePrefix + write.ResumeKey), ResumeDelete),
            _ => (sessionKey, ResumeKeep),
        };
        RedisValue[] arguments =
        [
            write.ExpectedVersion == 0 ? RedisValue.EmptyString : StoredSession.VersionPrefix(write.ExpectedVersion),
            value,
            Milliseconds(write.Ttl),
            resumeAction,
            write.Resume == ResumeAction.Save ? Milliseconds(write.ResumeTtl) : 0,
        ];
        var result = await Database.ScriptEvaluateAsync(SaveScript, [sessionKey, resumeKey], arguments)
            .WaitAsync(cancellationToken).ConfigureAwait(false);
        return (long)result == 1;
    }

    public async ValueTask DeleteAsync(string key, CancellationToken cancellationToken = default) =>
        await Database.KeyDeleteAsync(_sessionPrefix + key).WaitAsync(cancellationToken).ConfigureAwait(false);

    public async ValueTask<UssdSession?> GetResumeAsync(string resumeKey, CancellationToken cancellationToken = default)
    {
        var value = await Database.StringGetAsync(_resumePrefix + resumeKey).WaitAsync(cancellationToken).ConfigureAwait(false);
        return value.IsNull ? null : StoredSession.Read(((ReadOnlyMemory<byte>)value).Span);
    }

    public async ValueTask DeleteResumeAsync(string resumeKey, CancellationToken cancellationToken = default) =>
        await Database.KeyDeleteAsync(_resumePrefix + resumeKey).WaitAsync(cancellationToken).ConfigureAwait(false);

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

    /// <summary>The Redis key of a resume key: <c>ussd:resume:+22376123456:renapess</c>.</summary>
    internal static string ResumeRedisKeyFor(string keyPrefix, string resumeKey) => keyPrefix + "resume:" + resumeKey;

    /// <summary>Whole milliseconds for PX, at least 1 (a positive TTL below 1 ms must not become "no expiry").</summary>
    private static long Milliseconds(TimeSpan ttl) => Math.Max(1, (long)Math.Ceiling(ttl.TotalMilliseconds));

    private IDatabase Database => _redis.GetDatabase();
}
