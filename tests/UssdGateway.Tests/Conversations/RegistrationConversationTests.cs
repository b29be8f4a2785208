using Dapper;
using UssdGateway.Tests.Support;

namespace UssdGateway.Tests.Conversations;

/// <summary>
/// The shipped RENAPESS menu walked through the real HTTP pipeline, as a youth would on a basic phone,
/// ending with the beneficiary read back from the SQLite file.
/// </summary>
public sealed class RegistrationConversationTests(GatewayFactory factory) : IClassFixture<GatewayFactory>
{
    [Fact]
    public async Task Registration_WritesTheBeneficiary_WhenWalkedInFrench()
    {
        using var client = factory.CreateClient();
        var phone = new UssdPhone(client, TestPhones.Next());

        (await phone.DialAsync()).Should().Be("CON Langue / Kan:\n1. Français\n2. Bamanankan");
        (await phone.SendAsync("1")).Should().Be("CON RENAPESS - Jeunes et ESS\n1. S'inscrire\n2. Découvrir l'ESS\n3. Langue / Kan\n4. Formations\n5. Mon compte");
        (await phone.SendAsync("1")).Should().StartWith("CON Inscription: nous gardons nom, année de naissance")
            .And.Contain("1. J'accepte\n2. Je refuse\n3. Vos droits");
        (await phone.SendAsync("1")).Should().Be("CON Votre nom complet (prénom et nom):");
        (await phone.SendAsync("Awa Traoré")).Should().Be("CON Vous êtes:\n1. Une femme\n2. Un homme\n0. Retour");
        (await phone.SendAsync("1")).Should().Be("CON Votre année de naissance (ex: 2004):");
        (await phone.SendAsync("1890")).Should().StartWith("CON Année non valide.", "a birth year outside 15-40 years is refused");
        (await phone.SendAsync("2004")).Should().StartWith("CON Votre commune:\n1. Commune I");
        (await phone.SendAsync("5")).Should().StartWith("CON Votre région d'origine:\n1. Bamako (District)\n2. Kayes").And.EndWith("98. Suite");
        (await phone.SendAsync("98")).Should().StartWith("CON 11. Taoudénit");
        (await phone.SendAsync("13")).Should().StartWith("CON Votre secteur d'activité:\n1. Alimentation");
        (await phone.SendAsync("2")).Should().Be(
            "CON Awa Traoré, Une femme, 2004, Commune V, Dioila, Assainissement. Est-ce exact?\n1. Confirmer\n2. Recommencer\n0. Retour",
            "with 'ï' the screen would need UCS-2 and two pages; its GSM-7 spelling fits one");
        (await phone.SendAsync("1")).Should().Be(
            "END Merci Awa Traoré! Votre inscription est enregistrée. Vous recevrez un SMS pour la formation.");

        using var db = factory.OpenDatabase();
        var row = await db.QuerySingleAsync<(string FullName, string Gender, long BirthYear, string Commune, string Region, string Sector, string Language, string Channel, long IsTest)>(
            "SELECT full_name, gender, birth_year, commune, region_of_origin, sector, language, channel, is_test FROM beneficiaries WHERE phone_e164 = @Phone",
            new { Phone = phone.PhoneNumber });
        row.Should().Be(("Awa Traoré", "F", 2004L, "V", "Dioïla", "sanitation", "fr", "ussd", 0L));
    }

    [Fact]
    public async Task Registration_QueuesOneConfirmationSms_InTheOutbox_WhenWalkedByUssd()
    {
        using var client = factory.CreateClient();
        var phone = new UssdPhone(client, TestPhones.Next());

        await phone.DialAsync();
        foreach (var input in new[] { "1", "1", "1", "Awa Traoré", "1", "2004", "5", "1", "2" }) await phone.SendAsync(input);
        (await phone.SendAsync("1")).Should().StartWith("END Merci Awa Traoré!");

        using var db = factory.OpenDatabase();
        var id = await db.QuerySingleAsync<long>("SELECT id FROM beneficiaries WHERE phone_e164 = @Phone", new { Phone = phone.PhoneNumber });
        var sms = await db.QuerySingleAsync<(string Key, string Text, string Kind, long IsTest)>(
            "SELECT idempotency_key, text, kind, is_test FROM sms_outbox WHERE recipient_e164 = @Phone", new { Phone = phone.PhoneNumber });
        sms.Key.Should().Be($"confirm:registration:{id}");
        sms.Text.Should().StartWith($"RENAPESS: Awa Traoré, votre inscription est enregistrée (réf. {id}).");
        sms.Kind.Should().Be("essential");
        sms.IsTest.Should().Be(0);
    }

