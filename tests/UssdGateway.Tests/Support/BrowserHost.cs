using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace UssdGateway.Tests.Support;

/// <summary>
/// The real service on Kestrel at 127.0.0.1 on a free port, and a headless Chromium (Debian's <c>chromium</c>;
/// <c>USSDGW_CHROMIUM</c> names another) driven by Playwright. Dispose it at the end of the test.
/// </summary>
public sealed class BrowserHost : IAsyncDisposable
{
    public const string ChromiumVariable = "USSDGW_CHROMIUM";
    private const string DefaultChromium = "/usr/bin/chromium";

    private static readonly string[] ChromiumArgs =
    [
        "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync",
    ];

    private IPlaywright? _playwright;

    private BrowserHost(GatewayFactory factory) => Factory = factory;

    public GatewayFactory Factory { get; }

    public IBrowser Browser { get; private set; } = null!;

    /// <summary>Where the service listens, e.g. <c>http://127.0.0.1:41234</c>.</summary>
    public string BaseAddress { get; private set; } = "";

    public static async Task<BrowserHost> StartAsync(GatewayFactory? factory = null)
    {
        var host = new BrowserHost(factory ?? new GatewayFactory());
        host.Factory.UseKestrel(0);
        host.Factory.StartServer();
        host.BaseAddress = host.Factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/');
        using (var warmUp = new HttpClient { BaseAddress = new Uri(host.BaseAddress), Timeout = TimeSpan.FromSeconds(60) })
            (await warmUp.GetAsync("/admin/login")).EnsureSuccessStatusCode(); // Razor Pages build their routes on the first request

        var chromium = Environment.GetEnvironmentVariable(ChromiumVariable) is { Length: > 0 } configured ? configured : DefaultChromium;
        File.Exists(chromium).Should().BeTrue(
            $"the browser test drives {chromium}: install Debian's chromium (tests/run.sh does) or set {ChromiumVariable}");
        host._playwright = await Playwright.CreateAsync();
        host.Browser = await host._playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = chromium,
            Headless = true,
            Args = ChromiumArgs,
            Timeout = 60_000,
        });
        return host;
    }

    /// <summary>
    /// A new page (its own cookies) of the given width, 15 s per action. <paramref name="bypassCsp"/> lets Playwright's
    /// own string evaluation (<c>WaitForFunctionAsync</c>) run despite the console's policy, which forbids <c>eval</c>.
    /// </summary>
    public async Task<IPage> NewPageAsync(int width = 1280, int height = 900, bool bypassCsp = false)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = width, Height = height }, Locale = "fr-FR", BypassCSP = bypassCsp,
        });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(15_000);
        page.SetDefaultNavigationTimeout(60_000); // a first page on a busy 2-core machine (other test hosts running) can be slow
        return page;
    }

    /// <summary>Signs in through the login form, as a person would, and waits for the page it leads to (its heading shown).</summary>
    public async Task SignInAsync(IPage page, string username, string password = ConsoleSignIn.Password, string then = "/admin")
    {
        await page.GotoAsync(BaseAddress + "/admin/login?ReturnUrl=" + Uri.EscapeDataString(then));
        await page.GetByLabel("Nom d'utilisateur").FillAsync(username);
        await page.GetByLabel("Mot de passe").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Se connecter" }).ClickAsync();
        // Waits for the navigation to commit, then for its heading, rather than for the "load" event: in
        // one CI run of many, Chromium reported network idle after the sign-in redirect but never "load".
        await page.WaitForURLAsync(BaseAddress + then, new PageWaitForURLOptions { Timeout = 60_000, WaitUntil = WaitUntilState.Commit });
        await Assertions.Expect(page.Locator("h1").First).ToBeVisibleAsync(new() { Timeout = 60_000 });
    }

    public async ValueTask DisposeAsync()
    {
        if (Browser is not null) await Browser.DisposeAsync();
        _playwright?.Dispose();
        Factory.Dispose();
    }
}
