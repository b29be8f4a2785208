using UssdGateway.Core.Programme;
using UssdGateway.Core.Sms;
using UssdGateway.Infrastructure.Data;
using UssdGateway.Infrastructure.Programme;
using UssdGateway.Infrastructure.Sms;
using UssdGateway.Infrastructure.Tests.Data;
using UssdGateway.Infrastructure.Tests.Programme;
using UssdGateway.Testing;

namespace UssdGateway.Infrastructure.Tests.Sms;

/// <summary>
/// The keyword handler over the real SQLite repositories (a new database per test) and the shipped <c>menus/sms.yaml</c>,
/// on Monday 7 December 2026 in Bamako: the current month is 2026-12, the last one 2026-11. Replies are read from a
/// recording outbox, keyed by the inbox id as the real one is.
/// </summary>
public sealed class SmsKeywordHandlerTests : ProgrammeContractBase, IDisposable
{
    private static readonly SmsTemplates Templates = SmsTemplates.Load(Path.Combine(RepositoryRoot.Menus, "sms.yaml"));

    private readonly SqliteTestDatabase _database = new();
    private readonly RecordingOutbox _outbox = new();
    private long _nextId;

    protected override IDbConnectionFactory Connections => _database.Connections;

    public void Dispose() => _database.Dispose();

    private CooperativeRepository Cooperatives => new(Connections, Time);

    private BeneficiaryRepository Beneficiaries => new(Connections, Time);

    private PinRepository Pins => new(Connections, Time);

    private CallerPreferencesRepository Preferences => new(Connections, Time);

    private SmsKeywordHandler Handler => new(
        _outbox, new SmsOptOuts(Connections, Time), new SmsHelpThrottle(Connections), Preferences,
        Cooperatives, Beneficiaries, Pins, new LoanRepository(Connections, Time), Templates, Time);

    /// <summary>Handles the text as the inbox processor would; returns the handling and the reply queued for it.</summary>
    private async Task<(SmsHandling Handling, string? Reply)> SendAsync(string from, string text)
    {
        var id = Interlocked.Increment(ref _nextId);
        var handling = await Handler.HandleAsync(new InboxMessage(id, from, text, IsTest: true));
        var reply = _outbox.Messages.SingleOrDefault(m => m.IdempotencyKey == $"sms-reply:{id}");
        reply?.RecipientE164.Should().Be(from);
        reply?.Kind.Should().Be(SmsKind.Essential);
        return (handling, reply?.Text);
    }

    private async Task<(long Cooperative, string Phone)> LeaderAsync(string name)
    {
        var phone = Registrations.NewPhone();
        var cooperative = await Make.CooperativeAsync(name: name);
        await Cooperatives.AddLeaderAsync(cooperative, phone, null, Staff);
        return (cooperative, phone);
    }

    private async Task<IReadOnlyList<(string Month, long Amount)>> HistoryAsync(long cooperative, SalesMonth month) =>
        [.. (await Cooperatives.GetReportHistoryAsync(cooperative, month)).Select(r => (r.Month.ToString(), r.AmountXof))];

    [Fact]
    public async Task Vente_WithoutMonth_RecordsTheLastMonth_AndReadsTheFigureBack()
    {
        var (cooperative, phone) = await LeaderAsync("GIE Sabati");

        var sent = await SendAsync(phone, "vente 150 000");

        sent.Reply.Should().Be("Merci! Ventes de GIE Sabati pour 11/2026: 150 000 FCFA enregistrées.");
        sent.Handling.Outcome.Should().Be($"sales: recorded 2026-11 cooperative {cooperative} 150000 XOF");
        (await HistoryAsync(cooperative, new SalesMonth(2026, 11))).Should().Equal(("2026-11", 150_000L));
    }

    [Fact]
    public async Task Vente_ReadsTheMonthBeforeOrAfterTheAmount_AndAcceptsZero()
    {
        var (cooperative, phone) = await LeaderAsync("GIE Nyeta");

        (await SendAsync(phone, "Vente décembre 90.000F")).Reply.Should().Be("Merci! Ventes de GIE Nyeta pour 12/2026: 90 000 FCFA enregistrées.");
        (await SendAsync(phone, "VENTE 0 11/2026")).Reply.Should().Be("Merci! Ventes de GIE Nyeta pour 11/2026: 0 FCFA enregistrées.");

        (await HistoryAsync(cooperative, new SalesMonth(2026, 12))).Should().Equal(("2026-12", 90_000L));
        (await HistoryAsync(cooperative, new SalesMonth(2026, 11))).Should().Equal(("2026-11", 0L));
    }

