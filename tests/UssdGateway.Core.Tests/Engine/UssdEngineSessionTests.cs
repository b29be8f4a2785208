using UssdGateway.Core.Engine;
using UssdGateway.Core.Sessions;
using UssdGateway.Core.Tests.Support;

namespace UssdGateway.Core.Tests.Engine;

/// <summary>Sessions in depth: version pinning, resume after a drop, racing hops, the hop log.</summary>
public sealed class UssdEngineSessionTests
{
    private const string Flow = """
        menu: flow
        service_codes: ["*300#"]
        languages: [fr]
        start: home
        screens:
          home:
            type: menu
            text: Accueil
            options:
              - { text: Commencer, next: count }
          count:
            type: action
            action: count
            next: ask_name
          ask_name:
            type: input
            text: "Nom?"
            save_as: name
            validate: { min_length: 2 }
            next: ask_town
          ask_town:
            type: input
            text: "Ville de {name}?"
            save_as: town
            next: bye
          bye:
            type: end
            text: "Merci {name} de {town} ({counted})"
        """;

    private readonly EngineHarness _harness;
    private readonly DelegateAction _count;
    private int _counted;

    public UssdEngineSessionTests()
    {
        _harness = EngineHarness.ForYaml(Flow);
        _harness.Options.ResumeTtlSeconds = 300;
        _count = new DelegateAction("count", _ => Task.FromResult(ActionResult.Success(new Dictionary<string, string>
        {
            ["counted"] = (++_counted).ToString(System.Globalization.CultureInfo.InvariantCulture),
        })));
        _harness.Actions.Add(_count);
    }

    [Fact]
    public async Task HandleAsync_OffersToResume_WhenTheSameNumberDialsAfterADrop()
    {
        await _harness.WalkAsync("s1", "1", "Awa");
        _harness.Store.Expire(EngineHarness.Provider, "s1"); // the call dropped; the session's TTL ran out

        var offer = await _harness.SendAsync("", session: "s2");

        offer.Should().Be(new UssdReply("Votre session a été coupée.\n1. Continuer où j'étais\n2. Recommencer", End: false));
    }

    [Fact]
    public async Task HandleAsync_RestoresAnswersAndScreenWithoutRepeatingActions_WhenTheCallerContinues()
    {
        await _harness.WalkAsync("s1", "1", "Awa");
        _harness.Store.Expire(EngineHarness.Provider, "s1");
        await _harness.SendAsync("", session: "s2");

        (await _harness.SendAsync("1", session: "s2")).Should().Be(new UssdReply("Ville de Awa?", End: false));
        (await _harness.SendAsync("1*Bamako", session: "s2")).Should().Be(new UssdReply("Merci Awa de Bamako (1)", End: true));

        _count.Calls.Should().Be(1, "the action ran before the drop and is not run again");
        _harness.Store.PeekResume(EngineHarness.Phone, "flow").Should().BeNull("a finished session leaves nothing to resume");
    }

    [Fact]
    public async Task HandleAsync_StartsAfresh_WhenTheCallerChoosesToRestart()
    {
        await _harness.WalkAsync("s1", "1", "Awa");
        _harness.Store.Expire(EngineHarness.Provider, "s1");
        await _harness.SendAsync("", session: "s2");

        (await _harness.SendAsync("2", session: "s2")).Should().Be(new UssdReply("Accueil\n1. Commencer", End: false));

        _harness.Session("s2")!.Vars.Should().NotContainKey("name");
        _harness.Store.PeekResume(EngineHarness.Phone, "flow").Should().BeNull();
    }

    [Fact]
    public async Task HandleAsync_OffersNothing_WhenTheSnapshotHasExpired()
    {
        await _harness.WalkAsync("s1", "1", "Awa");
        _harness.Store.Expire(EngineHarness.Provider, "s1");
        _harness.Store.ExpireResume(EngineHarness.Phone, "flow");

        (await _harness.SendAsync("", session: "s2")).Should().Be(new UssdReply("Accueil\n1. Commencer", End: false));
    }

