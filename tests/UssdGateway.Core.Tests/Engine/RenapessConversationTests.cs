using UssdGateway.Core.Engine;
using UssdGateway.Core.Tests.Support;

namespace UssdGateway.Core.Tests.Engine;

/// <summary>The shipped menus/renapess.yaml, played end to end against the programme's real actions.</summary>
public sealed class RenapessConversationTests
{
    private readonly EngineHarness _harness = EngineHarness.ForShippedMenus();

    [Fact]
    public async Task Registration_WritesTheBeneficiary_WhenWalkedInFrench()
    {
        _harness.Remember("fr");

        (await _harness.SendAsync("")).Text.Should().Be("RENAPESS - Jeunes et ESS\n1. S'inscrire\n2. Découvrir l'ESS\n3. Langue / Kan\n4. Formations\n5. Mon compte");
        var confirm = await _harness.WalkAsync("s1", "1", "1", "Awa  Traoré", "1", "2004", "3", "5", "4");
        confirm.Text.Should().StartWith("Awa Traoré, Une femme, 2004, Commune III, Ségou, Santé. Est-ce exact?\n1. Confirmer\n2. Recommencer");

        var end = await _harness.WalkAsync("s2", "1", "1", "Awa  Traoré", "1", "2004", "3", "5", "4", "1");

        end.Should().Be(new UssdReply("Merci Awa Traoré! Votre inscription est enregistrée. Vous recevrez un SMS pour la formation.", End: true));
        var row = _harness.Beneficiaries.Rows.Should().ContainSingle().Subject;
        row.Should().BeEquivalentTo(new
        {
            Phone = EngineHarness.Phone,
            FullName = "Awa Traoré",
            Gender = "F",
            BirthYear = 2004,
            Commune = "III",
            RegionOfOrigin = "Ségou",
            Sector = "health",
            Language = "fr",
            Channel = "ussd",
            IsTest = true,
            ConsentedAt = _harness.Time.GetUtcNow(),
        });
        row.ConsentVersion.Should().StartWith("renapess@").And.HaveLength("renapess@".Length + 16);
    }

    [Fact]
    public async Task Registration_WritesTheBeneficiaryInBambara_WhenAFirstTimeCallerChoosesBambara()
    {
        (await _harness.SendAsync("")).Text.Should().StartWith("Langue / Kan:");

        var end = await _harness.WalkAsync("s1", "2", "1", "1", "Moussa Keita", "2", "2000", "7", "1", "5", "1");

        end.End.Should().BeTrue();
        end.Text.Should().Be("I ni ce Moussa Keita! I tɔgɔ sɛbɛnna. SMS bɛ na i ma kalan ko la.");
        _harness.Preferences.Languages[EngineHarness.Phone].Should().Be("bm");
        _harness.Beneficiaries.Rows.Should().ContainSingle().Which.Should().BeEquivalentTo(new
        {
            FullName = "Moussa Keita",
            Gender = "M",
            BirthYear = 2000,
            Commune = "hors_bamako",
            RegionOfOrigin = "Bamako (District)",
            Sector = "education",
            Language = "bm",
        });
    }

    [Fact]
    public async Task Registration_RefusesAnAgeOutOfRange_ThenAcceptsACorrectedYear()
    {
        _harness.Remember("fr");

        (await _harness.WalkAsync("s1", "1", "1", "Awa Traoré", "1", "2015")).Text
            .Should().StartWith("Année non valide. Écrivez 4 chiffres, ex: 2004 (15 à 40 ans).\nVotre année de naissance");
        (await _harness.WalkAsync("s2", "1", "1", "Awa Traoré", "1", "2015", "2011")).Text.Should().StartWith("Votre commune:");
    }

    [Fact]
    public async Task Consent_EndsWithoutWriting_WhenTheCallerRefuses()
    {
        _harness.Remember("fr");

        (await _harness.WalkAsync("s1", "1", "2")).Should().Be(new UssdReply(
            "Sans votre accord, nous ne pouvons pas vous inscrire. Vous pouvez revenir quand vous voulez.", End: true));
        _harness.Beneficiaries.RegisterCalls.Should().Be(0);
    }

    [Fact]
    public async Task Welcome_SaysTheNumberIsAlreadyRegistered_WhenTheCallerIsKnown()
    {
        _harness.Remember("fr");
        _harness.Beneficiaries.Add(EngineHarness.Phone, "Awa Traoré");

        (await _harness.SendAsync("")).Text.Should().Be(
            "Ce numéro est déjà inscrit (Awa Traoré).\n1. Découvrir l'ESS\n2. Inscrire une autre personne\n3. Langue / Kan\n4. Formations\n5. Mon compte");
    }

    [Fact]
    public async Task Learn_HidesRegistration_WhenTheCallerIsAlreadyRegistered()
    {
        _harness.Remember("fr");

        (await _harness.WalkAsync("new", "2", "4")).Text.Should().EndWith("\n1. Autres formes\n2. S'inscrire\n0. Retour");
        _harness.Beneficiaries.Add(EngineHarness.Phone, "Awa Traoré");
        (await _harness.WalkAsync("known", "1", "4")).Text.Should().EndWith("\n1. Autres formes\n0. Retour");
    }

