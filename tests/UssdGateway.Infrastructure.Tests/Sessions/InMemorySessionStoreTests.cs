using Microsoft.Extensions.Time.Testing;
using UssdGateway.Core.Sessions;
using UssdGateway.Infrastructure.Sessions;

namespace UssdGateway.Infrastructure.Tests.Sessions;

public sealed class InMemorySessionStoreTests : SessionStoreContract, IDisposable
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 12, 7, 8, 0, 0, TimeSpan.Zero));
    private readonly InMemorySessionStore _store;

    public InMemorySessionStoreTests() => _store = new InMemorySessionStore(_time);

    protected override ISessionStore Store => _store;

    protected override TimeSpan ShortTtl => Ttl;

    protected override Task LetExpireAsync(string key)
    {
        _time.Advance(ShortTtl);
        return Task.CompletedTask;
    }

    public void Dispose() => _store.Dispose();

    [Fact]
    public async Task GetAsync_ReturnsSession_WhenJustBeforeTtl()
    {
        var session = SessionSamples.Full();
        await _store.SaveAsync(session, Ttl);

        _time.Advance(Ttl - TimeSpan.FromMilliseconds(1));

        (await _store.GetAsync(session.Key)).Should().NotBeNull();
    }

    [Fact]
    public async Task GetAsync_ReturnsSession_WhenSaveRefreshedTheTtl()
    {
        var session = SessionSamples.Full();
        await _store.SaveAsync(session, Ttl);
        _time.Advance(TimeSpan.FromMinutes(2));
        await _store.SaveAsync(session, Ttl);

        _time.Advance(TimeSpan.FromMinutes(2));

        (await _store.GetAsync(session.Key)).Should().NotBeNull();
    }

    [Fact]
    public async Task GetAsync_RemovesEntry_WhenEntryHasExpired()
    {
        var session = SessionSamples.Full();
        await _store.SaveAsync(session, Ttl);
        _time.Advance(Ttl);

        await _store.GetAsync(session.Key);

        _store.Count.Should().Be(0);
    }

    [Fact]
    public async Task Sweep_RemovesOnlyExpiredEntries_WhenSweepIntervalElapses()
    {
        await _store.SaveAsync(SessionSamples.Full("short"), TimeSpan.FromSeconds(30));
        await _store.SaveAsync(SessionSamples.Full("long"), TimeSpan.FromMinutes(10));

        _time.Advance(InMemorySessionStore.DefaultSweepInterval); // fires the sweep timer, no read involved

        _store.Count.Should().Be(1);
        (await _store.GetAsync(UssdSession.KeyFor("africastalking", "long"))).Should().NotBeNull();
    }

    [Fact]
    public async Task Sweep_StopsRunning_WhenStoreIsDisposed()
    {
        var store = new InMemorySessionStore(_time);
        await store.SaveAsync(SessionSamples.Full(), TimeSpan.FromSeconds(1));
        store.Dispose();

        _time.Advance(TimeSpan.FromMinutes(5));

        store.Count.Should().Be(1);
    }
}
