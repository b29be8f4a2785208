using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using UssdGateway.Core.Accounts;
using UssdGateway.Core.Programme;
using UssdGateway.Tests.Support;

namespace UssdGateway.Tests.Admin.Records;

/// <summary>
/// The records pages in a real headless Chromium against Kestrel: staff create a session that a caller then books by
/// USSD; a viewer sees no edit control; CSV goes out and comes back in through the pages.
/// </summary>
public sealed class RecordsBrowserTests : IAsyncLifetime
{
    private BrowserHost? _host;

    private BrowserHost Host => _host!;

    public async Task InitializeAsync() => _host = await BrowserHost.StartAsync(new GatewayFactory { EnvironmentName = "Production" });

    public async Task DisposeAsync()
    {
        if (_host is not null) await _host.DisposeAsync();
    }

    [Fact]
    public async Task SessionCreatedInTheConsole_IsBookedByUssd_AndTheBookingShowsOnItsPage()
    {
        var services = Host.Factory.Services;
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        await services.GetRequiredService<ITrainingRepository>().CreateCohortAsync(
            new NewTrainingCohort("Cohorte Lafiabougou", "IV", "food", today, today.AddDays(60)), ProgrammeActor.Staff("test"));
        var phone = TestPhones.Next();
        await services.GetRequiredService<IBeneficiaryRepository>().RegisterAsync(new BeneficiaryRegistration(
            phone, "Mariam Dembélé", "F", 2003, "IV", "Kayes", "food", "fr", DateTimeOffset.UtcNow, "v1", "ussd", null, false));
        var page = await Host.NewPageAsync(width: 390, height: 844);
        await Host.SignInAsync(page, await Host.Factory.AddAccountAsync(StaffRole.Staff), then: "/admin/sessions");

        await page.GetByLabel("Début (heure de Bamako)").FillAsync(DateTime.UtcNow.AddDays(5).ToString("yyyy-MM-dd'T'09:00", System.Globalization.CultureInfo.InvariantCulture));
        await page.GetByLabel("Lieu").FillAsync("Maison des jeunes de Lafiabougou");
        await page.GetByLabel("Places").FillAsync("12");
        await page.GetByLabel("Formateur ou formatrice").FillAsync("Mme Sidibé");
        await page.GetByRole(AriaRole.Button, new() { Name = "Créer la séance" }).ClickAsync();
        await Assertions.Expect(page.Locator("#session-booked")).ToHaveTextAsync("0 / 12");

        using var client = new HttpClient { BaseAddress = new Uri(Host.BaseAddress) };
        var caller = new UssdPhone(client, phone);
        if ((await caller.DialAsync()).StartsWith("CON Langue / Kan:", StringComparison.Ordinal)) await caller.SendAsync("1");
        await caller.SendAsync("4");
        (await caller.SendAsync("1")).Should().Contain("Maison des jeunes");
        await caller.SendAsync("1");
        (await caller.SendAsync("1")).Should().StartWith("END Place réservée: ");

        await page.ReloadAsync();
        await Assertions.Expect(page.Locator("#session-booked")).ToHaveTextAsync("1 / 12");
        await Assertions.Expect(page.Locator("table[data-table=bookings]")).ToContainTextAsync("Mariam Dembélé");
        await Assertions.Expect(page.Locator("table[data-table=bookings]")).ToContainTextAsync("ussd");
    }

    [Fact]
    public async Task Viewer_SeesTheRecords_ButNoEditControl()
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var training = Host.Factory.Services.GetRequiredService<ITrainingRepository>();
        var cohort = await training.CreateCohortAsync(new NewTrainingCohort("Cohorte Banconi", "I", "food", today, today.AddDays(30)), ProgrammeActor.Staff("test"));
        var session = await training.AddSessionAsync(new NewTrainingSession(cohort, DateTimeOffset.UtcNow.AddDays(3), "CLAC de Banconi", "fr", 10, "M. Traoré"), ProgrammeActor.Staff("test"));
        var page = await Host.NewPageAsync();
        await Host.SignInAsync(page, await Host.Factory.AddAccountAsync(StaffRole.Viewer), then: "/admin/sessions");

        await Assertions.Expect(page.Locator("table[data-table=sessions]")).ToContainTextAsync("CLAC de Banconi");
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Créer la séance" })).ToHaveCountAsync(0);
        await page.GotoAsync($"{Host.BaseAddress}/admin/sessions/{session}");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Séance du");
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Annuler et prévenir" })).ToHaveCountAsync(0);
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Déplacer et prévenir" })).ToHaveCountAsync(0);
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Importer (CSV)" })).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task BeneficiariesCsv_GoesOutAndComesBackIn_ThroughThePages()
    {
        await Host.Factory.Services.GetRequiredService<IBeneficiaryRepository>().RegisterAsync(new BeneficiaryRegistration(
            TestPhones.Next(), "Awa Traoré", "F", 2004, "IV", "Ségou", "food", "fr", DateTimeOffset.UtcNow, "v1", "ussd", null, false));
        var page = await Host.NewPageAsync();
        await Host.SignInAsync(page, await Host.Factory.AddAccountAsync(StaffRole.Staff), then: "/admin/beneficiaries");

        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Exporter en CSV" }).ClickAsync());
        var exported = await File.ReadAllBytesAsync((await download.PathAsync())!);
        var text = Encoding.UTF8.GetString(exported).TrimStart('\uFEFF');
        text.Should().Contain("Awa Traoré");
        var imported = Encoding.UTF8.GetBytes(text.Replace("Awa Traoré", "Awa Traoré Diarra", StringComparison.Ordinal) + ",+22300,X,F,2004,IV,Ségou,food,fr,\r\n");

        await page.GetByRole(AriaRole.Link, new() { Name = "Importer (CSV)" }).ClickAsync();
        await page.GetByLabel("Fichier CSV").SetInputFilesAsync(new FilePayload { Name = "beneficiaires.csv", MimeType = "text/csv", Buffer = imported });
        await page.GetByRole(AriaRole.Button, new() { Name = "Prévisualiser" }).ClickAsync();
        await Assertions.Expect(page.Locator("table[data-table=errors]")).ToContainTextAsync("numéro malien invalide");
        await Assertions.Expect(page.Locator("[data-list=to-create]")).ToContainTextAsync("Awa Traoré Diarra");
        await page.GetByLabel("Le consentement de chaque personne a été recueilli (fiche papier).").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Confirmer l'import de 1 ligne(s)" }).ClickAsync();
        await Assertions.Expect(page.Locator("#records-message")).ToHaveTextAsync("1 ligne(s) importée(s).");

        await page.GotoAsync(Host.BaseAddress + "/admin/beneficiaries?q=Diarra");
        await Assertions.Expect(page.Locator("table[data-table=beneficiaries]")).ToContainTextAsync("Awa Traoré Diarra");
    }
}
