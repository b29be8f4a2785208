using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using UssdGateway.Core.Sessions;
using UssdGateway.Core.Telemetry;
using UssdGateway.Tests.Support;

namespace UssdGateway.Tests.Observability;

[Collection(ObservabilityCollection.Name)]
public sealed class FailedHopTelemetryTests
{
    [Fact]
    public async Task Hop_CountsATimeout_WhenTheApologyWasAnsweredAfterTheHopTimeout()
    {
        await using var gateway = Gateway(new UnavailableSessionStore(hang: true));
        var phone = new UssdPhone(gateway.Factory.CreateClient(), TestPhones.Next());

        (await phone.DialAsync()).Should().StartWith("END");

        // Under load the webhook's own deadline can answer before the engine's hop has finished recording: wait for it.
        var deadline = DateTime.UtcNow.AddSeconds(10);
        var metrics = gateway.CollectMetrics();
        while (metrics.Sum(GatewayMetricNames.Hops) == 0 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(50);
            metrics = gateway.CollectMetrics();
        }
        metrics.Sum(GatewayMetricNames.Hops, ("provider", "africastalking"), ("outcome", "timeout"), ("screen", "none")).Should().Be(1);
        metrics.Sum(GatewayMetricNames.Hops, ("outcome", "error")).Should().Be(0);
        metrics.Sum(GatewayMetricNames.SessionsStarted).Should().Be(0);
    }

    [Fact]
    public async Task Hop_CountsAnError_WhenTheStoreFailsAtOnce()
    {
        await using var gateway = Gateway(new UnavailableSessionStore(hang: false));
        var phone = new UssdPhone(gateway.Factory.CreateClient(), TestPhones.Next());

        (await phone.DialAsync()).Should().StartWith("END");

        var metrics = gateway.CollectMetrics();
        metrics.Sum(GatewayMetricNames.Hops, ("provider", "africastalking"), ("outcome", "error")).Should().Be(1);
        metrics.Sum(GatewayMetricNames.Hops, ("outcome", "timeout")).Should().Be(0);
    }

    private static ObservedGateway Gateway(ISessionStore store) => new(
        new Dictionary<string, string?> { ["Ussd:HopTimeoutMilliseconds"] = "300" },
        configureServices: s => s.Replace(ServiceDescriptor.Singleton(store)));
}
