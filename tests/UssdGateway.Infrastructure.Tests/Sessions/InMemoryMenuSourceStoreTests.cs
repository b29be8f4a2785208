using Microsoft.Extensions.Time.Testing;
using UssdGateway.Core.Sessions;
using UssdGateway.Infrastructure.Sessions;

namespace UssdGateway.Infrastructure.Tests.Sessions;

public sealed class InMemoryMenuSourceStoreTests : MenuSourceStoreContract
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 12, 7, 8, 0, 0, TimeSpan.Zero));
    private readonly InMemoryMenuSourceStore _store;

    public InMemoryMenuSourceStoreTests() => _store = new InMemoryMenuSourceStore(_time);

    protected override IMenuSourceStore Store => _store;

    protected override TimeSpan ShortTtl => TimeSpan.FromMinutes(10);

    protected override Task LetExpireAsync(string menuId, string version)
    {
        _time.Advance(ShortTtl);
        return Task.CompletedTask;
    }

    [Fact]
    public async Task GetAsync_ReturnsSource_WhenSavingAgainRefreshedTheTtl()
    {
        await _store.SaveAsync("renapess", "v1", "renapess.yaml", Source, TimeSpan.FromMinutes(10));
        _time.Advance(TimeSpan.FromMinutes(9));
        await _store.SaveAsync("renapess", "v1", "renapess.yaml", Source, TimeSpan.FromMinutes(10));

        _time.Advance(TimeSpan.FromMinutes(9));

        (await _store.GetAsync("renapess", "v1")).Should().NotBeNull();
    }
}
