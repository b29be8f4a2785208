using UssdGateway.Core.Sessions;

namespace UssdGateway.Infrastructure.Tests.Sessions;

/// <summary>What every <see cref="ISessionStore"/> must do; run against each store by a derived class.</summary>
public abstract class SessionStoreContract : IAsyncLifetime
{
    protected static readonly TimeSpan Ttl = TimeSpan.FromMinutes(3);

    protected abstract ISessionStore Store { get; }

    /// <summary>A TTL short enough for <see cref="LetExpireAsync"/> to wait out.</summary>
    protected abstract TimeSpan ShortTtl { get; }

    /// <summary>Returns once the session saved under <paramref name="key"/> with <see cref="ShortTtl"/> has expired.</summary>
    protected abstract Task LetExpireAsync(string key);

    public virtual Task InitializeAsync() => Task.CompletedTask;

    public virtual Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task GetAsync_ReturnsNull_WhenKeyIsUnknown()
    {
        (await Store.GetAsync(UssdSession.KeyFor("africastalking", "unknown"))).Should().BeNull();
    }

    [Fact]
    public async Task GetAsync_ReturnsEveryField_WhenSessionWasSaved()
    {
        var session = SessionSamples.Full();
        await Store.SaveAsync(session, Ttl);

        var loaded = await Store.GetAsync(session.Key);

        loaded.Should().NotBeNull();
        loaded.Should().BeEquivalentTo(session, o => o.WithStrictOrdering());
        loaded!.UpdatedAt.Offset.Should().Be(TimeSpan.FromHours(1));
    }

    [Fact]
    public async Task GetAsync_ReturnsLatest_WhenSessionWasSavedTwice()
    {
        var session = SessionSamples.Full();
        await Store.SaveAsync(session, Ttl);
        session.Screen = "thanks";
        session.Vars["sector"] = "agriculture";
        session.Items = null;
        session.Hops = 5;
        await Store.SaveAsync(session, Ttl);

        var loaded = await Store.GetAsync(session.Key);

        loaded.Should().BeEquivalentTo(session);
        loaded!.Items.Should().BeNull();
    }

    [Fact]
    public async Task DeleteAsync_RemovesSession_WhenSessionExists()
    {
        var session = SessionSamples.Full();
        await Store.SaveAsync(session, Ttl);

        await Store.DeleteAsync(session.Key);

        (await Store.GetAsync(session.Key)).Should().BeNull();
    }

    [Fact]
    public async Task DeleteAsync_DoesNotThrow_WhenKeyIsUnknown()
    {
        var delete = async () => await Store.DeleteAsync(UssdSession.KeyFor("africastalking", "never-saved"));
        await delete.Should().NotThrowAsync();
    }

    [Fact]
    public async Task DeleteAsync_LeavesOtherSessions_WhenOneIsDeleted()
    {
        var kept = SessionSamples.Full("ATUid_kept");
        var deleted = SessionSamples.Full("ATUid_deleted");
        await Store.SaveAsync(kept, Ttl);
        await Store.SaveAsync(deleted, Ttl);

        await Store.DeleteAsync(deleted.Key);

        (await Store.GetAsync(kept.Key)).Should().NotBeNull();
    }

    [Fact]
    public async Task GetAsync_ReturnsNull_WhenTtlHasElapsed()
    {
        var session = SessionSamples.Full();
        await Store.SaveAsync(session, ShortTtl);

        await LetExpireAsync(session.Key);

        (await Store.GetAsync(session.Key)).Should().BeNull();
    }

    [Fact]
    public async Task GetAsync_ReturnsCopies_WhenCallerMutatesSavedOrLoadedSession()
    {
        var session = SessionSamples.Full();
        await Store.SaveAsync(session, Ttl);
        session.Screen = "changed-after-save";
        session.Vars["full_name"] = "changed";

        var first = await Store.GetAsync(session.Key);
        first!.History.Add("changed-after-load");
        var second = await Store.GetAsync(session.Key);

        second.Should().NotBeSameAs(first);
        second!.Screen.Should().Be("ask_commune");
        second.Vars["full_name"].Should().Be("Awa Traoré");
        second.History.Should().Equal("welcome", "ask_name");
    }

    [Fact]
    public async Task SaveAsync_Throws_WhenTtlIsNotPositive()
    {
        var save = async () => await Store.SaveAsync(SessionSamples.Full(), TimeSpan.Zero);
        await save.Should().ThrowAsync<ArgumentOutOfRangeException>();
    }

    [Fact]
    public async Task PingAsync_ReturnsTrue_WhenStoreIsReachable()
    {
        (await Store.PingAsync()).Should().BeTrue();
    }
}
