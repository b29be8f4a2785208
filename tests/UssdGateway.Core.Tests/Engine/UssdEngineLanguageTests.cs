using UssdGateway.Core.Engine;
using UssdGateway.Core.Tests.Support;

namespace UssdGateway.Core.Tests.Engine;

public sealed class UssdEngineLanguageTests
{
    private readonly EngineHarness _harness = EngineHarness.ForYaml(EngineMenus.Bilingual);

    [Fact]
    public async Task HandleAsync_AsksTheLanguage_WhenTheCallerIsNew()
    {
        var reply = await _harness.SendAsync("");

        reply.Should().Be(new UssdReply("Langue / Kan:\n1. Français\n2. Bamanankan", End: false));
        reply.ToWire().Should().Be("CON Langue / Kan:\n1. Français\n2. Bamanankan");
    }

    [Fact]
    public async Task HandleAsync_SkipsTheLanguagePrompt_WhenTheCallerIsRemembered()
    {
        _harness.Remember("bm");

        (await _harness.SendAsync("")).Text.Should().Be("Sigi\n1. Laban\n2. Kan");
    }

    [Fact]
    public async Task HandleAsync_AppliesADialStringToTheMenuInTheDefaultLanguage_WhenTheCallerIsNew()
    {
        var reply = await _harness.SendAsync("1");

        reply.Should().Be(new UssdReply("Au revoir", End: true), "a shortcut means the same for every caller");
        _harness.Session()!.Language.Should().Be("fr");
        _harness.Preferences.Languages.Should().NotContainKey(EngineHarness.Phone, "nothing was chosen, so nothing is remembered");
    }

    [Fact]
    public async Task HandleAsync_AsksAgain_WhenTheRememberedLanguageIsNotInTheMenu()
    {
        _harness.Remember("en");

        (await _harness.SendAsync("")).Text.Should().StartWith("Langue / Kan:");
    }

    [Fact]
    public async Task HandleAsync_RemembersTheLanguage_WhenTheCallerChoosesOne()
    {
        await _harness.SendAsync("");

        (await _harness.SendAsync("2")).Text.Should().Be("Sigi\n1. Laban\n2. Kan");
        _harness.Preferences.Languages[EngineHarness.Phone].Should().Be("bm");
        _harness.Session()!.Language.Should().Be("bm");
        _harness.Session()!.Vars["language"].Should().Be("bm");

        (await _harness.SendAsync("", session: "s2")).Text.Should().Be("Sigi\n1. Laban\n2. Kan", "the next session starts in Bambara");
        (await _harness.SendAsync("1", session: "s2")).Should().Be(new UssdReply("K'an bɛn", End: true));
    }

    [Fact]
    public async Task HandleAsync_ShowsInvalidChoiceAboveThePrompt_WhenTheLanguageNumberIsWrong()
    {
        await _harness.SendAsync("");

        (await _harness.SendAsync("7")).Text.Should().Be("Choix invalide.\nLangue / Kan:\n1. Français\n2. Bamanankan");
    }

    [Fact]
    public async Task HandleAsync_LetsTheCallerChangeLanguage_FromAnOptionLeadingToLanguage()
    {
        _harness.Remember("fr");

        (await _harness.WalkAsync("s1", "2")).Text.Should().Be("Langue / Kan:\n1. Français\n2. Bamanankan\n0. Retour");
        (await _harness.WalkAsync("s2", "2", "0")).Text.Should().Be("Accueil\n1. Fin\n2. Langue", "back leaves the prompt unchanged");
        (await _harness.WalkAsync("s3", "2", "2")).Text.Should().Be("Sigi\n1. Laban\n2. Kan");
        _harness.Preferences.Languages[EngineHarness.Phone].Should().Be("bm");
    }
}
