using UssdGateway.Core.Engine;
using UssdGateway.Core.Tests.Support;

namespace UssdGateway.Core.Tests.Engine;

public sealed class UssdEngineNavigationTests
{
    private const string Home = "Accueil\n1. Nom\n2. Montant\n3. Couleur\n4. Region\n5. Action\n6. Fin";

    private readonly EngineHarness _harness = EngineHarness.ForYaml(EngineMenus.Main);

    [Fact]
    public async Task HandleAsync_ShowsTheStartScreen_OnTheFirstHop()
    {
        var reply = await _harness.SendAsync("");

        reply.Should().Be(new UssdReply(Home, End: false));
        var session = _harness.Session()!;
        session.Screen.Should().Be("home");
        session.MenuId.Should().Be("main");
        session.Language.Should().Be("fr");
        session.Phone.Should().Be(EngineHarness.Phone);
        session.Network.Should().Be("61001");
        session.IsTest.Should().BeTrue();
        session.Hops.Should().Be(1);
        session.StartedAt.Should().Be(_harness.Time.GetUtcNow());
        _harness.Store.LastWrite!.Value.Ttl.Should().Be(TimeSpan.FromSeconds(180));
    }

    [Fact]
    public async Task HandleAsync_AppliesOnlyTheNewSegments_WhenTextIsCumulative()
    {
        await _harness.SendAsync("");
        (await _harness.SendAsync("2")).Text.Should().Be("Montant?");
        _harness.Session()!.Consumed.Should().Be(1);

        var reply = await _harness.SendAsync("2*5");

        reply.Should().Be(new UssdReply("Montant: 5", End: true), "replaying '2' on the amount screen would have answered 2");
        _harness.Session()!.Consumed.Should().Be(2);
    }

    [Fact]
    public async Task HandleAsync_AppliesEveryNewSegmentInOrder_WhenSeveralArriveAtOnce()
    {
        await _harness.SendAsync("");

        (await _harness.SendAsync("3*1")).Text.Should().Be("red / Rouge / yes");
    }

    [Fact]
    public async Task HandleAsync_AppliesTheDialledInputsInOrder_WhenTheServiceCodeCarriesThem()
    {
        (await _harness.SendAsync("", serviceCode: "*200*2*150 000#")).Should().Be(new UssdReply("Montant: 150000", End: true));
    }

    [Fact]
    public async Task HandleAsync_AppliesTheInputsInOrder_WhenTheFirstRequestHoldsThemInText()
    {
        (await _harness.SendAsync("3*2")).Text.Should().Be("2 / Vert / ");
    }

    [Fact]
    public async Task HandleAsync_ContinuesTheSession_AfterADialString()
    {
        (await _harness.SendAsync("", serviceCode: "*200*4#")).Text.Should().StartWith("Region:\n1. Bamako (District)\n2. Kayes");

        (await _harness.SendAsync("3", serviceCode: "*200*4#")).Text.Should().Be("Region Koulikoro (Koulikoro)");
    }

    [Fact]
    public async Task HandleAsync_ReturnsTheSameReplyWithoutRunningAgain_WhenTheTelcoRepeatsARequest()
    {
        var harness = EngineHarness.ForYaml(EngineMenus.Conditional);
        var check = new DelegateAction("check", ActionResult.Success());
        harness.Actions.Add(check);

        var first = await harness.SendAsync("");
        var again = await harness.SendAsync("");

        again.Should().Be(first);
        check.Calls.Should().Be(1);
        harness.Session()!.Hops.Should().Be(1);
    }

    [Fact]
    public async Task HandleAsync_DoesNotRunAnActionTwice_WhenTheHopThatRanItIsRepeated()
    {
        var work = new DelegateAction("work", ActionResult.Success(new Dictionary<string, string> { ["result"] = "42" }));
        _harness.Actions.Add(work);
        await _harness.SendAsync("");

        var first = await _harness.SendAsync("5");
        var again = await _harness.SendAsync("5");
        var later = await _harness.SendAsync("5*1");

        first.Should().Be(new UssdReply("Fait 42", End: true));
        again.Should().Be(first);
        later.Should().Be(first, "an ended session only repeats its last reply");
        work.Calls.Should().Be(1);
    }

