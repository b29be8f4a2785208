using UssdGateway.Core.Sessions;

namespace UssdGateway.Infrastructure.Tests.Sessions;

/// <summary>What every <see cref="ISessionStore"/> must do; run against each store by a derived class.</summary>
public abstract class SessionStoreContract : IAsyncLifetime
{
    protected static readonly TimeSpan Ttl = TimeSpan.FromMinutes(3);

    /// <summary>Longer than any <see cref="ShortTtl"/> wait: what must outlive an expiry.</summary>
    protected static readonly TimeSpan LongTtl = TimeSpan.FromMinutes(30);

    protected abstract ISessionStore Store { get; }

    /// <summary>A TTL short enough for <see cref="LetSessionExpireAsync"/> and <see cref="LetResumeExpireAsync"/> to wait out.</summary>
    protected abstract TimeSpan ShortTtl { get; }

    /// <summary>Returns once the session saved under <paramref name="key"/> with <see cref="ShortTtl"/> has expired.</summary>
    protected abstract Task LetSessionExpireAsync(string key);

    /// <summary>Returns once the resume snapshot saved under <paramref name="resumeKey"/> with <see cref="ShortTtl"/> has expired.</summary>
    protected abstract Task LetResumeExpireAsync(string resumeKey);

    public virtual Task InitializeAsync() => Task.CompletedTask;

    public virtual Task DisposeAsync() => Task.CompletedTask;

    /// <summary>A save of a session whose stored version is <paramref name="expectedVersion"/> (0: none stored).</summary>
    protected static SessionWrite Write(
        long expectedVersion, TimeSpan? ttl = null, ResumeAction resume = ResumeAction.Keep, TimeSpan? resumeTtl = null, string? resumeKey = null) =>
        new(expectedVersion, ttl ?? Ttl, resumeKey ?? SessionSamples.ResumeKey, resume, resumeTtl ?? LongTtl);

    /// <summary>Saves <paramref name="session"/> as the next version of what is stored (the engine's way), asserting it won.</summary>
    protected async Task<UssdSession> SaveNextAsync(
        UssdSession session, long expectedVersion, TimeSpan? ttl = null, ResumeAction resume = ResumeAction.Keep, TimeSpan? resumeTtl = null)
    {
        session.Version = expectedVersion + 1;
        (await Store.TrySaveAsync(session, Write(expectedVersion, ttl, resume, resumeTtl))).Should().BeTrue();
        return session;
    }

    [Fact]
    public async Task GetAsync_ReturnsNull_WhenKeyIsUnknown()
    {
        (await Store.GetAsync(UssdSession.KeyFor("africastalking", "unknown"))).Should().BeNull();
    }

    [Fact]
    public async Task GetAsync_ReturnsEveryFieldIncludingResumable_WhenSessionWasSaved()
    {
        var session = await SaveNextAsync(SessionSamples.Full(), 0);

        var loaded = await Store.GetAsync(session.Key);

        loaded.Should().NotBeNull();
        loaded.Should().BeEquivalentTo(session, o => o.WithStrictOrdering());
        loaded!.Resumable.Should().NotBeNull();
        loaded.Resumable!.Vars["full_name"].Should().Be("Awa Traoré");
        loaded.UpdatedAt.Offset.Should().Be(TimeSpan.FromHours(1));
        loaded.Version.Should().Be(1);
    }

    [Fact]
    public async Task GetAsync_ReturnsLatest_WhenSessionWasSavedTwice()
    {
        var session = await SaveNextAsync(SessionSamples.Full(), 0);
        session.Screen = "thanks";
        session.Vars["sector"] = "agriculture";
        session.Items = null;
        session.Resumable = null;
        session.Hops = 5;
        await SaveNextAsync(session, 1);

        var loaded = await Store.GetAsync(session.Key);

        loaded.Should().BeEquivalentTo(session);
        loaded!.Version.Should().Be(2);
        loaded.Items.Should().BeNull();
        loaded.Resumable.Should().BeNull();
    }

    [Fact]
    public async Task TrySaveAsync_ReturnsFalseAndKeepsStored_WhenCreatingButASessionIsStored()
    {
        var stored = await SaveNextAsync(SessionSamples.Full(), 0);
        var other = SessionSamples.Full();
        other.Screen = "other";
        other.Version = 1;

        var saved = await Store.TrySaveAsync(other, Write(0));

        saved.Should().BeFalse();
        (await Store.GetAsync(stored.Key))!.Screen.Should().Be(stored.Screen);
    }

