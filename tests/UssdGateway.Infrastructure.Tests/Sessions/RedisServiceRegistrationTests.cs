using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using StackExchange.Redis;
using UssdGateway.Core.Sessions;
using UssdGateway.Infrastructure.Sessions;
using UssdGateway.Testing;

namespace UssdGateway.Infrastructure.Tests.Sessions;

[Collection(RedisCollection.Name)]
public sealed class RedisServiceRegistrationTests(RedisServerFixture redis)
{
    [Fact]
    public async Task AddUssdGatewayInfrastructure_RegistersRedisSessionStoreOnOneMultiplexer_WhenRedisIsConfigured()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection([
                new("ConnectionStrings:Redis", redis.ConnectionString),
                new("Sessions:KeyPrefix", redis.NewKeyPrefix()),
            ])
            .Build();
        await using var services = new ServiceCollection().AddUssdGatewayInfrastructure(configuration).BuildServiceProvider();

        var store = services.GetRequiredService<ISessionStore>();

        store.Should().BeOfType<RedisSessionStore>();
        services.GetRequiredService<ISessionStore>().Should().BeSameAs(store);
        services.GetRequiredService<IConnectionMultiplexer>().Should().BeSameAs(services.GetRequiredService<IConnectionMultiplexer>());
        (await store.PingAsync()).Should().BeTrue();
        var session = SessionSamples.Full();
        session.Version = 1;
        (await store.TrySaveAsync(session, new SessionWrite(0, TimeSpan.FromMinutes(1), "", ResumeAction.Keep, TimeSpan.Zero))).Should().BeTrue();
        (await store.GetAsync(session.Key)).Should().NotBeNull();

        var menus = services.GetRequiredService<IMenuSourceStore>();
        menus.Should().BeOfType<RedisMenuSourceStore>();
        await menus.SaveAsync("renapess", "v1", "renapess.yaml", "menu: renapess", TimeSpan.FromMinutes(1));
        (await menus.GetAsync("renapess", "v1")).Should().Be(new MenuSource("renapess.yaml", "menu: renapess"));
    }

    [Fact]
    public void ParseOptions_FailsFastWithoutAborting_WhenConnectionStringSetsNothing()
    {
        var options = RedisConnection.ParseOptions("127.0.0.1:6379");

        options.AbortOnConnectFail.Should().BeFalse();
        options.ConnectTimeout.Should().BeLessThanOrEqualTo(2000);
        options.SyncTimeout.Should().BeLessThanOrEqualTo(1000);
        options.AsyncTimeout.Should().BeLessThanOrEqualTo(1000);
        options.BacklogPolicy.QueueWhileDisconnected.Should().BeFalse("a command fails at once while Redis is away");
    }

    [Fact]
    public void ParseOptions_LetsConnectionStringWin_WhenItSetsTimeouts()
    {
        var options = RedisConnection.ParseOptions("redis.internal:6380,syncTimeout=2500,abortConnect=true,password=x");

        options.SyncTimeout.Should().Be(2500);
        options.AbortOnConnectFail.Should().BeTrue();
        options.EndPoints.Should().ContainSingle();
    }
}
