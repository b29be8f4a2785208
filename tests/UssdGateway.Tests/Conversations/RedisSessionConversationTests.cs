using StackExchange.Redis;
using UssdGateway.Testing;
using UssdGateway.Tests.Support;

namespace UssdGateway.Tests.Conversations;

/// <summary>The same walk with sessions in a real redis-server, started by the test on a free port.</summary>
public sealed class RedisSessionConversationTests(RedisServerFixture redis) : IClassFixture<RedisServerFixture>
{
    [Fact]
    public async Task Registration_KeepsTheSessionInRedis_WhenRedisIsConfigured()
    {
        var prefix = redis.NewKeyPrefix();
        await using var factory = new GatewayFactory
        {
            RedisConnectionString = redis.ConnectionString,
            Settings = new Dictionary<string, string?> { ["Sessions:KeyPrefix"] = prefix },
        };
        using var client = factory.CreateClient();
        var phone = new UssdPhone(client, TestPhones.Next());
        await using var connection = await ConnectionMultiplexer.ConnectAsync(redis.ConnectionString);
        var db = connection.GetDatabase();

        await phone.DialAsync();
        var key = $"{prefix}session:africastalking:{phone.SessionId}";
        (await db.KeyExistsAsync(key)).Should().BeTrue("the session lives in Redis under its documented key");
        (await db.KeyTimeToLiveAsync(key)).Should().BeGreaterThan(TimeSpan.FromSeconds(100)).And.BeLessThanOrEqualTo(TimeSpan.FromSeconds(180));

        var end = await phone.SendAllAsync("1", "1", "1", "Mariam Konaté", "1", "1999", "3", "1", "5", "1");

        end.Should().StartWith("END Merci Mariam Konaté!");
    }
}
