using Microsoft.Extensions.Time.Testing;
using UssdGateway.Core.Menus;
using UssdGateway.Infrastructure.Data;
using UssdGateway.Infrastructure.Menus;
using UssdGateway.Infrastructure.Tests.Data;

namespace UssdGateway.Infrastructure.Tests.Menus;

/// <summary><see cref="MenuHistory"/> on SQLite: versions per file, newest first, with their content kept.</summary>
public sealed class MenuHistoryTests : IAsyncLifetime
{
    private readonly SqliteTestDatabase _database = new();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 29, 10, 0, 0, TimeSpan.Zero));
    private MenuHistory _history = null!;

    public async Task InitializeAsync()
    {
        await new DatabaseMigrator(_database.Connections).MigrateAsync();
        _history = new MenuHistory(_database.Connections, _time);
    }

    public Task DisposeAsync()
    {
        _database.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Versions_AreListedNewestFirst_PerFile_WithWhoWhenHashAndSize()
    {
        await _history.AddAsync("a.yaml", "menu: a # v1", "found", "dossier des menus");
        _time.Advance(TimeSpan.FromMinutes(5));
        await _history.AddAsync("a.yaml", "menu: a # v2 é", "publish", "awa");
        await _history.AddAsync("b.yaml", "menu: b", "upload", "awa");

        var versions = await _history.ListAsync("a.yaml");

        versions.Select(v => v.Action).Should().Equal("publish", "found");
        versions[0].Should().BeEquivalentTo(new
        {
            FileName = "a.yaml", ContentHash = MenuParser.VersionOf("menu: a # v2 é"), SizeBytes = 15, SavedBy = "awa",
            SavedAt = _time.GetUtcNow(),
        });
        (await _history.LatestHashAsync("a.yaml")).Should().Be(MenuParser.VersionOf("menu: a # v2 é"));
        (await _history.LatestHashAsync("c.yaml")).Should().BeNull();
    }

    [Fact]
    public async Task AVersion_IsReadBackWithItsContent_OnlyUnderItsOwnFile()
    {
        var id = await _history.AddAsync("a.yaml", "menu: a\n", "publish", "awa");

        var found = await _history.GetAsync("a.yaml", id);

        found!.Value.Content.Should().Be("menu: a\n");
        found.Value.Entry.Id.Should().Be(id);
        (await _history.GetAsync("b.yaml", id)).Should().BeNull();
    }
}