    [Fact]
    public async Task TrySaveAsync_ReturnsFalseAndWritesNothing_WhenExpectedVersionIsStale()
    {
        var session = await SaveNextAsync(SessionSamples.Full(), 0);
        await SaveNextAsync(session, 1); // another hop saved version 2
        var stale = SessionSamples.Full();
        stale.Screen = "stale";
        stale.Version = 2;

        var saved = await Store.TrySaveAsync(stale, Write(1, resume: ResumeAction.Save));

        saved.Should().BeFalse();
        var loaded = await Store.GetAsync(session.Key);
        loaded!.Version.Should().Be(2);
        loaded.Screen.Should().Be(session.Screen);
        (await Store.GetResumeAsync(SessionSamples.ResumeKey)).Should().BeNull("a lost save writes no snapshot either");
    }

    [Fact]
    public async Task TrySaveAsync_ReturnsFalse_WhenExpectedVersionIsAheadOfStored()
    {
        var session = await SaveNextAsync(SessionSamples.Full(), 0);
        session.Version = 6;

        (await Store.TrySaveAsync(session, Write(5))).Should().BeFalse();
        (await Store.GetAsync(session.Key))!.Version.Should().Be(1);
    }

    [Fact]
    public async Task TrySaveAsync_ReturnsFalse_WhenSessionWasDeletedMeanwhile()
    {
        var session = await SaveNextAsync(SessionSamples.Full(), 0);
        await Store.DeleteAsync(session.Key);
        session.Version = 2;

        (await Store.TrySaveAsync(session, Write(1))).Should().BeFalse();
        (await Store.GetAsync(session.Key)).Should().BeNull();
    }

    [Fact]
    public async Task TrySaveAsync_CreatesAgain_WhenStoredSessionHasExpired()
    {
        var session = await SaveNextAsync(SessionSamples.Full(), 0, ttl: ShortTtl);
        await LetSessionExpireAsync(session.Key);

        var again = SessionSamples.Full();
        again.Version = 1;

        (await Store.TrySaveAsync(again, Write(0))).Should().BeTrue();
        (await Store.GetAsync(session.Key)).Should().NotBeNull();
    }

    [Fact]
    public async Task TrySaveAsync_LetsExactlyOneWin_WhenTwentySaversCreateTheSameSession()
    {
        var store = Store;
        var savers = Enumerable.Range(0, 20).Select(i =>
        {
            var session = SessionSamples.Full();
            session.Screen = "screen_" + i;
            session.Version = 1;
            return session;
        }).ToList();

        var results = await Task.WhenAll(savers.Select(s => Task.Run(async () => await store.TrySaveAsync(s, Write(0)))));

        results.Count(r => r).Should().Be(1);
        var winner = savers[Array.IndexOf(results, true)];
        (await store.GetAsync(winner.Key))!.Screen.Should().Be(winner.Screen);
    }

    [Fact]
    public async Task TrySaveAsync_LetsExactlyOneWin_WhenTwentySaversReplaceTheSameVersion()
    {
        var store = Store;
        await SaveNextAsync(SessionSamples.Full(), 0);
        var savers = Enumerable.Range(0, 20).Select(i =>
        {
            var session = SessionSamples.Full();
            session.Screen = "screen_" + i;
            session.Version = 2;
            return session;
        }).ToList();

        var results = await Task.WhenAll(savers.Select(s => Task.Run(async () => await store.TrySaveAsync(s, Write(1, resume: ResumeAction.Save)))));

        results.Count(r => r).Should().Be(1);
        var winner = savers[Array.IndexOf(results, true)];
        (await store.GetAsync(winner.Key))!.Screen.Should().Be(winner.Screen);
        (await store.GetResumeAsync(SessionSamples.ResumeKey))!.Screen.Should().Be(winner.Screen, "the snapshot is the winner's");
    }

    [Fact]
    public async Task TrySaveAsync_WritesResumeSnapshotOfTheSavedSession_WhenResumeIsSave()
    {
        var session = await SaveNextAsync(SessionSamples.Full(), 0, resume: ResumeAction.Save);

        var snapshot = await Store.GetResumeAsync(SessionSamples.ResumeKey);

        snapshot.Should().BeEquivalentTo(session, o => o.WithStrictOrdering());
    }

