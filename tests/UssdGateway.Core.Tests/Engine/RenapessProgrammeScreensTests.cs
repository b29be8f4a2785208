using UssdGateway.Core.Engine;
using UssdGateway.Core.Programme;
using UssdGateway.Core.Tests.Support;

namespace UssdGateway.Core.Tests.Engine;

/// <summary>
/// The shipped menu's programme screens (training slots, my account and PIN, deletion, sales reports) played through the
/// engine with the real actions over in-memory repositories; the clock is Sunday 29 Nov 2026, 10:00 in Bamako.
/// </summary>
public sealed class RenapessProgrammeScreensTests
{
    private const string Welcome = "Ce numéro est déjà inscrit (Awa Traoré).\n1. Découvrir l'ESS\n2. Inscrire une autre personne\n3. Langue / Kan\n4. Formations\n5. Mon compte";

    private static readonly DateTimeOffset Monday = new(2026, 12, 7, 8, 30, 0, TimeSpan.Zero);

    private readonly EngineHarness _harness = EngineHarness.ForShippedMenus().Remember("fr");

    private Beneficiary Register() => _harness.Beneficiaries.Add(EngineHarness.Phone, "Awa Traoré");

    [Fact]
    public async Task Training_BooksTheChosenSlot_ListedWithDayTimePlaceAndFreePlaces()
    {
        var youth = Register();
        _harness.Training.AddSlot(Monday, "Lafiabougou", capacity: 5);
        _harness.Training.AddSlot(Monday.AddDays(2).AddHours(6), "Maison des jeunes de Bamako Coura", capacity: 10, booked: 10);

        (await _harness.SendAsync("")).Text.Should().Be(Welcome);
        (await _harness.WalkAsync("s1", "4")).Text.Should().Be("Formations:\n1. Sessions avec places libres\n2. Mes formations\n0. Retour");
        (await _harness.WalkAsync("s2", "4", "1")).Text.Should().Be("Sessions (places libres):\n1. lun 7/12 08h30 Lafiabougou (5)\n0. Retour");
        (await _harness.WalkAsync("s3", "4", "1", "1")).Text.Should().StartWith("Réserver: lun 7/12 08h30 Lafiabougou (5)?\n1. Confirmer");
        var end = await _harness.WalkAsync("s4", "4", "1", "1", "1");

        end.Should().Be(new UssdReply("Place réservée: lun 7/12 08h30 Lafiabougou. Merci d'arriver à l'heure!", End: true));
        _harness.Training.Bookings.Should().ContainSingle().Which.Should().Be((1L, youth.Id, ProgrammeActor.Ussd(EngineHarness.Phone, true)));
        (await _harness.WalkAsync("s5", "4", "1", "1", "1")).Text.Should().Be("Vous avez déjà une place: lun 7/12 08h30 Lafiabougou.");
    }

    [Fact]
    public async Task Training_SaysTheSlotFilledUp_WhenItFilledBetweenTheListAndTheChoice()
    {
        Register();
        _harness.Training.AddSlot(Monday, "Lafiabougou", capacity: 5, booked: 4);
        _harness.Training.FillBeforeNextBooking = true;

        var reply = await _harness.WalkAsync("s1", "4", "1", "1", "1");

        reply.Text.Should().Be("Désolé, cette session vient d'être complète.\n1. Autres sessions\n0. Retour");
        _harness.Training.Bookings.Should().BeEmpty();
        (await _harness.WalkAsync("s1b", "4", "1")).Text.Should().StartWith("Aucune session avec des places libres");
    }

    [Fact]
    public async Task Training_ListsInBambara_WithBambaraDayNames()
    {
        Register();
        _harness.Remember("bm");
        _harness.Training.AddSlot(Monday, "Lafiabougou", capacity: 5);

        (await _harness.WalkAsync("s1", "4", "1")).Text.Should().Contain("1. ntɛnɛ 7/12 08h30 Lafiabougou (5)");
    }

    [Fact]
    public async Task Training_LeadsAnUnregisteredCallerToRegistrationFirst()
    {
        (await _harness.WalkAsync("s1", "4")).Text.Should().Be("Vous n'etes pas encore inscrit(e). Inscrivez-vous d'abord.\n1. S'inscrire\n0. Retour");
        (await _harness.WalkAsync("s2", "4", "1")).Text.Should().StartWith("Inscription: nous gardons nom");
        _harness.Training.Bookings.Should().BeEmpty();
    }

