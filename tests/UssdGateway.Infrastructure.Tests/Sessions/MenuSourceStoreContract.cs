using UssdGateway.Core.Sessions;

namespace UssdGateway.Infrastructure.Tests.Sessions;

/// <summary>What every <see cref="IMenuSourceStore"/> must do; run against each store by a derived class.</summary>
public abstract class MenuSourceStoreContract : IAsyncLifetime
{
    protected static readonly TimeSpan Ttl = TimeSpan.FromDays(1);

    protected const string Source = """
        # yaml-language-server: $schema=./menu.schema.json
        menu: renapess
        start: welcome
        screens:
          welcome: { type: end, text: { fr: "Bienvenue à RENAPESS", bm: "I ni ce ɲɔgɔn" } }
        """;

    protected abstract IMenuSourceStore Store { get; }

    /// <summary>A TTL short enough for <see cref="LetExpireAsync"/> to wait out.</summary>
    protected abstract TimeSpan ShortTtl { get; }

    /// <summary>Returns once the version saved with <see cref="ShortTtl"/> has expired.</summary>
    protected abstract Task LetExpireAsync(string menuId, string version);

    public virtual Task InitializeAsync() => Task.CompletedTask;

    public virtual Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task GetAsync_ReturnsFileNameAndExactText_WhenVersionWasSaved()
    {
        await Store.SaveAsync("renapess", "sha256:4f2a9c", "renapess.yaml", Source, Ttl);

        (await Store.GetAsync("renapess", "sha256:4f2a9c")).Should().Be(new MenuSource("renapess.yaml", Source));
    }

    [Fact]
    public async Task GetAsync_ReturnsNull_WhenVersionIsUnknown()
    {
        await Store.SaveAsync("renapess", "v1", "renapess.yaml", Source, Ttl);

        (await Store.GetAsync("renapess", "v2")).Should().BeNull();
        (await Store.GetAsync("other", "v1")).Should().BeNull();
    }

    [Fact]
    public async Task GetAsync_KeepsVersionsApart_WhenSeveralAreSaved()
    {
        await Store.SaveAsync("renapess", "v1", "renapess.yaml", "first", Ttl);
        await Store.SaveAsync("renapess", "v2", "renapess.yaml", "second", Ttl);

        (await Store.GetAsync("renapess", "v1"))!.Source.Should().Be("first");
        (await Store.GetAsync("renapess", "v2"))!.Source.Should().Be("second");
    }

    [Fact]
    public async Task GetAsync_ReturnsNull_WhenTtlHasElapsed()
    {
        await Store.SaveAsync("renapess", "v1", "renapess.yaml", Source, ShortTtl);

        await LetExpireAsync("renapess", "v1");

        (await Store.GetAsync("renapess", "v1")).Should().BeNull();
    }

    [Fact]
    public async Task SaveAsync_Throws_WhenTtlIsNotPositive()
    {
        var save = async () => await Store.SaveAsync("renapess", "v1", "renapess.yaml", Source, TimeSpan.Zero);

        await save.Should().ThrowAsync<ArgumentOutOfRangeException>();
    }
}
