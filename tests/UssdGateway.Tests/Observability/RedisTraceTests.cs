using System.Diagnostics;
using UssdGateway.Core.Telemetry;
using UssdGateway.Testing;
using UssdGateway.Tests.Support;

namespace UssdGateway.Tests.Observability;

[Collection(ObservabilityCollection.Name)]
public sealed class RedisTraceTests(RedisServerFixture redis) : IClassFixture<RedisServerFixture>
{
    [Fact]
    public async Task SessionLoad_HasTheRedisCommandAsItsChild_WhenSessionsAreInRedis()
    {
        await using var gateway = new ObservedGateway(
            new Dictionary<string, string?> { ["Sessions:KeyPrefix"] = redis.NewKeyPrefix() }, redis.ConnectionString);
        var phone = new UssdPhone(gateway.Factory.CreateClient(), TestPhones.Next());

        await phone.DialAsync();

        // StackExchange.Redis's instrumentation turns profiled commands into spans when it drains them (at most every 10 s).
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        Activity? command = null;
        while (command is null && DateTime.UtcNow < deadline)
        {
            var spans = gateway.Activities.Snapshot();
            var hop = spans.SingleOrDefault(a => a.OperationName == GatewaySpanNames.Hop && Equals(a.GetTagItem(GatewayTagNames.SessionId), phone.SessionId));
            var load = hop is null ? null : spans.FirstOrDefault(a => a.OperationName == GatewaySpanNames.SessionLoad && a.ParentSpanId == hop.SpanId);
            command = load is null ? null : spans.FirstOrDefault(a => a.ParentSpanId == load.SpanId);
            if (command is null) await Task.Delay(100);
        }

        command.Should().NotBeNull("the Redis read of the session is traced under the session load");
        command!.Source.Name.Should().Contain("StackExchangeRedis");
    }
}
