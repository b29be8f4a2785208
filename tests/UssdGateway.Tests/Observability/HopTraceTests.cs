using System.Diagnostics;
using UssdGateway.Core.Telemetry;
using UssdGateway.Tests.Support;

namespace UssdGateway.Tests.Observability;

[Collection(ObservabilityCollection.Name)]
public sealed class HopTraceTests
{
    [Fact]
    public async Task Hop_IsAChildOfTheWebhookRequest_AndLoadsAndSavesTheSessionUnderIt()
    {
        await using var gateway = new ObservedGateway();
        var phone = new UssdPhone(gateway.Factory.CreateClient(), TestPhones.Next());

        await phone.DialAsync();

        var hop = await EventuallyAsync(gateway, spans => spans.SingleOrDefault(a =>
            a.OperationName == GatewaySpanNames.Hop && Equals(a.GetTagItem(GatewayTagNames.SessionId), phone.SessionId)));
        var request = await EventuallyAsync(gateway, spans => spans.SingleOrDefault(a => a.SpanId == hop.ParentSpanId));
        request.Source.Name.Should().Be("Microsoft.AspNetCore");
        request.Kind.Should().Be(ActivityKind.Server);
        request.GetTagItem("url.path").Should().Be("/webhooks/africastalking/ussd");
        hop.TraceId.Should().Be(request.TraceId);
        hop.GetTagItem(GatewayTagNames.Screen).Should().Be("$language");
        hop.GetTagItem(GatewayTagNames.Outcome).Should().Be("con");
        gateway.Activities.Snapshot().Where(a => a.ParentSpanId == hop.SpanId).Select(a => a.OperationName)
            .Should().Contain([GatewaySpanNames.SessionLoad, GatewaySpanNames.SessionSave]);
    }

    /// <summary>Spans are exported when they end, on the server's threads, possibly just after the answer reached the client.</summary>
    private static async Task<Activity> EventuallyAsync(ObservedGateway gateway, Func<List<Activity>, Activity?> find)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(10);
        while (true)
        {
            if (find(gateway.Activities.Snapshot()) is { } found) return found;
            if (DateTime.UtcNow > deadline) throw new TimeoutException("the span was not exported within 10 s");
            await Task.Delay(20);
        }
    }
}
