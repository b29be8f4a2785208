using Microsoft.Extensions.DependencyInjection;
using UssdGateway.Core.Sessions;
using UssdGateway.Testing;
using UssdGateway.Tests.Support;

namespace UssdGateway.Tests.Sessions;

/// <summary>Retries racing the original hop never corrupt the session: one write wins, everyone gets its answer.</summary>
public sealed class RacingHopTests(RedisServerFixture redis) : IClassFixture<RedisServerFixture>
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task ConcurrentCopiesOfAHop_AdvanceTheSessionOnce_AndGetTheSameAnswer(bool useRedis)
    {
        await using var factory = useRedis
            ? new GatewayFactory { RedisConnectionString = redis.ConnectionString, Settings = { ["Sessions:KeyPrefix"] = redis.NewKeyPrefix() } }
            : new GatewayFactory();
        using var client = factory.CreateClient();
        var original = new UssdPhone(client, TestPhones.Next());
        await original.DialAsync();
        await original.SendAllAsync("1", "1", "1");
        var store = factory.Services.GetRequiredService<ISessionStore>();
        var key = UssdSession.KeyFor("africastalking", original.SessionId);
        var before = (await store.GetAsync(key))!;

        var copies = Enumerable.Range(0, 12).Select(_ => new UssdPhone(client, original.PhoneNumber)).ToList();
        foreach (var copy in copies) copy.Continue(original);
        var replies = await Task.WhenAll(copies.Select(c => c.SendAsync("Awa Traoré")));

        replies.Should().OnlyContain(r => r == "CON Vous êtes:\n1. Une femme\n2. Un homme\n0. Retour");
        var after = (await store.GetAsync(key))!;
        after.Hops.Should().Be(before.Hops + 1);
        after.Version.Should().Be(before.Version + 1);
        after.Vars["full_name"].Should().Be("Awa Traoré");
    }
}