    [Fact]
    public async Task Vente_RefusesAMonthBeforeTheLastOne_NamedWithoutYear()
    {
        var (cooperative, phone) = await LeaderAsync("GIE Jigiya");

        var sent = await SendAsync(phone, "VENTE oct 1000");

        sent.Reply.Should().Be("Mois 10/2026 refusé: déclarez le mois en cours (12/2026) ou le mois dernier (11/2026).");
        (await HistoryAsync(cooperative, new SalesMonth(2026, 10))).Should().BeEmpty();
    }

    [Fact]
    public async Task Vente_FromALeaderOfTwo_AsksWhich_ThenTakesTheNumberBeforeTheMonth()
    {
        var (first, phone) = await LeaderAsync("GIE Benkadi Sud");
        var second = await Make.CooperativeAsync(name: "GIE Jigiya Nord");
        await Cooperatives.AddLeaderAsync(second, phone, null, Staff);

        (await SendAsync(phone, "VENTE nov 80000")).Reply.Should()
            .Be("Vous dirigez plusieurs coopératives: 1. GIE Benkadi Sud, 2. GIE Jigiya Nord. Envoyez VENTE, le numéro, le mois puis le montant, ex: VENTE 1 nov 150000.");
        (await SendAsync(phone, "VENTE 2 nov 80 000")).Reply.Should().Be("Merci! Ventes de GIE Jigiya Nord pour 11/2026: 80 000 FCFA enregistrées.");

        (await HistoryAsync(second, new SalesMonth(2026, 11))).Should().Equal(("2026-11", 80_000L));
        (await HistoryAsync(first, new SalesMonth(2026, 11))).Should().BeEmpty();
    }

    [Fact]
    public async Task Corriger_ReplacesTheMonthFigure_KeepsTheOldOneAsHistory_AndReadsBackBoth()
    {
        var (cooperative, phone) = await LeaderAsync("GIE Benkadi");
        await SendAsync(phone, "VENTE nov 150000");

        var sent = await SendAsync(phone, "CORRIGER nov 175 000");

        sent.Reply.Should().Be("Ventes de GIE Benkadi pour 11/2026 corrigées: 175 000 FCFA (avant: 150 000 FCFA).");
        sent.Handling.Outcome.Should().StartWith("correct: corrected 2026-11");
        (await HistoryAsync(cooperative, new SalesMonth(2026, 11))).Should().Equal(("2026-11", 175_000L), ("2026-11", 150_000L));
    }

    [Fact]
    public async Task Corriger_WithoutAmount_ExplainsHowToWriteIt()
    {
        var (_, phone) = await LeaderAsync("GIE Sigida");

        (await SendAsync(phone, "CORRIGER nov")).Reply.Should().StartWith("Pour corriger un mois déjà déclaré, envoyez CORRIGER");
    }

    [Fact]
    public async Task Vente_FromANumberLeadingNothing_IsPolitelyRefused_AndNothingIsWritten()
    {
        var sent = await SendAsync(Registrations.NewPhone(), "VENTE nov 150000");

        sent.Reply.Should().StartWith("Ce numéro ne dirige aucune coopérative du programme");
    }

    [Fact]
    public async Task Inscription_RegistersTheNumberWithTheName_ThenSaysItIsAlreadyDone()
    {
        var phone = Registrations.NewPhone();

        var first = await SendAsync(phone, "INSCRIPTION  Awa   Traoré");

        var registered = (await Beneficiaries.FindByPhoneAsync(phone)).Should().ContainSingle().Subject;
        registered.FullName.Should().Be("Awa Traoré");
        registered.Channel.Should().Be("sms");
        registered.Language.Should().Be("fr");
        registered.Gender.Should().Be(BeneficiaryRegistration.NotGiven);
        registered.BirthYear.Should().Be(BeneficiaryRegistration.BirthYearNotGiven);
        registered.IsTest.Should().BeTrue();
        first.Reply.Should().Be($"RENAPESS: Awa Traoré, votre inscription est enregistrée (réf. {registered.Id}). Composez *384*123# pour compléter votre profil.");

        var again = await SendAsync(phone, "inscription awa traore");

        again.Reply.Should().Be($"RENAPESS: awa traore est déjà inscrit(e) sur ce numéro (réf. {registered.Id}). Votre compte: *384*123#");
        (await Beneficiaries.FindByPhoneAsync(phone)).Should().ContainSingle();
    }

    [Fact]
    public async Task Inscription_WithABambaraKeyword_RegistersAndRepliesInBambara_WhenTheNumberChoseNoLanguage()
    {
        var phone = Registrations.NewPhone();

        var sent = await SendAsync(phone, "Tɔgɔ Assitan Koné");

        (await Beneficiaries.FindByPhoneAsync(phone)).Should().ContainSingle().Which.Language.Should().Be("bm");
        sent.Reply.Should().StartWith("RENAPESS: Assitan Koné, i tògò sèbènna");
    }

