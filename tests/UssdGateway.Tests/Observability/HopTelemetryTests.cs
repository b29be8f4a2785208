using UssdGateway.Core.Telemetry;
using UssdGateway.Tests.Support;

namespace UssdGateway.Tests.Observability;

[Collection(ObservabilityCollection.Name)]
public sealed class HopTelemetryTests
{
    [Fact]
    public async Task Hop_CountsTheHopAndItsLatency_UnderTheScreenItShowed()
    {
        await using var gateway = new ObservedGateway();
        var phone = new UssdPhone(gateway.Factory.CreateClient(), TestPhones.Next());

        (await phone.DialAsync()).Should().StartWith("CON Langue / Kan");

        var metrics = gateway.CollectMetrics();
        metrics.Sum(GatewayMetricNames.Hops,
            ("provider", "africastalking"), ("menu", "renapess"), ("screen", "$language"), ("outcome", "con")).Should().Be(1);
        metrics.Count(GatewayMetricNames.HopDuration, ("provider", "africastalking"), ("screen", "$language")).Should().Be(1);
        metrics.Sum(GatewayMetricNames.SessionsStarted, ("provider", "africastalking"), ("menu", "renapess")).Should().Be(1);
    }

    [Fact]
    public async Task Hop_CountsNoNewSession_WhenTheSessionGoesOn()
    {
        await using var gateway = new ObservedGateway();
        var phone = new UssdPhone(gateway.Factory.CreateClient(), TestPhones.Next());

        await phone.DialAsync();
        await phone.SendAsync("1");

        var metrics = gateway.CollectMetrics();
        metrics.Sum(GatewayMetricNames.Hops, ("outcome", "con")).Should().Be(2);
        metrics.Values(GatewayMetricNames.Hops, "screen").Should().HaveCount(2).And.Contain("$language");
        metrics.Count(GatewayMetricNames.HopDuration).Should().Be(2);
        metrics.Sum(GatewayMetricNames.SessionsStarted).Should().Be(1);
    }

    [Fact]
    public async Task SessionEvent_CountsTheEndAndTheTimeoutOnce_WhenTheTelcoReportsAnIncompleteSessionTwice()
    {
        await using var gateway = new ObservedGateway();
        using var client = gateway.Factory.CreateClient();
        var form = new Dictionary<string, string>
        {
            ["sessionId"] = "ATUid_obs_" + Guid.NewGuid().ToString("N"),
            ["phoneNumber"] = TestPhones.Next(),
            ["serviceCode"] = UssdPhone.ShortCode,
            ["status"] = "Incomplete",
            ["hopsCount"] = "2",
        };

        for (var i = 0; i < 2; i++)
        {
            using var response = await client.PostAsync("/webhooks/africastalking/ussd/events", new FormUrlEncodedContent(form));
            response.IsSuccessStatusCode.Should().BeTrue();
        }

        var metrics = gateway.CollectMetrics();
        metrics.Sum(GatewayMetricNames.SessionsEnded, ("provider", "africastalking"), ("status", "Incomplete")).Should().Be(1);
        metrics.Sum(GatewayMetricNames.SessionsTimedOut, ("provider", "africastalking")).Should().Be(1);
    }
}
