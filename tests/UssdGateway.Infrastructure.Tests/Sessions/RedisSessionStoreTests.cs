using Microsoft.Extensions.Options;
using StackExchange.Redis;
using UssdGateway.Core.Sessions;
using UssdGateway.Infrastructure.Sessions;
using UssdGateway.Testing;

namespace UssdGateway.Infrastructure.Tests.Sessions;

[Collection(RedisCollection.Name)]
public sealed class RedisSessionStoreTests : SessionStoreContract
{
    private static readonly TimeSpan ExpiryDeadline = TimeSpan.FromSeconds(10);

    private readonly RedisServerFixture _redis;
    private readonly string _keyPrefix;
    private ConnectionMultiplexer? _connection;
    private RedisSessionStore? _store;

    public RedisSessionStoreTests(RedisServerFixture redis)
    {
        _redis = redis;
        _keyPrefix = redis.NewKeyPrefix();
    }

    protected override ISessionStore Store => _store!;

    protected override TimeSpan ShortTtl => TimeSpan.FromMilliseconds(200);

    private IDatabase Db => _connection!.GetDatabase();

    public override async Task InitializeAsync()
    {
        _connection = await ConnectionMultiplexer.ConnectAsync(RedisConnection.ParseOptions(_redis.ConnectionString));
        _store = NewStore(_keyPrefix);
    }

    public override async Task DisposeAsync()
    {
        if (_connection is not null) await _connection.DisposeAsync();
    }

    /// <summary>Polls until Redis no longer has the key (EXISTS also expires it lazily), within a deadline.</summary>
    protected override async Task LetExpireAsync(string key)
    {
        var redisKey = RedisSessionStore.RedisKeyFor(_keyPrefix, key);
        var deadline = DateTime.UtcNow + ExpiryDeadline;
        while (await Db.KeyExistsAsync(redisKey))
        {
            if (DateTime.UtcNow > deadline)
                throw new TimeoutException($"Redis kept {redisKey} beyond {ExpiryDeadline.TotalSeconds:0} s although its TTL was {ShortTtl.TotalMilliseconds:0} ms.");
            await Task.Delay(TimeSpan.FromMilliseconds(20));
        }
    }

    [Fact]
    public void RedisKeyFor_PrefixesSessionKey_WhenDefaultPrefix()
    {
        RedisSessionStore.RedisKeyFor(SessionStoreOptions.DefaultKeyPrefix, UssdSession.KeyFor("africastalking", "ATUid_1"))
            .Should().Be("ussd:session:africastalking:ATUid_1");
    }

    [Fact]
    public async Task SaveAsync_WritesKeyUssdSessionProviderSessionId_WhenDefaultOptions()
    {
        var store = NewStore(new SessionStoreOptions().KeyPrefix);
        var session = SessionSamples.Full("ATUid_" + Guid.NewGuid().ToString("N"));
        var expectedKey = "ussd:session:africastalking:" + session.SessionId;
        try
        {
            await store.SaveAsync(session, Ttl);

            (await Db.KeyExistsAsync(expectedKey)).Should().BeTrue();
            (await Db.KeyTypeAsync(expectedKey)).Should().Be(RedisType.String);
        }
        finally
        {
            await Db.KeyDeleteAsync(expectedKey);
        }
    }

    [Fact]
    public async Task SaveAsync_SetsRedisTtl_WhenSaving()
    {
        var session = SessionSamples.Full();

        await Store.SaveAsync(session, Ttl);

        var ttl = await Db.KeyTimeToLiveAsync(RedisSessionStore.RedisKeyFor(_keyPrefix, session.Key));
        ttl.Should().NotBeNull();
        ttl!.Value.Should().BeGreaterThan(Ttl - TimeSpan.FromSeconds(30)).And.BeLessThanOrEqualTo(Ttl);
    }

    [Fact]
    public async Task SaveAsync_StoresSerializerBytes_WhenSaving()
    {
        var session = SessionSamples.Full();

        await Store.SaveAsync(session, Ttl);

        byte[]? stored = await Db.StringGetAsync(RedisSessionStore.RedisKeyFor(_keyPrefix, session.Key));
        stored.Should().Equal(SessionSerializer.Serialize(session));
    }

    [Fact]
    public async Task PingAsync_ReturnsFalse_WhenServerIsUnreachable()
    {
        await using var dead = await ConnectionMultiplexer.ConnectAsync(RedisConnection.ParseOptions("127.0.0.1:1,connectTimeout=200"));
        var store = new RedisSessionStore(dead, Options.Create(new SessionStoreOptions()));

        (await store.PingAsync()).Should().BeFalse();
    }

    private RedisSessionStore NewStore(string keyPrefix) =>
        new(_connection!, Options.Create(new SessionStoreOptions { KeyPrefix = keyPrefix }));
}
