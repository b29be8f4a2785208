using Microsoft.Extensions.Time.Testing;
using UssdGateway.Infrastructure.Sms;

namespace UssdGateway.Infrastructure.Tests.Notices;

public sealed class ProviderPacerTests
{
    [Fact]
    public async Task Turns_AreSpacedByTheProvidersRate_AndProvidersDoNotWaitForEachOther()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 12, 7, 9, 0, 0, TimeSpan.Zero));
        var pacer = new ProviderPacer(time);

        await pacer.WaitTurnAsync("africastalking", 2, CancellationToken.None); // the first goes at once
        var second = pacer.WaitTurnAsync("africastalking", 2, CancellationToken.None);
        var third = pacer.WaitTurnAsync("africastalking", 2, CancellationToken.None);
        await pacer.WaitTurnAsync("twilio", 2, CancellationToken.None); // another provider: its own turns

        second.IsCompleted.Should().BeFalse("2 per second: the second waits 500 ms");
        time.Advance(TimeSpan.FromMilliseconds(500));
        await second;
        third.IsCompleted.Should().BeFalse("the third waits another 500 ms");
        time.Advance(TimeSpan.FromMilliseconds(500));
        await third;
    }

    [Fact]
    public async Task NoRate_MeansNoWait()
    {
        var pacer = new ProviderPacer(new FakeTimeProvider());

        var turns = Enumerable.Range(0, 100).Select(_ => pacer.WaitTurnAsync("log", 0, CancellationToken.None));

        (await Task.WhenAll(turns.Select(async t => { await t; return true; }))).Should().AllBeEquivalentTo(true);
    }
}
