using Microsoft.Extensions.DependencyInjection;
using UssdGateway.Core.Sms;
using UssdGateway.Tests.Support;

namespace UssdGateway.Tests.Sms;

/// <summary>The dispatcher as the web host runs it: woken by an enqueue, not by its (here hour-long) poll.</summary>
public sealed class HostedDispatchTests : IAsyncLifetime
{
    private FakeAfricasTalking _provider = null!;

    public async Task InitializeAsync() => _provider = await FakeAfricasTalking.StartAsync();

    public async Task DisposeAsync() => await _provider.DisposeAsync();

    [Fact]
    public async Task Enqueue_WakesTheHostedDispatcher_WhichSendsAtOnce()
    {
        using var factory = SmsGateway.Create(new Dictionary<string, string?>
        {
            ["Sms:AfricasTalking:BaseUrl"] = _provider.BaseUrl,
            ["Sms:Dispatch:Enabled"] = "true",
            ["Sms:Dispatch:PollInterval"] = "01:00:00",
        });
        using var client = factory.CreateClient(); // the host runs: migrated, dispatcher waiting
        (await _provider.Received.WaitAsync(TimeSpan.FromMilliseconds(200))).Should().BeFalse("nothing is queued yet");

        await factory.Services.GetRequiredService<ISmsOutbox>().EnqueueAsync(new OutgoingSms("+22376123456", "Inscription enregistrée", "hosted:1"));

        (await _provider.Received.WaitAsync(TimeSpan.FromSeconds(30))).Should().BeTrue("the enqueue wakes the dispatcher");
        _provider.Requests.Single().Form["message"].Should().Be("Inscription enregistrée");
    }
}