    [Fact]
    public async Task Inscription_FollowsTheNumberLanguage_WhenItChoseOne()
    {
        var phone = Registrations.NewPhone();
        await Preferences.SetLanguageAsync(phone, "fr");

        (await SendAsync(phone, "TOGO Oumou Sangaré")).Reply.Should().StartWith("RENAPESS: Oumou Sangaré, votre inscription est enregistrée");
    }

    [Fact]
    public async Task Inscription_RefusesAFourthPerson_OnANumberCarryingThree()
    {
        var phone = Registrations.NewPhone();
        foreach (var name in new[] { "Awa Traoré", "Moussa Traoré", "Mariam Traoré" }) await SendAsync(phone, "INSCRIPTION " + name);

        (await SendAsync(phone, "INSCRIPTION Seydou Traoré")).Reply.Should().StartWith("RENAPESS: ce numéro compte déjà le nombre maximum");
        (await Beneficiaries.CountByPhoneAsync(phone)).Should().Be(IBeneficiaryRepository.MaxPeoplePerPhone);
    }

    [Fact]
    public async Task Solde_WithTheRightPin_GivesTheBalance_WithoutEchoingThePin_AndMasksItInTheStoredText()
    {
        var (youth, phone) = await Make.BeneficiaryAsync();
        await Pins.SetAsync(youth, "4321", Staff);
        await Make.LoanAsync(youth, null, new DateOnly(2026, 11, 15), instalments: 6, instalmentXof: 50_000);

        var sent = await SendAsync(phone, "SOLDE 4321");

        sent.Reply.Should().Be("RENAPESS: reste à rembourser 300 000 FCFA. Prochaine échéance: 50 000 FCFA le 15/12/2026.");
        sent.Handling.RedactedText.Should().Be("SOLDE ****");
        sent.Handling.Outcome.Should().NotContain("4321");
    }

    [Fact]
    public async Task Solde_WithWrongPins_SaysTheTriesLeft_ThenLocks()
    {
        var (youth, phone) = await Make.BeneficiaryAsync();
        await Pins.SetAsync(youth, "4321", Staff);

        var first = await SendAsync(phone, "solde 1111");
        var second = await SendAsync(phone, "solde 2222");
        var third = await SendAsync(phone, "solde 3333");
        var right = await SendAsync(phone, "solde 4321");

        first.Reply.Should().Be("Code PIN incorrect. Il vous reste 2 essai(s) aujourd'hui.");
        second.Reply.Should().Be("Code PIN incorrect. Il vous reste 1 essai(s) aujourd'hui.");
        third.Reply.Should().StartWith("Code PIN bloqué jusqu'à demain");
        right.Reply.Should().StartWith("Code PIN bloqué jusqu'à demain", "the lock holds for the rest of the Bamako day, as on the menu");
        _outbox.Messages.Should().OnlyContain(m => !m.Text.Contains("1111") && !m.Text.Contains("4321"));
    }

    [Fact]
    public async Task Solde_SaysSo_WhenThereIsNoLoan_NoPin_OrNoRegistration()
    {
        var (youth, phone) = await Make.BeneficiaryAsync();
        var (_, withoutPin) = await Make.BeneficiaryAsync();
        await Pins.SetAsync(youth, "4321", Staff);

        (await SendAsync(phone, "SOLDE 4321")).Reply.Should().Be("RENAPESS: vous n'avez pas de pret en cours.");
        (await SendAsync(withoutPin, "SOLDE 4321")).Reply.Should().StartWith("Vous n'avez pas encore de code PIN");
        (await SendAsync(Registrations.NewPhone(), "SOLDE 4321")).Reply.Should().StartWith("Ce numéro n'est pas inscrit au programme");
        var usage = await SendAsync(phone, "SOLDE 12345");
        usage.Reply.Should().StartWith("Pour connaitre le solde de votre pret");
        usage.Handling.RedactedText.Should().Be("SOLDE *****");
    }

    [Fact]
    public async Task Solde_OnANumberSharedByTwo_SendsToTheMenu_WithoutTryingThePin()
    {
        var (youth, phone) = await Make.BeneficiaryAsync();
        await Beneficiaries.RegisterAsync(Registrations.For(phone, "Moussa Diarra") with { IsTest = true });
        await Pins.SetAsync(youth, "4321", Staff);

        (await SendAsync(phone, "SOLDE 1111")).Reply.Should().StartWith("Plusieurs personnes sont inscrites sur ce numéro");
        (await Pins.GetStatusAsync(youth)).RemainingAttempts.Should().Be(LoanPin.MaxAttempts, "no wrong try was counted");
    }
}
