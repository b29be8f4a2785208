using Dapper;
using Microsoft.Playwright;
using UssdGateway.Core.Accounts;
using UssdGateway.Tests.Support;

namespace UssdGateway.Tests.Admin.Simulator;

/// <summary>
/// The web simulator in a real headless Chromium, served by Kestrel on a free port in Production, signed in as staff:
/// a youth's registration walked by pressing the phone's keys.
/// </summary>
public sealed class SimulatorBrowserTests : IAsyncLifetime
{
    private BrowserHost? _host;

    public async Task InitializeAsync() => _host = await BrowserHost.StartAsync(new GatewayFactory { EnvironmentName = "Production" });

    public async Task DisposeAsync()
    {
        if (_host is not null) await _host.DisposeAsync();
    }

    [Fact]
    public async Task Simulator_WalksARegistration_WhenKeysArePressedInChromium()
    {
        var page = await _host!.NewPageAsync(bypassCsp: true);
        await _host.SignInAsync(page, await _host.Factory.AddAccountAsync(StaffRole.Staff), then: "/admin/simulator");
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
        using var db = _host.Factory.OpenDatabase();
        (await db.QuerySingleAsync<(string, long)>(
                "SELECT full_name, is_test FROM beneficiaries WHERE phone_e164 = @phone", new { phone }))
            .Should().Be(("Awa Traoré", 1L));
    }
}
