using OpenTelemetry;
using OpenTelemetry.Metrics;
using UssdGateway.Core.Sms;
using UssdGateway.Core.Telemetry;
using UssdGateway.Tests.Sms;

namespace UssdGateway.Tests.Observability;

/// <summary>The dispatcher's measurements, read with the in-memory exporter on the gateway's meter.</summary>
[Collection(ObservabilityCollection.Name)]
public sealed class SmsTelemetryTests : IAsyncLifetime
{
    private readonly LockedCollection<MetricSnapshot> _exported = new();
    private FakeAfricasTalking _provider = null!;
    private MeterProvider _meters = null!;

    public async Task InitializeAsync()
    {
        _provider = await FakeAfricasTalking.StartAsync();
        _meters = Sdk.CreateMeterProviderBuilder().AddMeter(GatewayTelemetry.Name).AddInMemoryExporter(_exported).Build();
    }

    public async Task DisposeAsync()
    {
        _meters.Dispose();
        await _provider.DisposeAsync();
    }

    private Task<OutboxRig> RigAsync() => OutboxRig.StartAsync(new Dictionary<string, string?>
    {
        ["Sms:AfricasTalking:Username"] = "renapess",
        ["Sms:AfricasTalking:ApiKey"] = "at-key-123",
        ["Sms:AfricasTalking:BaseUrl"] = _provider.BaseUrl,
        ["Sms:AfricasTalking:Timeout"] = "00:00:02",
    });

    [Fact]
    public async Task Dispatch_CountsOneSentThroughAfricasTalking_WhenItAccepts()
    {
        await using var rig = await RigAsync();
        await rig.Outbox.EnqueueAsync(new OutgoingSms("+22376123456", "Merci Awa!", "obs:sent:" + Guid.NewGuid().ToString("N")));

        (await rig.Dispatcher.DispatchDueAsync()).Should().Be(1);

        var metrics = MetricReadings.Collect(_meters, _exported);
        metrics.Sum(GatewayMetricNames.SmsSent, ("provider", "africastalking"), ("outcome", "sent")).Should().Be(1);
        metrics.Sum(GatewayMetricNames.SmsSent, ("outcome", "failed")).Should().Be(0);
        metrics.Sum(GatewayMetricNames.SmsProviderErrors).Should().Be(0);
    }

    [Fact]
    public async Task Dispatch_CountsAFailureWithCode405_WhenAfricasTalkingReportsInsufficientBalance()
    {
        await using var rig = await RigAsync();
        _provider.Script(FakeAfricasTalking.Accepted(405, "InsufficientBalance"));
        await rig.Outbox.EnqueueAsync(new OutgoingSms("+22376123456", "Merci Awa!", "obs:405:" + Guid.NewGuid().ToString("N")));

        await rig.Dispatcher.DispatchDueAsync();

        var metrics = MetricReadings.Collect(_meters, _exported);
        metrics.Sum(GatewayMetricNames.SmsSent, ("provider", "africastalking"), ("outcome", "failed")).Should().Be(1);
        metrics.Sum(GatewayMetricNames.SmsProviderErrors, ("provider", "africastalking"), ("code", "405")).Should().Be(1);
    }

    [Fact]
    public async Task Dispatch_CountsAnHttpErrorCodeAndARetry_WhenAfricasTalkingAnswers500()
    {
        await using var rig = await RigAsync();
        _provider.Script(FakeAfricasTalking.Status(500));
        await rig.Outbox.EnqueueAsync(new OutgoingSms("+22376123456", "Merci Awa!", "obs:500:" + Guid.NewGuid().ToString("N")));

        await rig.Dispatcher.DispatchDueAsync();

        var metrics = MetricReadings.Collect(_meters, _exported);
        metrics.Sum(GatewayMetricNames.SmsSent, ("provider", "africastalking"), ("outcome", "retry")).Should().Be(1);
        metrics.Sum(GatewayMetricNames.SmsProviderErrors, ("provider", "africastalking"), ("code", "http_500")).Should().Be(1);
    }
}