    [Fact]
    public async Task MyTraining_ShowsTheNextBookedSession_AndCancelsIt()
    {
        var youth = Register();
        _harness.Training.AddSlot(Monday, "Lafiabougou", capacity: 5);
        _harness.Training.Bookings.Add((1, youth.Id, ProgrammeActor.Ussd(EngineHarness.Phone, true)));

        (await _harness.WalkAsync("s1", "4", "2")).Text.Should().StartWith("Prochaine formation: lun 7/12 08h30 Lafiabougou\n1. Annuler cette place");
        (await _harness.WalkAsync("s2", "4", "2", "1")).Text.Should().StartWith("Annuler votre place du lun 7/12 08h30 Lafiabougou?\n1. Oui, annuler");
        (await _harness.WalkAsync("s3", "4", "2", "1", "1")).Should().Be(new UssdReply("Place annulée. Vous pouvez réserver une autre session.", End: true));
        _harness.Training.Bookings.Should().BeEmpty();
        (await _harness.WalkAsync("s4", "4", "2")).Text.Should().StartWith("Aucune formation réservée.");
    }

    [Fact]
    public async Task Account_SetsThePinAtFirstUse_ThenShowsTheLoanInFcfa()
    {
        var youth = Register();
        _harness.Loans.Add(youth.Id, 300_000, 100_000,
            new(1, new DateOnly(2026, 10, 15), 100_000), new(2, new DateOnly(2026, 12, 15), 100_000), new(3, new DateOnly(2027, 1, 15), 100_000));

        (await _harness.WalkAsync("s1", "5")).Text.Should().StartWith("Awa Traoré: inscrit(e). Aucune formation réservée.\n1. Mon pret (code secret)");
        (await _harness.WalkAsync("s2", "5", "1")).Text.Should().Be("Choisissez un code secret de 4 chiffres pour votre prêt:");
        (await _harness.WalkAsync("s3", "5", "1", "12a4")).Text.Should().StartWith("Le code a 4 chiffres, ex: 4821.");
        (await _harness.WalkAsync("s4", "5", "1", "1234", "4321")).Text.Should().StartWith("Les deux codes sont différents.\n1. Recommencer");
        _harness.Pins.Pins.Should().BeEmpty();

        var end = await _harness.WalkAsync("s5", "5", "1", "1234", "1234");

        end.Should().Be(new UssdReply("Pret: reste à payer 200 000 FCFA. Prochaine échéance: 100 000 FCFA le 15/12/2026.", End: true));
        _harness.Pins.Pins.Should().Equal(new Dictionary<long, string> { [youth.Id] = "1234" });
    }

    [Fact]
    public async Task Account_CountsWrongPins_ThenLocksUntilTomorrow_AndPointsAForgottenPinToStaff()
    {
        var youth = Register();
        _harness.Pins.Pins[youth.Id] = "1234";

        (await _harness.WalkAsync("s1", "5", "1")).Text.Should().Be("Votre code secret (4 chiffres):");
        (await _harness.WalkAsync("s2", "5", "1", "9999")).Text.Should().Be("Code faux. Essais restants aujourd'hui: 2.\n1. Réessayer\n2. Code oublié\n0. Retour");
        (await _harness.WalkAsync("s3", "5", "1", "9999", "2")).Text.Should().StartWith("Code oublié: l'équipe RENAPESS ou votre formateur");
        (await _harness.WalkAsync("s4", "5", "1", "9999")).Should().Be(
            new UssdReply("Trop de codes faux: votre code est bloqué jusqu'à demain. Revenez demain.", End: true));
        (await _harness.WalkAsync("s5", "5", "1")).Text.Should().StartWith("Trop de codes faux", "a locked PIN is not asked for");
    }

    [Fact]
    public async Task Account_ShowsNoLoan_OrARepaidLoan_AfterTheRightPin()
    {
        var youth = Register();
        _harness.Pins.Pins[youth.Id] = "1234";

        (await _harness.WalkAsync("s1", "5", "1", "1234")).Text.Should().Be("Vous n'avez pas de prêt enregistré.");
        _harness.Loans.Add(youth.Id, 100_000, 100_000, new LoanInstalment(1, new DateOnly(2026, 10, 15), 100_000));
        (await _harness.WalkAsync("s2", "5", "1", "1234")).Text.Should().Be("Votre prêt est remboursé. Merci!");
    }

