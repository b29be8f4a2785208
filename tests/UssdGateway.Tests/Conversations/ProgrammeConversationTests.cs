using Dapper;
using Microsoft.Extensions.DependencyInjection;
using UssdGateway.Core.Programme;
using UssdGateway.Tests.Support;

namespace UssdGateway.Tests.Conversations;

/// <summary>
/// The programme's USSD screens through the real HTTP pipeline and the real SQLite repositories: a registered youth who
/// leads two cooperatives books a training slot, reads their loan balance with the PIN, and reports last month's sales.
/// </summary>
public sealed class ProgrammeConversationTests(GatewayFactory factory) : IClassFixture<GatewayFactory>
{
    private static readonly ProgrammeActor Staff = ProgrammeActor.Staff("test-seed");

    [Fact]
    public async Task YouthBooksASlot_ReadsTheLoanWithThePin_AndReportsSales_WritingTheRows()
    {
        using var client = factory.CreateClient();
        var phone = new UssdPhone(client, TestPhones.Next());
        var now = DateTimeOffset.UtcNow;
        var today = BamakoTime.DateOf(now);
        var seeded = await SeedAsync(phone.PhoneNumber, now, today);

        if ((await phone.DialAsync()).StartsWith("CON Langue / Kan:", StringComparison.Ordinal)) await phone.SendAsync("1");
        await phone.SendAsync("4"); // Formations
        (await phone.SendAsync("1")).Should().StartWith("CON Sessions (places libres):\n1. ").And.Contain(" Lafiabougou (30)");
        (await phone.SendAsync("1")).Should().StartWith("CON Réserver: ").And.Contain("1. Confirmer");
        (await phone.SendAsync("1")).Should().StartWith("END Place réservée: ").And.Contain("Lafiabougou");

        await phone.DialAsync();
        (await phone.SendAsync("5")).Should().StartWith("CON Aminata Koné: inscrit(e). Prochaine formation: ");
        (await phone.SendAsync("1")).Should().Be("CON Votre code secret (4 chiffres):");
        (await phone.SendAsync("4821")).Should().Be(
            $"END Pret: reste à payer 300 000 FCFA. Prochaine échéance: 100 000 FCFA le {today.AddDays(1):dd/MM/yyyy}.");

        var welcome = await phone.DialAsync();
        welcome.Should().EndWith("5. Mon compte\n6. Ventes du mois");
        (await phone.SendAsync("6")).Should().StartWith("CON Quelle coopérative?\n1. Coopérative Benkadi de Banconi\n2. GIE Jigiya Saniya");
        (await phone.SendAsync("2")).Should().StartWith("CON GIE Jigiya Saniya: ventes de quel mois?");
        var previous = SalesMonth.Of(today).Previous();
        (await phone.SendAsync("2")).Should().Be($"CON Ventes de {previous.Month:D2}/{previous.Year} en FCFA (0 si aucune):");
        (await phone.SendAsync("2000000000")).Should().StartWith("CON Montant non valide");
        (await phone.SendAsync("125000")).Should().StartWith($"CON GIE Jigiya Saniya, {previous.Month:D2}/{previous.Year}: 125 000 FCFA. Confirmer?");
        (await phone.SendAsync("1")).Should().Be($"END Ventes enregistrées: GIE Jigiya Saniya, {previous.Month:D2}/{previous.Year}, 125 000 FCFA. Merci!");

        using var db = factory.OpenDatabase();
        (await db.QuerySingleAsync<(long SessionId, string Status, long IsTest)>(
            "SELECT session_id, status, is_test FROM training_bookings WHERE beneficiary_id = @Id", new { Id = seeded.BeneficiaryId }))
            .Should().Be((seeded.SessionId, "booked", 0L));
        (await db.QuerySingleAsync<(long CooperativeId, string Month, long Amount, string Channel, string ReportedBy, long IsCurrent)>(
            "SELECT cooperative_id, month, amount_xof, channel, reported_by, is_current FROM sales_reports"))
            .Should().Be((seeded.GieId, previous.ToString(), 125_000L, "ussd", phone.PhoneNumber, 1L));
        (await db.QuerySingleAsync<long>("SELECT failed_attempts FROM loan_pins WHERE beneficiary_id = @Id", new { Id = seeded.BeneficiaryId }))
            .Should().Be(0);
    }

    private async Task<(long BeneficiaryId, long SessionId, long GieId)> SeedAsync(string phone, DateTimeOffset now, DateOnly today)
    {
        var services = factory.Services;
        var registration = await services.GetRequiredService<IBeneficiaryRepository>().RegisterAsync(new BeneficiaryRegistration(
            phone, "Aminata Koné", "F", today.Year - 22, "IV", "Ségou", "food", "fr", now, "test@1", "ussd", null, IsTest: false));
        var youth = registration.BeneficiaryId;

        var training = services.GetRequiredService<ITrainingRepository>();
        var cohort = await training.CreateCohortAsync(new NewTrainingCohort("Cohorte test IV", "IV", "food", today, today.AddDays(30)), Staff);
        var session = await training.AddSessionAsync(
            new NewTrainingSession(cohort, now.AddDays(2).Date.AddHours(8).AddMinutes(30), "Lafiabougou", "fr", 30, "Mariam Sangaré"), Staff);

        await services.GetRequiredService<ILoanRepository>().CreateLoanAsync(new NewLoan("TEST-PR-1", youth, null, 300_000, today.AddDays(-30),
            [new(1, today.AddDays(1), 100_000), new(2, today.AddDays(31), 100_000), new(3, today.AddDays(61), 100_000)]), Staff);
        (await services.GetRequiredService<IPinRepository>().SetAsync(youth, "4821", ProgrammeActor.Ussd(phone, false))).Should().Be(PinSetOutcome.Set);

        var cooperatives = services.GetRequiredService<ICooperativeRepository>();
        var gie = await cooperatives.CreateAsync(new NewCooperative("GIE Jigiya Saniya", CooperativeForm.Gie, "sanitation", "IV", 9), Staff);
        var benkadi = await cooperatives.CreateAsync(new NewCooperative("Coopérative Benkadi de Banconi", CooperativeForm.ProductionCooperative, "food", "I", 14), Staff);
        await cooperatives.AddLeaderAsync(gie, phone, youth, Staff);
        await cooperatives.AddLeaderAsync(benkadi, phone, youth, Staff);
        return (youth, session, gie);
    }
}
