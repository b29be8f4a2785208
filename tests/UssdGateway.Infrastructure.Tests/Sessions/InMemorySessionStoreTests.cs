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

    protected override Task LetSessionExpireAsync(string key)
    {
        _time.Advance(ShortTtl);
        return Task.CompletedTask;
    }

    protected override Task LetResumeExpireAsync(string resumeKey)
    {
        _time.Advance(ShortTtl);
        return Task.CompletedTask;
    }

    public void Dispose() => _store.Dispose();

    [Fact]
    public async Task GetAsync_ReturnsSession_WhenJustBeforeTtl()
    {
        var session = await SaveNextAsync(SessionSamples.Full(), 0);

        _time.Advance(Ttl - TimeSpan.FromMilliseconds(1));

        (await _store.GetAsync(session.Key)).Should().NotBeNull();
    }

    [Fact]
    public async Task GetAsync_ReturnsSession_WhenSaveRefreshedTheTtl()
    {
        var session = await SaveNextAsync(SessionSamples.Full(), 0);
        _time.Advance(TimeSpan.FromMinutes(2));
        await SaveNextAsync(session, 1);

        _time.Advance(TimeSpan.FromMinutes(2));

        (await _store.GetAsync(session.Key)).Should().NotBeNull();
    }

    [Fact]
    public async Task GetResumeAsync_ReturnsNull_WhenExactlyAtResumeTtl()
    {
        await SaveNextAsync(SessionSamples.Full(), 0, ttl: LongTtl, resume: ResumeAction.Save, resumeTtl: TimeSpan.FromMinutes(5));

        _time.Advance(TimeSpan.FromMinutes(5) - TimeSpan.FromMilliseconds(1));
        (await _store.GetResumeAsync(SessionSamples.ResumeKey)).Should().NotBeNull();
        _time.Advance(TimeSpan.FromMilliseconds(1));
        (await _store.GetResumeAsync(SessionSamples.ResumeKey)).Should().BeNull();
    }

    [Fact]
    public async Task GetAsync_RemovesEntry_WhenEntryHasExpired()
    {
        var session = await SaveNextAsync(SessionSamples.Full(), 0);
        _time.Advance(Ttl);

        await _store.GetAsync(session.Key);

        _store.Count.Should().Be(0);
    }

    [Fact]
    public async Task Sweep_RemovesOnlyExpiredEntries_WhenSweepIntervalElapses()
    {
        await SaveNextAsync(SessionSamples.Full("short"), 0, ttl: TimeSpan.FromSeconds(30), resume: ResumeAction.Save, resumeTtl: TimeSpan.FromSeconds(30));
        await SaveNextAsync(SessionSamples.Full("long"), 0, ttl: TimeSpan.FromMinutes(10));

        _time.Advance(InMemorySessionStore.DefaultSweepInterval); // fires the sweep timer, no read involved

        _store.Count.Should().Be(1);
        (await _store.GetAsync(UssdSession.KeyFor("africastalking", "long"))).Should().NotBeNull();
    }

    [Fact]
    public async Task Sweep_StopsRunning_WhenStoreIsDisposed()
    {
        var store = new InMemorySessionStore(_time);
        var session = SessionSamples.Full();
        session.Version = 1;
        await store.TrySaveAsync(session, Write(0, ttl: TimeSpan.FromSeconds(1)));
        store.Dispose();

        _time.Advance(TimeSpan.FromMinutes(5));

        store.Count.Should().Be(1);
    }
}
