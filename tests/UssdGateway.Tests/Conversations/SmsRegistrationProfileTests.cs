using System.Net;
using System.Text;
using Dapper;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using UssdGateway.Core.Programme;
using UssdGateway.Tests.Support;

namespace UssdGateway.Tests.Conversations;

/// <summary>
/// A registration by SMS completed on the USSD menu, end to end on a fixed clock (Sunday 29 November 2026, Bamako):
/// <c>INSCRIPTION</c> stores the name only; the next call offers to complete the profile, asks the missing fields, and the
/// row and the programme figures then carry them.
/// </summary>
public sealed class SmsRegistrationProfileTests : IDisposable
{
    private const string Youth = "+22376300011";
    private readonly GatewayFactory _factory = SmsGateway.Create(
        new Dictionary<string, string?> { ["Jobs:RunServer"] = "true" },
        services => services.AddSingleton<TimeProvider>(new FakeTimeProvider(new DateTimeOffset(2026, 11, 29, 10, 0, 0, TimeSpan.Zero))));

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task InscriptionBySms_ThenDialling_CompletesTheProfile_AndTheFiguresCountTheCommune()
    {
        using var client = _factory.CreateClient();
        const string body = "from=%2B22376300011&to=36123&text=INSCRIPTION+Ibrahim+Sangar%C3%A9&date=2026-11-29+10%3A00%3A00&id=ATXid_reg1&linkId=L1&networkCode=61002";
        using (var response = await client.PostAsync("/webhooks/africastalking/sms", new StringContent(body, Encoding.UTF8, "application/x-www-form-urlencoded")))
            response.StatusCode.Should().Be(HttpStatusCode.OK);
        using var db = _factory.OpenDatabase();
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        (string Status, string? Outcome) inbox;
        while ((inbox = await db.QuerySingleAsync<(string, string?)>("SELECT status, outcome FROM sms_inbox WHERE provider_message_id = 'ATXid_reg1'")).Status == "received")
        {
            DateTime.UtcNow.Should().BeBefore(deadline, "the processor marks a stored message promptly");
            await Task.Delay(20);
        }
        inbox.Status.Should().Be("processed", inbox.Outcome);
        (await db.QuerySingleAsync<string>("SELECT commune FROM beneficiaries WHERE phone_e164 = @Youth", new { Youth }))
            .Should().Be(BeneficiaryRegistration.NotGiven);

        var phone = new UssdPhone(client, Youth);
        var offer = await phone.DialAsync();
        if (offer.StartsWith("CON Langue / Kan:", StringComparison.Ordinal)) offer = await phone.SendAsync("1");
        offer.Should().StartWith("CON Ibrahim Sangaré, complétez votre inscription").And.EndWith("1. Maintenant\n2. Plus tard");
        (await phone.SendAsync("1")).Should().StartWith("CON Vous êtes:");
        (await phone.SendAsync("2")).Should().Be("CON Votre année de naissance (ex: 2004):");
        (await phone.SendAsync("2003")).Should().StartWith("CON Votre commune:");
        (await phone.SendAsync("4")).Should().StartWith("CON Votre région d'origine:");
        (await phone.SendAsync("1")).Should().StartWith("CON Votre secteur d'activité:");
        (await phone.SendAsync("1")).Should().Be("END Merci Ibrahim Sangaré, votre inscription est complète.");

        (await db.QuerySingleAsync<(string Gender, long BirthYear, string Commune, string Sector, string Channel)>(
            "SELECT gender, birth_year, commune, sector, channel FROM beneficiaries WHERE phone_e164 = @Youth", new { Youth }))
            .Should().Be(("M", 2003L, "IV", "food", "sms"));
        (await db.QuerySingleAsync<string>("SELECT region_of_origin FROM beneficiaries WHERE phone_e164 = @Youth", new { Youth }))
            .Should().NotBe(BeneficiaryRegistration.NotGiven);
        (await db.QuerySingleAsync<long>("SELECT COUNT(*) FROM audit_trail WHERE action = 'beneficiary.profile_completed' AND actor = @Youth", new { Youth }))
            .Should().Be(1);
        var figures = await _factory.Services.GetRequiredService<IProgrammeFigures>().GetRegistrationsAsync();
        figures.ByCommune.Should().Contain(new FigureCount("IV", 1)).And.NotContain(f => f.Key == BeneficiaryRegistration.NotGiven);
        figures.ByGender.Should().Contain(new FigureCount("M", 1));

        (await phone.DialAsync()).Should().StartWith("CON Ce numéro est déjà inscrit (Ibrahim Sangaré).");
    }
}