    [Fact]
    public async Task Account_RecordsADeletionRequest_AfterConfirmation()
    {
        var youth = Register();

        (await _harness.WalkAsync("s1", "5", "3")).Text.Should().StartWith("Demander l'effacement de vos données?");
        (await _harness.WalkAsync("s2", "5", "3", "1")).Should().Be(
            new UssdReply("Demande enregistrée (réf. 1). L'équipe RENAPESS vous contactera.", End: true));
        (await _harness.WalkAsync("s3", "5", "3", "1")).Text.Should().Be("Votre demande d'effacement est déjà enregistrée (réf. 1).");
        _harness.Deletions.Requests.Should().ContainSingle().Which.Should().BeEquivalentTo(new
        {
            Kind = PrivacyRequestKind.Deletion, Phone = EngineHarness.Phone, BeneficiaryId = (long?)youth.Id, IsTest = true,
        });
    }

    [Fact]
    public async Task Sales_AreReported_ByTheLeaderOfOneCooperative_WithZeroAllowed()
    {
        _harness.Cooperatives.Add("Savon Djiguiya", EngineHarness.Phone);

        (await _harness.SendAsync("")).Text.Should().EndWith("5. Mon compte\n6. Ventes du mois");
        (await _harness.WalkAsync("s1", "6")).Text.Should().StartWith("Savon Djiguiya: ventes de quel mois?\n1. Ce mois-ci\n2. Le mois dernier");
        (await _harness.WalkAsync("s2", "6", "2")).Text.Should().Be("Ventes de 10/2026 en FCFA (0 si aucune):");
        (await _harness.WalkAsync("s3", "6", "2", "-5")).Text.Should().StartWith("Montant non valide: un nombre de 0 à 1000000000.");
        (await _harness.WalkAsync("s4", "6", "2", "2000000000")).Text.Should().StartWith("Montant non valide");
        (await _harness.WalkAsync("s5", "6", "2", "0")).Text.Should().StartWith("Savon Djiguiya, 10/2026: 0 FCFA. Confirmer?\n1. Confirmer");
        (await _harness.WalkAsync("s6", "6", "2", "0", "1")).Should().Be(
            new UssdReply("Ventes enregistrées: Savon Djiguiya, 10/2026, 0 FCFA. Merci!", End: true));

        _harness.Cooperatives.Reports.Should().ContainSingle().Which.Should().BeEquivalentTo(new
        {
            CooperativeId = 1L, Month = new SalesMonth(2026, 10), AmountXof = 0L, ReportedBy = EngineHarness.Phone, IsTest = true,
        });
    }

    [Fact]
    public async Task Sales_ChooseTheCooperative_AndOfferACorrection_WhenTheMonthIsReported()
    {
        _harness.Cooperatives.Add("Savon Djiguiya", EngineHarness.Phone);
        _harness.Cooperatives.Add("Jus Benkadi", EngineHarness.Phone);
        await _harness.Cooperatives.ReportSalesAsync(2, new SalesMonth(2026, 11), 150_000, ProgrammeActor.Ussd(EngineHarness.Phone, true));

        (await _harness.WalkAsync("s1", "6")).Text.Should().StartWith("Quelle coopérative?\n1. Jus Benkadi\n2. Savon Djiguiya");
        (await _harness.WalkAsync("s2", "6", "1", "1")).Text.Should().Be("Jus Benkadi 11/2026: déjà déclaré 150 000 FCFA.\n1. Corriger\n0. Retour");
        (await _harness.WalkAsync("s3", "6", "1", "1", "1", "175 000")).Text.Should().StartWith("Jus Benkadi, 11/2026: 175 000 FCFA. Confirmer?");
        (await _harness.WalkAsync("s4", "6", "1", "1", "1", "175000", "1")).Text.Should().Be(
            "Correction enregistrée: Jus Benkadi, 11/2026, 175 000 FCFA. L'ancien montant est gardé.");

        _harness.Cooperatives.Reports.Select(r => (r.AmountXof, r.IsCurrent)).Should().Equal((150_000L, false), (175_000L, true));
    }
}