    [Fact]
    public async Task HandleAsync_GoesBackToThePreviousScreen_WhenBackIsTyped()
    {
        (await _harness.WalkAsync("s1", "1")).Text.Should().Be("Votre nom?");

        (await _harness.WalkAsync("s2", "1", "0")).Text.Should().Be(Home);
        _harness.Session("s2")!.History.Should().BeEmpty();
    }

    [Fact]
    public async Task HandleAsync_GoesHome_WhenHomeIsTyped()
    {
        (await _harness.WalkAsync("s1", "4", "98", "00")).Text.Should().Be(Home);
        _harness.Session()!.Screen.Should().Be("home");
    }

    [Fact]
    public async Task HandleAsync_PagesAListWithMoreAndBack_KeepingGlobalNumbers()
    {
        var first = await _harness.WalkAsync("s1", "4");
        var second = await _harness.WalkAsync("s2", "4", "98");
        var backToFirst = await _harness.WalkAsync("s3", "4", "98", "0");
        var backHome = await _harness.WalkAsync("s4", "4", "98", "0", "0");

        first.Text.Should().StartWith("Region:\n1. Bamako (District)\n").And.EndWith("\n0. Retour\n98. Suite");
        second.Text.Should().NotContain("Region:").And.NotContain("1. Bamako");
        var firstOnSecond = int.Parse(second.Text.Split('\n')[0].Split('.')[0], System.Globalization.CultureInfo.InvariantCulture);
        first.Text.Should().Contain($"\n{firstOnSecond - 1}. ").And.NotContain($"\n{firstOnSecond}. ");
        backToFirst.Should().Be(first);
        backHome.Text.Should().Be(Home);
    }

    [Fact]
    public async Task HandleAsync_ChoosesAnItemFromAnyPage_ByItsGlobalNumber()
    {
        (await _harness.WalkAsync("s1", "4", "98", "98", "20")).Text.Should().Be("Region Nara (Nara)");
        (await _harness.WalkAsync("s2", "4", "98", "5")).Text.Should().Be("Region Ségou (Ségou)");
    }

    [Fact]
    public async Task HandleAsync_StaysOnTheLastPage_WhenMoreIsTypedThere()
    {
        var last = await _harness.WalkAsync("s1", "4", "98", "98", "98", "98", "98", "98");

        last.Text.Should().Contain("20. Nara").And.EndWith("\n0. Retour");
        var previous = await _harness.WalkAsync("s2", "4", "98", "98", "98", "98", "98", "98", "0");
        previous.Text.Should().EndWith("98. Suite").And.NotContain("20. Nara");
    }

    [Fact]
    public async Task HandleAsync_TakesZeroAsAnAnswer_WhenTheInputScreenAcceptsIt()
    {
        (await _harness.WalkAsync("s1", "2", "0")).Should().Be(new UssdReply("Montant: 0", End: true));
    }

    [Fact]
    public async Task HandleAsync_TakesZeroAsBack_WhenTheInputScreenRefusesIt()
    {
        (await _harness.WalkAsync("s1", "1", "0")).Text.Should().Be(Home);
    }

    [Fact]
    public async Task HandleAsync_GoesBack_WhenMoreWasTypedOnAnInputScreenBefore()
    {
        (await _harness.WalkAsync("s1", "1", "98")).Text.Should().Be("Nom invalide.\nVotre nom?");
        (await _harness.WalkAsync("s2", "1", "98", "0")).Text.Should().Be(Home);
    }

    [Fact]
    public async Task HandleAsync_ShowsInvalidChoiceAboveTheSameScreen_WhenTheOptionDoesNotExist()
    {
        (await _harness.WalkAsync("s1", "9")).Should().Be(new UssdReply("Choix invalide.\n" + Home, End: false));
        (await _harness.WalkAsync("s2", "01")).Text.Should().Be("Choix invalide.\n" + Home);
        (await _harness.WalkAsync("s3", "9", "1")).Text.Should().Be("Votre nom?", "the notice is shown once");
    }

    [Fact]
    public async Task HandleAsync_ShowsTheScreensErrorAboveTheQuestion_WhenAnAnswerIsRejected()
    {
        (await _harness.WalkAsync("s1", "1", "A")).Text.Should().Be("Nom invalide.\nVotre nom?");
        (await _harness.WalkAsync("s2", "1", "A", "Awa")).Should().Be(new UssdReply("Merci Awa!", End: true));
    }

