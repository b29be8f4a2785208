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
        _connection = await ConnectionMultiplexer.ConnectAsync(RedisConnection.ParseOptions(_redis.ConnectionString + ",allowAdmin=true"));
        _store = NewStore(_keyPrefix);
    }

    public override async Task DisposeAsync()
    {
        if (_connection is not null) await _connection.DisposeAsync();
    }

    protected override Task LetSessionExpireAsync(string key) => WaitUntilGoneAsync(RedisSessionStore.RedisKeyFor(_keyPrefix, key));

    protected override Task LetResumeExpireAsync(string resumeKey) => WaitUntilGoneAsync(RedisSessionStore.ResumeRedisKeyFor(_keyPrefix, resumeKey));

    [Fact]
    public void RedisKeyFor_PrefixesSessionKey_WhenDefaultPrefix()
    {
        RedisSessionStore.RedisKeyFor(SessionStoreOptions.DefaultKeyPrefix, UssdSession.KeyFor("africastalking", "ATUid_1"))
            .Should().Be("ussd:session:africastalking:ATUid_1");
        RedisSessionStore.ResumeRedisKeyFor(SessionStoreOptions.DefaultKeyPrefix, UssdSession.ResumeKeyFor("+22376123456", "renapess"))
            .Should().Be("ussd:resume:+22376123456:renapess");
    }

    [Fact]
    public async Task TrySaveAsync_WritesDocumentedStringKeys_WhenDefaultOptions()
    {
        var store = NewStore(new SessionStoreOptions().KeyPrefix);
        var session = SessionSamples.Full("ATUid_" + Guid.NewGuid().ToString("N"));
        var resumeKey = UssdSession.ResumeKeyFor("+2237" + Random.Shared.Next(0, 10_000_000).ToString("D7", System.Globalization.CultureInfo.InvariantCulture), "renapess");
        var expectedKey = "ussd:session:africastalking:" + session.SessionId;
        var expectedResumeKey = "ussd:resume:" + resumeKey;
        try
        {
            session.Version = 1;
            (await store.TrySaveAsync(session, Write(0, resume: ResumeAction.Save, resumeKey: resumeKey))).Should().BeTrue();

            (await Db.KeyTypeAsync(expectedKey)).Should().Be(RedisType.String);
            (await Db.KeyTypeAsync(expectedResumeKey)).Should().Be(RedisType.String);
        }
        finally
        {
            await Db.KeyDeleteAsync([expectedKey, expectedResumeKey]);
        }
    }

    [Fact]
    public async Task TrySaveAsync_SetsEachKeysOwnTtl_WhenSavingWithResume()
    {
        var session = await SaveNextAsync(SessionSamples.Full(), 0, ttl: Ttl, resume: ResumeAction.Save, resumeTtl: LongTtl);

        var ttl = await Db.KeyTimeToLiveAsync(RedisSessionStore.RedisKeyFor(_keyPrefix, session.Key));
        var resumeTtl = await Db.KeyTimeToLiveAsync(RedisSessionStore.ResumeRedisKeyFor(_keyPrefix, SessionSamples.ResumeKey));

        ttl!.Value.Should().BeGreaterThan(Ttl - TimeSpan.FromSeconds(30)).And.BeLessThanOrEqualTo(Ttl);
        resumeTtl!.Value.Should().BeGreaterThan(LongTtl - TimeSpan.FromSeconds(30)).And.BeLessThanOrEqualTo(LongTtl);
    }

    [Fact]
    public async Task TrySaveAsync_StoresVersionDigitsThenSerializerBytes_InSessionAndResumeKeys()
    {
        var session = SessionSamples.Full(); // version 7, saved as a new session (a version may jump)
        (await Store.TrySaveAsync(session, Write(0, resume: ResumeAction.Save))).Should().BeTrue();

        byte[]? stored = await Db.StringGetAsync(RedisSessionStore.RedisKeyFor(_keyPrefix, session.Key));
        byte[]? snapshot = await Db.StringGetAsync(RedisSessionStore.ResumeRedisKeyFor(_keyPrefix, SessionSamples.ResumeKey));

        stored.Should().Equal([.. "0000000000000000007"u8.ToArray(), .. SessionSerializer.Serialize(session)]);
        snapshot.Should().Equal(stored, "the snapshot is the same bytes");
    }

    [Fact]
    public async Task GetAsync_ReadsPlainJsonAsVersionZero_WhenSessionWasWrittenBeforeVersionsWereStored()
    {
        var legacy = SessionSamples.Full();
        legacy.Version = 0;
        var redisKey = RedisSessionStore.RedisKeyFor(_keyPrefix, legacy.Key);
        await Db.StringSetAsync(redisKey, SessionSerializer.ToJson(legacy), Ttl);

        var loaded = await Store.GetAsync(legacy.Key);
        loaded.Should().BeEquivalentTo(legacy);

        loaded!.Screen = "next";
        loaded.Version = 1;
        (await Store.TrySaveAsync(loaded, Write(0))).Should().BeTrue("a session without stored version is replaced by the first save");
        (await Store.GetAsync(legacy.Key))!.Screen.Should().Be("next");
        loaded.Version = 2;
        (await Store.TrySaveAsync(loaded, Write(0))).Should().BeFalse("from then on the version decides");
    }

    [Fact]
    public async Task TrySaveAsync_SendsScriptByHash_WhenSavingRepeatedly()
    {
        await SaveNextAsync(SessionSamples.Full("ATUid_warm"), 0); // the script is sent in full at most once per connection
        var before = await EvalShaCallsAsync();

        for (var i = 0; i < 5; i++) await SaveNextAsync(SessionSamples.Full("ATUid_" + i), 0);

        (await EvalShaCallsAsync()).Should().BeGreaterThanOrEqualTo(before + 5);
    }

    [Fact]
    public async Task TrySaveAsync_StillSaves_WhenServerScriptCacheWasFlushed()
    {
        var session = await SaveNextAsync(SessionSamples.Full(), 0);
        await Server.ScriptFlushAsync();

        await SaveNextAsync(session, 1);

        (await Store.GetAsync(session.Key))!.Version.Should().Be(2);
    }

    [Fact]
    public async Task PingAsync_ReturnsFalse_WhenServerIsUnreachable()
    {
        await using var dead = await ConnectionMultiplexer.ConnectAsync(RedisConnection.ParseOptions("127.0.0.1:1,connectTimeout=200"));
        var store = new RedisSessionStore(dead, Options.Create(new SessionStoreOptions()));

        (await store.PingAsync()).Should().BeFalse();
    }

    private IServer Server => _connection!.GetServer(_connection.GetEndPoints()[0]);

    private async Task<long> EvalShaCallsAsync()
    {
        var info = await Server.InfoRawAsync("commandstats");
        var line = info!.Split('\n').SingleOrDefault(l => l.StartsWith("cmdstat_evalsha:", StringComparison.Ordinal));
        if (line is null) return 0;
        var calls = line.Split(':')[1].Split(',')[0]; // calls=N
        return long.Parse(calls["calls=".Length..], System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Polls until Redis no longer has the key (EXISTS also expires it lazily), within a deadline.</summary>
    private async Task WaitUntilGoneAsync(string redisKey)
    {
        var deadline = DateTime.UtcNow + ExpiryDeadline;
        while (await Db.KeyExistsAsync(redisKey))
        {
            if (DateTime.UtcNow > deadline)
                throw new TimeoutException($"Redis kept {redisKey} beyond {ExpiryDeadline.TotalSeconds:0} s although its TTL was {ShortTtl.TotalMilliseconds:0} ms.");
            await Task.Delay(TimeSpan.FromMilliseconds(20));
        }
    }

    private RedisSessionStore NewStore(string keyPrefix) =>
        new(_connection!, Options.Create(new SessionStoreOptions { KeyPrefix = keyPrefix }));
}