    [Fact]
    public async Task HandleAsync_OffersNothing_WhenTheDroppedSessionHadNotLeftTheFirstScreen()
    {
        await _harness.SendAsync("", session: "s1");

        (await _harness.SendAsync("", session: "s2")).Text.Should().Be("Accueil\n1. Commencer");
    }

    [Fact]
    public async Task HandleAsync_KeepsARunningSessionOnItsVersion_WhenTheMenuIsEditedMidSession()
    {
        var v1 = TestMenus.Parse(Flow);
        var v2 = TestMenus.Parse(Flow.Replace("Ville de {name}?", "Quartier de {name}?"));
        var catalog = new SwitchableCatalog(v1);
        _harness.Catalog = catalog;
        _harness.Options.ResumeTtlSeconds = 0; // the second session is the same number's: no resume offer here
        await _harness.WalkAsync("s1", "1");

        catalog.Publish(v2);

        (await _harness.SendAsync("1*Awa", session: "s1")).Text.Should().Be("Ville de Awa?", "the session stays on the version it started on");
        (await _harness.WalkAsync("s2", "1", "Awa")).Text.Should().Be("Quartier de Awa?", "new sessions get the edit");
        _harness.Session("s1")!.MenuVersion.Should().Be(v1.Version);
        _harness.Session("s2")!.MenuVersion.Should().Be(v2.Version);
    }

    [Fact]
    public async Task HandleAsync_ApologisesPolitely_WhenTheSessionsVersionIsNowhereToBeFound()
    {
        var catalog = new SwitchableCatalog(TestMenus.Parse(Flow));
        _harness.Catalog = catalog;
        await _harness.WalkAsync("s1", "1");
        catalog.Publish(TestMenus.Parse(Flow.Replace("Nom?", "Votre nom?")));
        catalog.ForgetOldVersions();

        var reply = await _harness.SendAsync("1*Awa", session: "s1");

        reply.Should().Be(new UssdReply("Service indisponible pour le moment. Merci de réessayer plus tard.", End: true));
    }

    [Fact]
    public async Task HandleAsync_AnswersTheLoserFromTheWinner_WhenTwoHopsOfASessionRace()
    {
        await _harness.WalkAsync("s1", "1");
        Task<UssdReply>? winner = null;
        var raced = false;
        _harness.Store.BeforeSave = session =>
        {
            // The first hop to reach its save lets a retry of the same request run to completion first.
            if (raced) return Task.CompletedTask;
            raced = true;
            winner = _harness.SendAsync("1*Awa", session: "s1");
            return winner;
        };

        var loser = await _harness.SendAsync("1*Awa", session: "s1");

        loser.Should().Be(await winner!).And.Be(new UssdReply("Ville de Awa?", End: false));
        var stored = _harness.Session("s1")!;
        stored.Hops.Should().Be(3, "dial, '1', then one hop for 'Awa': the loser's save was refused");
        stored.Version.Should().Be(3);
    }

    [Fact]
    public async Task HandleAsync_RecordsEveryHopWithItsKindAndOutcome_NeverTheInput()
    {
        await _harness.WalkAsync("s1", "1", "A", "Awa", "Bamako");
        await _harness.SendAsync("1*A*Awa*Bamako", session: "s1");

        var hops = _harness.HopLog.Hops.ToList();
        hops.Select(h => (h.Screen, h.InputKind, h.Outcome)).Should().Equal(
            ("home", HopInputKind.Dial, HopOutcome.Continue),
            ("ask_name", HopInputKind.Choice, HopOutcome.Continue),
            ("ask_name", HopInputKind.Rejected, HopOutcome.Continue),
            ("ask_town", HopInputKind.Answer, HopOutcome.Continue),
            ("bye", HopInputKind.Answer, HopOutcome.End),
            ("bye", HopInputKind.Retry, HopOutcome.End));
        hops.Should().OnlyContain(h => h.MenuId == "flow" && h.SessionId == "s1" && h.IsTest && h.LatencyMilliseconds >= 0);
        hops.Select(h => h.ToString()).Should().NotContain(s => s.Contains("Awa") || s.Contains("Bamako"));
    }
}