    [Fact]
    public async Task HandleAsync_EndsPolitely_AfterThreeInvalidChoices()
    {
        (await _harness.WalkAsync("s1", "9", "9")).Text.Should().StartWith("Choix invalide.\n");

        (await _harness.WalkAsync("s2", "9", "9", "9")).Should().Be(new UssdReply("Trop d'essais. Recomposez le code plus tard.", End: true));
        _harness.Session("s2")!.Ended.Should().BeTrue();
    }

    [Fact]
    public async Task HandleAsync_UsesTheScreensAttemptLimit_WhenItSetsOne()
    {
        (await _harness.WalkAsync("s1", "2", "abc")).Text.Should().Be("Choix invalide.\nMontant?");

        (await _harness.WalkAsync("s2", "2", "abc", "-1")).Should().Be(new UssdReply("Trop d'essais. Recomposez le code plus tard.", End: true));
    }

    [Fact]
    public async Task HandleAsync_CountsAttemptsPerScreen_WhenTheCallerMovesOn()
    {
        (await _harness.WalkAsync("s1", "9", "9", "1", "A", "A")).Text.Should().Be("Nom invalide.\nVotre nom?");
    }

    [Fact]
    public async Task HandleAsync_SavesTheOptionValueAndLabel_WhenTheScreenHasSaveAs()
    {
        await _harness.WalkAsync("s1", "3", "1");

        var vars = _harness.Session()!.Vars;
        vars["colour"].Should().Be("red");
        vars["colour_label"].Should().Be("Rouge");
        vars["picked"].Should().Be("yes");
    }

    [Fact]
    public async Task HandleAsync_SavesTheOptionNumber_WhenTheOptionHasNoValue()
    {
        (await _harness.WalkAsync("s1", "3", "2")).Text.Should().Be("2 / Vert / ");
    }

    [Fact]
    public async Task HandleAsync_SavesTheItemIdAndLabel_WhenAListItemIsChosen()
    {
        (await _harness.WalkAsync("s1", "4", "5")).Text.Should().Be("Region Ségou (Ségou)");
        _harness.Session()!.Vars.Should().Contain("region", "Ségou").And.Contain("region_label", "Ségou");
    }

    [Fact]
    public async Task HandleAsync_ShowsTheEmptyText_WhenAListHasNoItems()
    {
        var harness = EngineHarness.ForYaml(EngineMenus.Main);
        harness.ListSources.Clear();
        harness.ListSources.Add(new DelegateListSource("mali_regions", []));

        (await harness.WalkAsync("s1", "4")).Text.Should().Be("Rien pour le moment.\n0. Retour");
        (await harness.WalkAsync("s2", "4", "1")).Text.Should().StartWith("Choix invalide.\nRien pour le moment.");
    }

    [Fact]
    public async Task HandleAsync_HidesOptionsAndRenumbers_WhenTheirConditionDoesNotHold()
    {
        var harness = EngineHarness.ForYaml(EngineMenus.Conditional);
        var registered = "false";
        harness.Actions.Add(new DelegateAction("check", _ => Task.FromResult(ActionResult.Success(new Dictionary<string, string> { ["registered"] = registered }))));

        (await harness.SendAsync("", "new")).Text.Should().Be("Menu\n1. Inscription\n2. Aide");
        (await harness.SendAsync("2", "new")).Text.Should().Be("Aide");

        registered = "true";
        (await harness.SendAsync("", "known")).Text.Should().Be("Menu\n1. Mon compte\n2. Aide");
        (await harness.SendAsync("1", "known")).Text.Should().Be("Compte");
        (await harness.WalkAsync("known2", "3")).Text.Should().StartWith("Choix invalide.");
    }

    [Fact]
    public async Task HandleAsync_EndsWithUnknownService_WhenNoMenuAnswersTheCode()
    {
        var reply = await _harness.SendAsync("", serviceCode: "*999#");

        reply.Should().Be(new UssdReply("Ce code n'est pas en service.", End: true));
        reply.ToWire().Should().Be("END Ce code n'est pas en service.");
        _harness.Store.Saves.Should().Be(0);
    }
}
