using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using UssdGateway.Admin.Dashboard;
using UssdGateway.Core.Accounts;
using UssdGateway.Core.Programme;
using UssdGateway.Core.Sessions;
using UssdGateway.Core.Sms;
using UssdGateway.Infrastructure.Demo;
using UssdGateway.Infrastructure.Hops;
using UssdGateway.Testing;
using UssdGateway.Tests.Support;

namespace UssdGateway.Tests.Admin.Console;

/// <summary>
/// The console in a real headless Chromium against Kestrel on 127.0.0.1 (Production, the demo programme seeded):
/// sign-in, the dashboard's figures against <see cref="IProgrammeFigures"/>, a viewer's read-only view, the redirect
/// of anonymous visitors. Screenshots of the dashboard go to <c>TestResults/</c> beside the test binaries; with
/// <c>USSDGW_UPDATE_SCREENSHOTS=1</c> the desktop one also to <c>tests/screenshots/</c> (the README's picture).
/// </summary>
public sealed class ConsoleBrowserTests : IAsyncLifetime
{
    public const string UpdateScreenshotsVariable = "USSDGW_UPDATE_SCREENSHOTS";

    private BrowserHost? _host;

    private BrowserHost Host => _host!;

    public async Task InitializeAsync()
    {
        _host = await BrowserHost.StartAsync(new GatewayFactory { EnvironmentName = "Production" });
        await Host.Factory.Services.GetRequiredService<DemoSeeder>().SeedAsync();
    }

    public async Task DisposeAsync()
    {
        if (_host is not null) await _host.DisposeAsync();
    }

    [Fact]
    public async Task Dashboard_ShowsTheSeededFigures_WhenAnAdminSignsIn()
    {
        await WalkUssdTrafficAsync();
        var figures = Host.Factory.Services.GetRequiredService<IProgrammeFigures>();
        var funnel = await Host.Factory.Services.GetRequiredService<IFunnelReader>().GetFunnelAsync(BamakoTime.Today(TimeProvider.System));
        var registrations = await figures.GetRegistrationsAsync();
        var loans = await figures.GetLoanPortfolioAsync();
        var cohorts = await figures.GetCohortsAsync();
        var page = await Host.NewPageAsync();

        await Host.SignInAsync(page, await Host.Factory.AddAccountAsync(StaffRole.Admin));

        registrations.Total.Should().BeGreaterThan(0, "the demo programme is seeded");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Tableau de bord", Level = 1 })).ToBeVisibleAsync();
        var total = page.Locator("[data-figure=registrations-total]");
        await Assertions.Expect(total).ToHaveTextAsync(Figures.Count(registrations.Total));
        await Assertions.Expect(total).ToHaveAttributeAsync("data-value", Invariant(registrations.Total));
        await Assertions.Expect(page.Locator("[data-figure=registrations-target]")).ToHaveAttributeAsync("data-value", "3000");
        await Assertions.Expect(page.Locator("#target-progress")).ToHaveAttributeAsync("value", Invariant(registrations.Total));
        foreach (var (chart, counts) in new[] { ("commune", registrations.ByCommune), ("sector", registrations.BySector), ("gender", registrations.ByGender), ("age", registrations.ByAgeBand), ("region", registrations.ByRegion) })
        {
            counts.Should().NotBeEmpty();
            await Assertions.Expect(page.Locator($"[data-chart={chart}] g[data-key]")).ToHaveCountAsync(counts.Count);
            foreach (var count in counts)
                await Assertions.Expect(page.Locator($"[data-chart={chart}] g[data-key='{count.Key}']")).ToHaveAttributeAsync("data-value", Invariant(count.Count));
        }
        foreach (var cohort in cohorts)
        {
            var row = page.Locator($"tr[data-cohort='{cohort.CohortId}']");
            await Assertions.Expect(row.Locator("[data-field=booked]")).ToHaveAttributeAsync("data-value", Invariant(cohort.Booked));
            await Assertions.Expect(row.Locator("[data-field=attended]")).ToHaveAttributeAsync("data-value", Invariant(cohort.Attended));
        }
        await Assertions.Expect(page.Locator("[data-figure=loans-count]")).ToHaveAttributeAsync("data-value", Invariant(loans.Loans));
        await Assertions.Expect(page.Locator("[data-figure=loans-disbursed]")).ToHaveAttributeAsync("data-value", Invariant(loans.DisbursedXof));
        await Assertions.Expect(page.Locator("[data-figure=loans-outstanding]")).ToHaveAttributeAsync("data-value", Invariant(loans.OutstandingXof));
        await Assertions.Expect(page.Locator("[data-figure=loans-repayment-rate]")).ToHaveTextAsync(Figures.Percent(loans.RepaymentRate));
        await Assertions.Expect(page.Locator("table[data-table=sales] tbody tr").First).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("[data-chart=funnel] g[data-key]")).ToHaveCountAsync(funnel.Count);
        foreach (var screen in funnel)
            await Assertions.Expect(page.Locator($"[data-chart=funnel] g[data-key='{screen.MenuId}/{screen.Screen}']")).ToHaveAttributeAsync("data-value", Invariant(screen.Entries));
        await Assertions.Expect(page.Locator("table[data-table=sms] tr[data-provider=log] [data-field=delivery-rate]")).ToBeVisibleAsync();

