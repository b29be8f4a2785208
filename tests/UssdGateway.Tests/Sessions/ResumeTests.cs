using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;
using UssdGateway.Tests.Support;

namespace UssdGateway.Tests.Sessions;

/// <summary>A dropped call, then the same number dialling again, on the real host and in-process store with a fake clock.</summary>
public sealed class ResumeTests : IAsyncDisposable
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 29, 10, 0, 0, TimeSpan.Zero));
    private readonly GatewayFactory _factory;

    public ResumeTests()
    {
        _factory = new GatewayFactory { ConfigureTestServices = s => s.Replace(ServiceDescriptor.Singleton<TimeProvider>(_time)) };
    }

    [Fact]
    public async Task Dial_OffersToContinue_AndRegistrationCompletes_WhenTheNumberCallsBackWithinTheResumeTtl()
    {
        using var client = _factory.CreateClient();
        var number = TestPhones.Next();
        var dropped = new UssdPhone(client, number);
        await dropped.DialAsync();
        await dropped.SendAllAsync("1", "1", "1", "Oumou Sangaré", "1");

        _time.Advance(TimeSpan.FromSeconds(200)); // past the 180 s session TTL: the call is gone
        var again = new UssdPhone(client, number);

        (await again.DialAsync()).Should().Be("CON Votre session a été coupée.\n1. Continuer où j'étais\n2. Recommencer");
        (await again.SendAsync("1")).Should().Be("CON Votre année de naissance (ex: 2004):");
        (await again.SendAllAsync("2001", "3", "1", "1")).Should().StartWith("CON Oumou Sangaré, Une femme, 2001, Commune III, Bamako (District), Alimentation.");
        (await again.SendAsync("1")).Should().StartWith("END Merci Oumou Sangaré!");
    }

    [Fact]
    public async Task Dial_OffersNothing_WhenTheResumeTtlHasPassed()
    {
        using var client = _factory.CreateClient();
        var number = TestPhones.Next();
        var dropped = new UssdPhone(client, number);
        await dropped.DialAsync();
        await dropped.SendAllAsync("1", "1", "1", "Oumou Sangaré");

        _time.Advance(TimeSpan.FromSeconds(301));

        (await new UssdPhone(client, number).DialAsync()).Should().StartWith("CON RENAPESS - Jeunes et ESS");
    }

    public ValueTask DisposeAsync() => _factory.DisposeAsync();
}
