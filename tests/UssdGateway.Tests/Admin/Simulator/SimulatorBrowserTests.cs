using Dapper;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using UssdGateway.Tests.Support;

namespace UssdGateway.Tests.Admin.Simulator;

/// <summary>
/// The web simulator in a real headless Chromium (Debian's <c>chromium</c>; <c>USSDGW_CHROMIUM</c> names another),
/// served by Kestrel on a free port in Development: a youth's registration walked by pressing the phone's keys.
/// </summary>
public sealed class SimulatorBrowserTests : IAsyncLifetime
{
    public const string ChromiumVariable = "USSDGW_CHROMIUM";
    private const string DefaultChromium = "/usr/bin/chromium";

    private static readonly string[] ChromiumArgs =
    [
        "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync",
    ];

    private readonly GatewayFactory _factory = new() { EnvironmentName = "Development" };
    private IPlaywright? _playwright;
    private IBrowser? _browser;
    private string _baseAddress = "";

    public async Task InitializeAsync()
    {
        _factory.UseKestrel(0);
        _factory.StartServer();
        _baseAddress = _factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/');

        var chromium = Environment.GetEnvironmentVariable(ChromiumVariable) is { Length: > 0 } configured ? configured : DefaultChromium;
        File.Exists(chromium).Should().BeTrue(
            $"the browser test drives {chromium}: install Debian's chromium (tests/run.sh does) or set {ChromiumVariable}");
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = chromium,
            Headless = true,
            Args = ChromiumArgs,
            Timeout = 60_000,
        });
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null) await _browser.DisposeAsync();
        _playwright?.Dispose();
        _factory.Dispose();
    }

    [Fact]
    public async Task Simulator_WalksARegistration_WhenKeysArePressedInChromium()
    {
        var page = await _browser!.NewPageAsync();
        page.SetDefaultTimeout(15_000);
        await page.GotoAsync(_baseAddress + "/admin/simulator");
        var phone = TestPhones.Next();
        await page.FillAsync("#phone", phone);
        await Assertions.Expect(page.Locator("#menu option")).ToHaveTextAsync("renapess (*384*123#)");

        async Task PressAsync(string keys)
        {
            foreach (var key in keys) await page.ClickAsync($"button[data-key='{key}']");
            await SendAsync();
        }
        async Task TypeAsync(string answer)
        {
            await page.FillAsync("#answer", answer);
            await SendAsync();
        }
        async Task SendAsync()
        {
            await page.ClickAsync("#call");
            await page.WaitForFunctionAsync("document.body.dataset.state !== 'waiting'");
        }
        var screen = page.Locator("#screen");

        await SendAsync();
        await Assertions.Expect(screen).ToHaveTextAsync("Langue / Kan:\n1. Français\n2. Bamanankan");
        await Assertions.Expect(page.Locator("#size")).ToHaveTextAsync("[UCS-2 · 39/80]");
        await PressAsync("1");
        await Assertions.Expect(screen).ToContainTextAsync("1. S'inscrire");
        await PressAsync("1");
        await Assertions.Expect(screen).ToContainTextAsync("1. J'accepte");
        await PressAsync("1");
        await Assertions.Expect(screen).ToHaveTextAsync("Votre nom complet (prénom et nom):");
        await TypeAsync("Awa Traoré");
        await PressAsync("1");
        await TypeAsync("2004");
        await PressAsync("2");
        await PressAsync("6");
        await PressAsync("1");
        await Assertions.Expect(screen).ToContainTextAsync("Awa Traoré, Une femme, 2004, Commune II, Mopti, Alimentation. Est-ce exact?");
        await PressAsync("1");

        await Assertions.Expect(screen).ToHaveTextAsync(
            "Merci Awa Traoré! Votre inscription est enregistrée. Vous recevrez un SMS pour la formation.");
        (await page.EvaluateAsync<string>("document.body.dataset.state")).Should().Be("ended");
        using var db = _factory.OpenDatabase();
        (await db.QuerySingleAsync<(string, long)>(
                "SELECT full_name, is_test FROM beneficiaries WHERE phone_e164 = @phone", new { phone }))
            .Should().Be(("Awa Traoré", 1L));
    }
}