    [Fact]
    public async Task TrySaveAsync_ReplacesResumeSnapshot_WhenSavingAgainWithResumeSave()
    {
        var session = await SaveNextAsync(SessionSamples.Full(), 0, resume: ResumeAction.Save);
        session.Screen = "ask_sector";
        await SaveNextAsync(session, 1, resume: ResumeAction.Save);

        var snapshot = await Store.GetResumeAsync(SessionSamples.ResumeKey);

        snapshot!.Screen.Should().Be("ask_sector");
        snapshot.Version.Should().Be(2);
    }

    [Fact]
    public async Task TrySaveAsync_DeletesResumeSnapshot_WhenResumeIsDelete()
    {
        var session = await SaveNextAsync(SessionSamples.Full(), 0, resume: ResumeAction.Save);

        await SaveNextAsync(session, 1, resume: ResumeAction.Delete);

        (await Store.GetResumeAsync(SessionSamples.ResumeKey)).Should().BeNull();
        (await Store.GetAsync(session.Key)).Should().NotBeNull();
    }

    [Fact]
    public async Task TrySaveAsync_LeavesResumeSnapshot_WhenResumeIsKeep()
    {
        var session = await SaveNextAsync(SessionSamples.Full(), 0, resume: ResumeAction.Save);
        session.Screen = "ask_sector";

        await SaveNextAsync(session, 1, resume: ResumeAction.Keep);

        var snapshot = await Store.GetResumeAsync(SessionSamples.ResumeKey);
        snapshot!.Version.Should().Be(1);
        snapshot.Screen.Should().Be("ask_commune");
    }

    [Fact]
    public async Task TrySaveAsync_LeavesOtherPhonesSnapshots_WhenDeletingOne()
    {
        var otherKey = UssdSession.ResumeKeyFor("+22365000000", "renapess");
        var other = SessionSamples.Full("ATUid_other");
        other.Version = 1;
        (await Store.TrySaveAsync(other, Write(0, resume: ResumeAction.Save, resumeKey: otherKey))).Should().BeTrue();
        var session = await SaveNextAsync(SessionSamples.Full(), 0, resume: ResumeAction.Save);

        await SaveNextAsync(session, 1, resume: ResumeAction.Delete);

        (await Store.GetResumeAsync(otherKey)).Should().NotBeNull();
    }

    [Fact]
    public async Task GetResumeAsync_ReturnsSnapshot_WhenSessionHasExpiredBeforeIt()
    {
        var session = await SaveNextAsync(SessionSamples.Full(), 0, ttl: ShortTtl, resume: ResumeAction.Save, resumeTtl: LongTtl);

        await LetSessionExpireAsync(session.Key);

        (await Store.GetAsync(session.Key)).Should().BeNull();
        (await Store.GetResumeAsync(SessionSamples.ResumeKey)).Should().NotBeNull("the snapshot has its own TTL");
    }

    [Fact]
    public async Task GetAsync_ReturnsSession_WhenResumeSnapshotHasExpiredBeforeIt()
    {
        var session = await SaveNextAsync(SessionSamples.Full(), 0, ttl: LongTtl, resume: ResumeAction.Save, resumeTtl: ShortTtl);

        await LetResumeExpireAsync(SessionSamples.ResumeKey);

        (await Store.GetResumeAsync(SessionSamples.ResumeKey)).Should().BeNull();
        (await Store.GetAsync(session.Key)).Should().NotBeNull("the session has its own TTL");
    }

    [Fact]
    public async Task GetResumeAsync_ReturnsNull_WhenKeyIsUnknown()
    {
        (await Store.GetResumeAsync(UssdSession.ResumeKeyFor("+22370000000", "renapess"))).Should().BeNull();
    }

    [Fact]
    public async Task DeleteResumeAsync_RemovesSnapshotAndLeavesSession_WhenBothExist()
    {
        var session = await SaveNextAsync(SessionSamples.Full(), 0, resume: ResumeAction.Save);

        await Store.DeleteResumeAsync(SessionSamples.ResumeKey);

        (await Store.GetResumeAsync(SessionSamples.ResumeKey)).Should().BeNull();
        (await Store.GetAsync(session.Key)).Should().NotBeNull();
    }