    [Fact]
    public async Task Registration_EndsWithAlreadyRegistered_WhenTheSamePersonRegistersTwice()
    {
        _harness.Remember("fr");
        await _harness.WalkAsync("first", "1", "1", "Awa Traoré", "1", "2004", "3", "5", "4", "1");

        var second = await _harness.WalkAsync("second", "2", "1", "AWA  TRAORE", "1", "2004", "3", "5", "4", "1");

        second.Should().Be(new UssdReply("AWA TRAORE est déjà inscrit(e) sur ce numéro. Merci!", End: true));
        _harness.Beneficiaries.Rows.Should().ContainSingle();
        _harness.Beneficiaries.RegisterCalls.Should().Be(2);
    }

    [Fact]
    public async Task Registration_EndsWithNumberFull_WhenThreePeopleShareTheNumber()
    {
        _harness.Remember("fr");
        foreach (var name in new[] { "Awa Traoré", "Fanta Traoré", "Oumou Traoré" }) _harness.Beneficiaries.Add(EngineHarness.Phone, name);

        // "1": I am Awa (the phone is shared, so the menu first asks who is calling), then register someone else.
        (await _harness.WalkAsync("s1", "1", "2", "1", "Sira Traoré", "1", "2004", "3", "5", "4", "1")).Text
            .Should().Be("Ce numéro a déjà 3 personnes inscrites. Inscrivez-vous avec un autre numéro.");
    }

    [Fact]
    public async Task Registration_QueuesOneConfirmationSms_InTheCallersLanguage_FlaggedAsTest()
    {
        _harness.Remember("bm");

        await _harness.WalkAsync("s1", "1", "1", "Awa Traoré", "1", "2004", "3", "5", "4", "1");

        var sms = _harness.Sms.Messages.Should().ContainSingle().Subject;
        sms.Should().BeEquivalentTo(new
        {
            RecipientE164 = EngineHarness.Phone, IdempotencyKey = "confirm:registration:1", IsTest = true, Kind = UssdGateway.Core.Sms.SmsKind.Essential,
        });
        sms.Text.Should().StartWith("RENAPESS: Awa Traoré, i tògò sèbènna");
    }

    [Fact]
    public async Task Registration_QueuesNoSms_WhenTheDatabaseIsDown()
    {
        _harness.Remember("fr");
        _harness.Beneficiaries.FailRegistrations = true;

        await _harness.WalkAsync("s1", "1", "1", "Awa Traoré", "1", "2004", "3", "5", "4", "1");

        _harness.Sms.Messages.Should().BeEmpty();
    }

    [Fact]
    public async Task Registration_EndsWithTheFailureScreen_WhenTheDatabaseIsDown()
    {
        _harness.Remember("fr");
        _harness.Beneficiaries.FailRegistrations = true;

        (await _harness.WalkAsync("s1", "1", "1", "Awa Traoré", "1", "2004", "3", "5", "4", "1")).Should().Be(new UssdReply(
            "Désolé, inscription impossible pour le moment. Réessayez plus tard.", End: true));
    }

    [Fact]
    public async Task Confirm_StartsAgainFromTheName_WhenTheCallerChoosesRecommencer()
    {
        _harness.Remember("fr");

        (await _harness.WalkAsync("s1", "1", "1", "Awa Traoré", "1", "2004", "3", "5", "4", "2")).Text
            .Should().Be("Votre nom complet (prénom et nom):");
    }

    [Fact]
    public async Task EveryScreen_FitsTheBudget_OnEveryPageInBothLanguages()
    {
        foreach (var language in new[] { "fr", "bm" })
        {
            var harness = EngineHarness.ForShippedMenus().Remember(language);
            string[][] walks =
            [
                [], ["1"], ["1", "3"], ["1", "1"], ["1", "1", "Awa Traoré"], ["1", "1", "Awa Traoré", "1"],
                ["1", "1", "Awa Traoré", "1", "2004"], ["1", "1", "Awa Traoré", "1", "2004", "3"],
                ["1", "1", "Awa Traoré", "1", "2004", "3", "98"], ["1", "1", "Awa Traoré", "1", "2004", "3", "98", "98"],
                ["1", "1", "Awa Traoré", "1", "2004", "3", "5"], ["1", "1", "Awa Traoré", "1", "2004", "3", "5", "4"],
                ["2"], ["2", "1"], ["2", "2"], ["2", "3"], ["2", "4"], ["3"], ["1", "2"],
            ];
            var n = 0;
            foreach (var walk in walks)
            {
                var reply = await harness.WalkAsync($"{language}{n++}", walk);
                var measure = UssdGateway.Core.Text.GsmAlphabet.Measure(reply.Text);
                UssdGateway.Core.Text.ScreenBudget.Default.Fits(measure).Should().BeTrue($"{language} [{string.Join('*', walk)}]:\n{reply.Text}");
            }
        }
    }
}