    [Fact]
    public async Task Registration_WritesTheBeneficiary_WhenWalkedInBambara()
    {
        using var client = factory.CreateClient();
        var phone = new UssdPhone(client, TestPhones.Next());

        await phone.DialAsync();
        (await phone.SendAsync("2")).Should().Be(
            "CON RENAPESS - Kamalenw ni ESS\n1. Ka i tògò sèbèn\n2. ESS dònniya\n3. Kan / Langue\n4. Kalan\n5. N ka kunnafoniw",
            "with the training and account options the welcome is sent in the GSM-7 spelling of Bambara");
        (await phone.SendAsync("1")).Should().StartWith("CON An bè i tògò, i san, i komini ni i baara mara kalan kosòn.\n1. N sònna");
        (await phone.SendAsync("1")).Should().Be("CON I tɔgɔ ni i jamu sɛbɛn:");
        (await phone.SendAsync("Moussa Coulibaly")).Should().StartWith("CON I ye:\n1. Muso\n2. Cɛ");
        (await phone.SendAsync("2")).Should().StartWith("CON I bangera san jumɛn?");
        (await phone.SendAsync("2001")).Should().StartWith("CON I sigilen bè komini jumèn na?\n1. Komini I");
        await phone.SendAsync("7");
        (await phone.SendAsync("4")).Should().StartWith("CON I ka baara siya:");
        (await phone.SendAsync("3")).Should().Be(
            "CON Moussa Coulibaly, Cè, 2001, Bamako kòkan, Sikasso, So jòli (BTP). A ka nyi wa?\n1. Owò, a ka nyi\n2. Ka a daminè kokura\n0. Segin",
            "too long for one UCS-2 screen, the confirmation is sent in the older GSM-7 spelling of Bambara");
        (await phone.SendAsync("1")).Should().Be("END I ni ce Moussa Coulibaly! I tɔgɔ sɛbɛnna. SMS bɛ na i ma kalan ko la.");

        using var db = factory.OpenDatabase();
        var row = await db.QuerySingleAsync<(string Gender, string Commune, string Region, string Sector, string Language)>(
            "SELECT gender, commune, region_of_origin, sector, language FROM beneficiaries WHERE phone_e164 = @Phone",
            new { Phone = phone.PhoneNumber });
        row.Should().Be(("M", "hors_bamako", "Sikasso", "construction", "bm"));
    }

    [Fact]
    public async Task Dial_SaysTheNumberIsAlreadyRegistered_BeforeAnythingElse_WhenItIs()
    {
        using var client = factory.CreateClient();
        var phone = new UssdPhone(client, TestPhones.Next());
        await phone.DialAsync();
        await phone.SendAllAsync("1", "1", "1", "Fatoumata Diarra", "1", "2003", "1", "1", "1");
        (await phone.SendAsync("1")).Should().StartWith("END Merci Fatoumata Diarra!");

        var second = await phone.DialAsync();

        second.Should().StartWith("CON Ce numéro est déjà inscrit (Fatoumata Diarra).", "the language is remembered and the number known");
    }

    [Fact]
    public async Task Registration_RefusesTheSamePersonTwice_WhenRegisteredAgainFromTheSameNumber()
    {
        using var client = factory.CreateClient();
        var phone = new UssdPhone(client, TestPhones.Next());
        await phone.DialAsync();
        await phone.SendAllAsync("1", "1", "1", "Seydou Keïta", "2", "2000", "2", "3", "4");
        (await phone.SendAsync("1")).Should().StartWith("END Merci");

        await phone.DialAsync();
        var again = await phone.SendAllAsync("2", "1", "seydou  KEITA", "2", "2000", "2", "3", "4", "1");

        again.Should().Be("END seydou KEITA est déjà inscrit(e) sur ce numéro. Merci!");
        using var db = factory.OpenDatabase();
        (await db.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM beneficiaries WHERE phone_e164 = @Phone", new { Phone = phone.PhoneNumber }))
            .Should().Be(1);
    }

    [Fact]
    public async Task Language_CanBeChangedFromTheMenu_AndIsRemembered()
    {
        using var client = factory.CreateClient();
        var phone = new UssdPhone(client, TestPhones.Next());
        await phone.DialAsync();
        await phone.SendAsync("1");

        (await phone.SendAsync("3")).Should().StartWith("CON Langue / Kan:");
        (await phone.SendAsync("2")).Should().StartWith("CON RENAPESS - Kamalenw ni ESS");

        (await phone.DialAsync()).Should().StartWith("CON RENAPESS - Kamalenw ni ESS", "Bambara is remembered for this number");
    }

    [Fact]
    public async Task LearnAboutSse_ShowsEachFormAndOffersRegistration_ToANewCaller()
    {
        using var client = factory.CreateClient();
        var phone = new UssdPhone(client, TestPhones.Next());
        await phone.DialAsync();
        await phone.SendAsync("1");

        (await phone.SendAsync("2")).Should().Be(
            "CON Les formes d'entreprise de l'ESS:\n1. Entreprise collective\n2. Coopérative de production\n3. Coopérative de services\n4. GIE\n0. Retour");
        (await phone.SendAsync("4")).Should().StartWith("CON GIE: des personnes ou entreprises").And.Contain("1. Autres formes\n2. S'inscrire");
        (await phone.SendAsync("0")).Should().StartWith("CON Les formes d'entreprise de l'ESS:");
        (await phone.SendAsync("00")).Should().StartWith("CON RENAPESS - Jeunes et ESS");
    }

    [Fact]
    public async Task Input_EndsPolitely_AfterThreeRejectedAnswers()
    {
        using var client = factory.CreateClient();
        var phone = new UssdPhone(client, TestPhones.Next());
        await phone.DialAsync();
        await phone.SendAllAsync("1", "1", "1");

        (await phone.SendAsync("x")).Should().StartWith("CON Nom non valide: 3 à 60 lettres.\nVotre nom complet");
        (await phone.SendAsync("12")).Should().StartWith("CON Nom non valide");
        (await phone.SendAsync("?")).Should().Be("END Trop d'essais. Recomposez le code plus tard.");
    }
}
