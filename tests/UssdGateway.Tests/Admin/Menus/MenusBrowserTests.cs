using Microsoft.Playwright;
using UssdGateway.Core.Accounts;
using UssdGateway.Core.Menus;
using UssdGateway.Tests.Support;

namespace UssdGateway.Tests.Admin.Menus;

/// <summary>
/// The menus page in a real headless Chromium against Kestrel, on a temporary copy of the shipped menus: an admin
/// edits a screen's text, publishes it, a caller hears it, the admin rolls back and the caller hears the old text.
/// A screenshot of the menus page goes to <c>TestResults/menus.png</c> beside the test binaries.
/// </summary>
public sealed class MenusBrowserTests : IAsyncLifetime
{
    private readonly MenusCopy _menus = new();
    private BrowserHost? _host;

    private BrowserHost Host => _host!;

    public async Task InitializeAsync() =>
        _host = await BrowserHost.StartAsync(new GatewayFactory
        {
            EnvironmentName = "Production",
            MenusPath = _menus.Path,
            Settings = new Dictionary<string, string?> { ["Menus:ReloadSeconds"] = "0" },
        });

    public async Task DisposeAsync()
    {
        if (_host is not null) await _host.DisposeAsync();
        _menus.Dispose();
    }

    [Fact]
    public async Task AMenuEdit_PublishedAndRolledBack_IsHeardByTheNextCallerEachTime()
    {
        var original = _menus.Read(MenuEdits.File);
        var page = await Host.NewPageAsync();
        await Host.SignInAsync(page, await Host.Factory.AddAccountAsync(StaffRole.Admin), then: "/admin/menus");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Menus", Level = 1 })).ToBeVisibleAsync();
        await SaveScreenshotAsync(page, "menus.png");

        await page.GetByRole(AriaRole.Link, new() { Name = MenuEdits.File }).ClickAsync();
        var editor = page.GetByLabel("Contenu de " + MenuEdits.File);
        await Assertions.Expect(editor).ToHaveValueAsync(original);
        await editor.FillAsync(MenuEdits.NewWelcomeText(original));
        await page.GetByRole(AriaRole.Button, new() { Name = "Publier" }).ClickAsync();

        await Assertions.Expect(page.Locator("#menu-message")).ToContainTextAsync("Publié");
        (await WelcomeScreenAsync()).Should().Contain(MenuEdits.NewWelcome);

        var originalRow = page.Locator($"table[data-table=history] tr[data-hash='{MenuParser.VersionOf(original)}']");
        await originalRow.GetByRole(AriaRole.Button, new() { Name = "Revenir à cette version" }).ClickAsync();

        await Assertions.Expect(page.Locator("#menu-message")).ToContainTextAsync("Version rétablie");
        await Assertions.Expect(page.GetByLabel("Contenu de " + MenuEdits.File)).ToHaveValueAsync(original);
        (await WelcomeScreenAsync()).Should().Contain(MenuEdits.Welcome).And.NotContain(MenuEdits.NewWelcome);
        _menus.Read(MenuEdits.File).Should().Be(original);
        await SaveScreenshotAsync(page, "menu-editor.png");
    }

    private async Task<string> WelcomeScreenAsync()
    {
        using var client = new HttpClient { BaseAddress = new Uri(Host.BaseAddress) };
        var phone = new UssdPhone(client, TestPhones.Next());
        (await phone.DialAsync()).Should().StartWith("CON Langue / Kan");
        return await phone.SendAsync("1");
    }

    private static async Task SaveScreenshotAsync(IPage page, string name)
    {
        var file = Path.Combine(AppContext.BaseDirectory, "TestResults", name);
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = file, FullPage = true });
    }
}
