using Microsoft.Extensions.DependencyInjection;
using UssdGateway.Core.Sms;
using UssdGateway.Tests.Support;

namespace UssdGateway.Tests.Sms;

/// <summary>The dispatcher as the web host runs it: a Hangfire job kicked by the enqueue (the minutely sweep is off here).</summary>
public sealed class HostedDispatchTests : IAsyncLifetime
{
    private FakeAfricasTalking _provider = null!;

    public async Task InitializeAsync() => _provider = await FakeAfricasTalking.StartAsync();

    public async Task DisposeAsync() => await _provider.DisposeAsync();

    [Fact]
    public async Task Enqueue_KicksTheDispatchJob_WhichSendsAtOnce()
    {
        using var factory = SmsGateway.Create(new Dictionary<string, string?>
        {
            ["Sms:AfricasTalking:BaseUrl"] = _provider.BaseUrl,
            ["Jobs:RunServer"] = "true",
            ["Jobs:Schedules:sms-dispatch"] = "off", // only the kick can send it
        });
        using var client = factory.CreateClient(); // the host runs: migrated, dispatcher waiting
        (await _provider.Received.WaitAsync(TimeSpan.FromMilliseconds(200))).Should().BeFalse("nothing is queued yet");

        await factory.Services.GetRequiredService<ISmsOutbox>().EnqueueAsync(new OutgoingSms("+22376123456", "Inscription enregistrée", "hosted:1"));

        (await _provider.Received.WaitAsync(TimeSpan.FromSeconds(30))).Should().BeTrue("the enqueue kicks the dispatch job");
        _provider.Requests.Single().Form["message"].Should().Be("Inscription enregistrée");
    }
}
