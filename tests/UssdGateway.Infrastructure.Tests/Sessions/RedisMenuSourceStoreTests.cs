using Microsoft.Extensions.Options;
using StackExchange.Redis;
using UssdGateway.Core.Sessions;
using UssdGateway.Infrastructure.Sessions;
using UssdGateway.Testing;

namespace UssdGateway.Infrastructure.Tests.Sessions;

[Collection(RedisCollection.Name)]
public sealed class RedisMenuSourceStoreTests(RedisServerFixture redis) : MenuSourceStoreContract
{
    private static readonly TimeSpan ExpiryDeadline = TimeSpan.FromSeconds(10);

    private readonly string _keyPrefix = redis.NewKeyPrefix();
    private ConnectionMultiplexer? _connection;
    private RedisMenuSourceStore? _store;

    protected override IMenuSourceStore Store => _store!;

    protected override TimeSpan ShortTtl => TimeSpan.FromMilliseconds(200);

    private IDatabase Db => _connection!.GetDatabase();

    public override async Task InitializeAsync()
    {
        _connection = await ConnectionMultiplexer.ConnectAsync(RedisConnection.ParseOptions(redis.ConnectionString));
        _store = new RedisMenuSourceStore(_connection, Options.Create(new SessionStoreOptions { KeyPrefix = _keyPrefix }));
    }

    public override async Task DisposeAsync()
    {
        if (_connection is not null) await _connection.DisposeAsync();
    }

    protected override async Task LetExpireAsync(string menuId, string version)
    {
        var key = RedisMenuSourceStore.RedisKeyFor(_keyPrefix, menuId, version);
        var deadline = DateTime.UtcNow + ExpiryDeadline;
        while (await Db.KeyExistsAsync(key))
        {
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"Redis kept {key} beyond {ExpiryDeadline.TotalSeconds:0} s.");
            await Task.Delay(TimeSpan.FromMilliseconds(20));
        }
    }

    [Fact]
    public void RedisKeyFor_IsMenuIdThenVersion_WhenDefaultPrefix()
    {
        RedisMenuSourceStore.RedisKeyFor(SessionStoreOptions.DefaultKeyPrefix, "renapess", "3f2a")
            .Should().Be("ussd:menu:renapess:3f2a");
    }

    [Fact]
    public async Task SaveAsync_WritesHashWithFileAndSourceAndTtl_WhenSaving()
    {
        await Store.SaveAsync("renapess", "v1", "renapess.yaml", Source, TimeSpan.FromHours(1));

        var key = RedisMenuSourceStore.RedisKeyFor(_keyPrefix, "renapess", "v1");
        (await Db.KeyTypeAsync(key)).Should().Be(RedisType.Hash);
        (await Db.HashGetAsync(key, "file")).ToString().Should().Be("renapess.yaml");
        (await Db.HashGetAsync(key, "source")).ToString().Should().Be(Source);
        (await Db.KeyTimeToLiveAsync(key))!.Value.Should().BeGreaterThan(TimeSpan.FromMinutes(59)).And.BeLessThanOrEqualTo(TimeSpan.FromHours(1));
    }

    [Fact]
    public async Task SaveAsync_RefreshesTtl_WhenSavingAgain()
    {
        var key = RedisMenuSourceStore.RedisKeyFor(_keyPrefix, "renapess", "v1");
        await Store.SaveAsync("renapess", "v1", "renapess.yaml", Source, TimeSpan.FromMinutes(1));

        await Store.SaveAsync("renapess", "v1", "renapess.yaml", Source, TimeSpan.FromHours(1));

        (await Db.KeyTimeToLiveAsync(key))!.Value.Should().BeGreaterThan(TimeSpan.FromMinutes(59));
    }
}
