using Microsoft.Extensions.DependencyInjection;
using UssdGateway.Core.Sms;
using UssdGateway.Core.Telemetry;

namespace UssdGateway.Tests.Observability;

[Collection(ObservabilityCollection.Name)]
public sealed class JobTelemetryTests
{
    [Fact]
    public async Task DispatchJob_RecordsItsDurationAndASpan_WhenTheHostsJobServerRunsIt()
    {
        await using var gateway = new ObservedGateway(new Dictionary<string, string?>
        {
            ["Jobs:RunServer"] = "true",
            ["Jobs:Schedules:sms-dispatch"] = "off", // only the enqueue's kick runs it
        });
        using var client = gateway.Factory.CreateClient(); // the host runs
        await gateway.Factory.Services.GetRequiredService<ISmsOutbox>().EnqueueAsync(
            new OutgoingSms("+22376123456", "Inscription enregistrée", "obs:job:" + Guid.NewGuid().ToString("N")));

        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        long runs;
        while ((runs = gateway.CollectMetrics().Count(GatewayMetricNames.JobDuration,
                   ("job", "SmsDispatchJob.RunAsync"), ("outcome", "succeeded"))) == 0 && DateTime.UtcNow < deadline)
            await Task.Delay(50);

        runs.Should().BeGreaterThanOrEqualTo(1, "the enqueue kicks the dispatch job, timed by the server filter");
        gateway.Activities.Snapshot().Should().Contain(a =>
            a.OperationName == GatewaySpanNames.Job && Equals(a.GetTagItem(GatewayTagNames.Job), "SmsDispatchJob.RunAsync"));
    }
}