        await SaveScreenshotAsync(page, "dashboard.png", forReadme: true);
        await page.SetViewportSizeAsync(390, 844); // a phone
        await SaveScreenshotAsync(page, "dashboard-phone.png", forReadme: false);
        (await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth + 1"))
            .Should().BeTrue("the page fits a phone's width (wide tables scroll inside their box)");
    }

    [Fact]
    public async Task Viewer_SeesNoEditControlAndIsRefusedAPost_WhenSignedIn()
    {
        var page = await Host.NewPageAsync();
        await Host.SignInAsync(page, await Host.Factory.AddAccountAsync(StaffRole.Viewer));

        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Utilisateurs" })).ToHaveCountAsync(0);
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Simulateur" })).ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator("form[method=post]")).ToHaveCountAsync(1); // sign out, nothing else
        await Assertions.Expect(page.Locator("main form[method=post], main select, main input[type=password]")).ToHaveCountAsync(0);

        var status = await page.EvaluateAsync<int>("""
            async () => {
              const token = document.querySelector('input[name=__RequestVerificationToken]').value;
              const body = new URLSearchParams({ username: 'someone', role: 'admin', __RequestVerificationToken: token });
              const response = await fetch('/admin/users?handler=Role', { method: 'POST', body });
              return response.status;
            }
            """);
        status.Should().Be(403);
        var usersPage = await page.GotoAsync(Host.BaseAddress + "/admin/users");
        usersPage!.Status.Should().Be(403);
    }

    [Fact]
    public async Task Anonymous_IsSentToTheLoginPage_WhenOpeningTheConsole()
    {
        var page = await Host.NewPageAsync();

        await page.GotoAsync(Host.BaseAddress + "/admin/users");

        page.Url.Should().Be(Host.BaseAddress + "/admin/login?ReturnUrl=%2Fadmin%2Fusers");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Connexion à la console" })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "fr");
    }

    [Fact]
    public async Task Admin_ResetsAnotherPassword_WhenUsingTheUsersPage()
    {
        var staff = await Host.Factory.AddAccountAsync(StaffRole.Staff);
        var page = await Host.NewPageAsync();
        await Host.SignInAsync(page, await Host.Factory.AddAccountAsync(StaffRole.Admin), then: "/admin/users");

        var row = page.Locator($"tr[data-user='{staff}']");
        await row.GetByLabel("Nouveau mot de passe").FillAsync("a passphrase from the console");
        await row.GetByRole(AriaRole.Button, new() { Name = "Réinitialiser" }).ClickAsync();

        await Assertions.Expect(page.Locator("#users-message")).ToContainTextAsync($"Mot de passe de {staff} réinitialisé");
        (await Host.Factory.Services.GetRequiredService<IStaffAccounts>().SignInAsync(staff, "a passphrase from the console")).Should().NotBeNull();
    }

    /// <summary>
    /// Today's traffic through the real webhook: one registration (which also queues its confirmation SMS) and one
    /// caller who hangs up on the language screen; then waits until the hop log has written every hop (it writes in
    /// batches, so a partial funnel would be read otherwise) and the SMS dispatcher has handed the confirmation over.
    /// </summary>
    private async Task WalkUssdTrafficAsync()
    {
        using var client = Host.Factory.CreateClient();
        var youth = new UssdPhone(client, "+22376990001");
        await youth.DialAsync();
        string[] inputs = ["1", "1", "1", "Fanta Keita", "1", "2003", "3", "1", "2"];
        foreach (var input in inputs) await youth.SendAsync(input);
        (await youth.SendAsync("1")).Should().StartWith("END Merci Fanta Keita");
        await new UssdPhone(client, "+22376990002").DialAsync();
        var hops = 1 + inputs.Length + 1 + 1; // the youth's dial, inputs and last answer; the second caller's dial

        var services = Host.Factory.Services;
        var today = BamakoTime.Today(TimeProvider.System);
        var deadline = DateTime.UtcNow.AddSeconds(60);
        var hopLog = services.GetRequiredService<BufferedHopLog>();
        while (hopLog.WrittenCount < hops
               || (await services.GetRequiredService<ISmsDeliveryFigures>().GetAsync(BamakoTime.StartOf(today))).All(c => c.Status is "queued" or "sending"))
        {
            DateTime.UtcNow.Should().BeBefore(deadline, "the hop log and the SMS dispatcher write within seconds");
            await Task.Delay(200);
        }
    }

    private static async Task SaveScreenshotAsync(IPage page, string name, bool forReadme)
    {
        var file = Path.Combine(AppContext.BaseDirectory, "TestResults", name);
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = file, FullPage = true });
        new FileInfo(file).Length.Should().BeGreaterThan(10_000);
        if (forReadme && Environment.GetEnvironmentVariable(UpdateScreenshotsVariable) == "1")
        {
            var committed = Path.Combine(RepositoryRoot.Path, "tests", "screenshots", name);
            Directory.CreateDirectory(Path.GetDirectoryName(committed)!);
            File.Copy(file, committed, overwrite: true);
        }
    }

    private static string Invariant(long value) => value.ToString(CultureInfo.InvariantCulture);
}