    [Fact]
    public async Task DeleteResumeAsync_DoesNotThrow_WhenKeyIsUnknown()
    {
        var delete = async () => await Store.DeleteResumeAsync(UssdSession.ResumeKeyFor("+22370000000", "renapess"));
        await delete.Should().NotThrowAsync();
    }

    [Fact]
    public async Task DeleteAsync_RemovesSessionAndLeavesSnapshot_WhenBothExist()
    {
        var session = await SaveNextAsync(SessionSamples.Full(), 0, resume: ResumeAction.Save);

        await Store.DeleteAsync(session.Key);

        (await Store.GetAsync(session.Key)).Should().BeNull();
        (await Store.GetResumeAsync(SessionSamples.ResumeKey)).Should().NotBeNull();
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
        var kept = await SaveNextAsync(SessionSamples.Full("ATUid_kept"), 0);
        var deleted = await SaveNextAsync(SessionSamples.Full("ATUid_deleted"), 0);

        await Store.DeleteAsync(deleted.Key);

        (await Store.GetAsync(kept.Key)).Should().NotBeNull();
    }

    [Fact]
    public async Task GetAsync_ReturnsNull_WhenTtlHasElapsed()
    {
        var session = await SaveNextAsync(SessionSamples.Full(), 0, ttl: ShortTtl);

        await LetSessionExpireAsync(session.Key);

        (await Store.GetAsync(session.Key)).Should().BeNull();
    }

    [Fact]
    public async Task GetAsync_ReturnsCopies_WhenCallerMutatesSavedOrLoadedSession()
    {
        var session = await SaveNextAsync(SessionSamples.Full(), 0, resume: ResumeAction.Save);
        session.Screen = "changed-after-save";
        session.Vars["full_name"] = "changed";

        var first = await Store.GetAsync(session.Key);
        first!.History.Add("changed-after-load");
        var second = await Store.GetAsync(session.Key);
        var snapshot = await Store.GetResumeAsync(SessionSamples.ResumeKey);

        second.Should().NotBeSameAs(first);
        second!.Screen.Should().Be("ask_commune");
        second.Vars["full_name"].Should().Be("Awa Traoré");
        second.History.Should().Equal("welcome", "ask_name");
        snapshot!.Screen.Should().Be("ask_commune");
    }

    [Fact]
    public async Task TrySaveAsync_Throws_WhenTtlIsNotPositive()
    {
        var session = SessionSamples.Full();
        session.Version = 1;

        var save = async () => await Store.TrySaveAsync(session, Write(0, ttl: TimeSpan.Zero));

        await save.Should().ThrowAsync<ArgumentOutOfRangeException>();
    }

    [Fact]
    public async Task TrySaveAsync_Throws_WhenVersionWasNotRaisedAboveExpected()
    {
        var session = SessionSamples.Full();
        session.Version = 3;

        var save = async () => await Store.TrySaveAsync(session, Write(3));

        await save.Should().ThrowAsync<ArgumentException>().WithMessage("*version*");
    }

    [Fact]
    public async Task TrySaveAsync_Throws_WhenSavingResumeWithoutResumeKey()
    {
        var session = SessionSamples.Full();
        session.Version = 1;

        var save = async () => await Store.TrySaveAsync(session, Write(0, resume: ResumeAction.Save, resumeKey: ""));

        await save.Should().ThrowAsync<ArgumentException>().WithMessage("*resume key*");
        (await Store.GetAsync(session.Key)).Should().BeNull();
    }

    [Fact]
    public async Task TrySaveAsync_Throws_WhenSavingResumeWithNonPositiveResumeTtl()
    {
        var session = SessionSamples.Full();
        session.Version = 1;

        var save = async () => await Store.TrySaveAsync(session, Write(0, resume: ResumeAction.Save, resumeTtl: TimeSpan.Zero));

        await save.Should().ThrowAsync<ArgumentOutOfRangeException>();
    }

    [Fact]
    public async Task TrySaveAsync_AcceptsEmptyResumeKey_WhenResumeIsKeep()
    {
        var session = SessionSamples.Full();
        session.Version = 1;

        (await Store.TrySaveAsync(session, new SessionWrite(0, Ttl, "", ResumeAction.Keep, TimeSpan.Zero))).Should().BeTrue();
    }

    [Fact]
    public async Task PingAsync_ReturnsTrue_WhenStoreIsReachable()
    {
        (await Store.PingAsync()).Should().BeTrue();
    }
}
