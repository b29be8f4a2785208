using UssdGateway.Core.Engine;
using UssdGateway.Core.Tests.Support;

namespace UssdGateway.Core.Tests.Engine;

public sealed class UssdEngineActionTests
{
    private const string Apology = "Service indisponible pour le moment. Merci de réessayer plus tard.";
    private const string ApologyBm = "Hakɛ to, baara tɛ sé ka kɛ sisan. I ka segin kɔfɛ.";

    private readonly EngineHarness _harness = EngineHarness.ForYaml(EngineMenus.Main);

    private async Task<UssdReply> RunWorkAsync(Func<ActionContext, Task<ActionResult>> work)
    {
        _harness.Actions.Add(new DelegateAction("work", work));
        return await _harness.WalkAsync("s1", "5");
    }

    [Fact]
    public async Task HandleAsync_RoutesSuccessToNext_WithTheActionsVariables()
    {
        (await RunWorkAsync(_ => Task.FromResult(ActionResult.Success(new Dictionary<string, string> { ["result"] = "42" }))))
            .Should().Be(new UssdReply("Fait 42", End: true));
    }

    [Fact]
    public async Task HandleAsync_RoutesToTheFailureScreen_WhenTheActionFails()
    {
        (await RunWorkAsync(_ => Task.FromResult(ActionResult.Failure))).Text.Should().Be("Echec");
    }

    [Fact]
    public async Task HandleAsync_RoutesACustomOutcome_ByTheScreensOutcomes()
    {
        (await RunWorkAsync(_ => Task.FromResult(new ActionResult("busy")))).Text.Should().Be("Occupe");
    }

    [Fact]
    public async Task HandleAsync_RoutesToFailure_WhenTheActionThrows()
    {
        (await RunWorkAsync(_ => throw new InvalidOperationException("boom"))).Should().Be(new UssdReply("Echec", End: true));
    }

    [Fact]
    public async Task HandleAsync_RoutesToFailure_WhenTheOutcomeIsNotRoutedButFailureIs()
    {
        (await RunWorkAsync(_ => Task.FromResult(new ActionResult("weird")))).Text.Should().Be("Echec");
    }

    [Fact]
    public async Task HandleAsync_RoutesToFailure_WhenTheActionIsNotRegistered()
    {
        (await _harness.WalkAsync("s1", "5")).Text.Should().Be("Echec");
    }

    [Fact]
    public async Task HandleAsync_GivesTheCallerAndAnswers_WhenRunningAnAction()
    {
        ActionContext? seen = null;

        await RunWorkAsync(context =>
        {
            seen = context;
            return Task.FromResult(ActionResult.Success());
        });

        seen!.Phone.Should().Be(EngineHarness.Phone);
        seen.Language.Should().Be("fr");
        seen.IsTest.Should().BeTrue();
        seen.Now.Should().Be(_harness.Time.GetUtcNow());
        seen.Menu.Id.Should().Be("main");
        seen.Var("language").Should().Be("fr");
        seen.Var("nothing").Should().BeNull();
    }

    [Fact]
    public async Task HandleAsync_ApologisesInTheSessionsLanguage_WhenAnOutcomeHasNoRouteAtAll()
    {
        var harness = EngineHarness.ForYaml(EngineMenus.SuccessOnly).Remember("bm");
        harness.Actions.Add(new DelegateAction("work", new ActionResult("weird")));

        (await harness.SendAsync("")).Should().Be(new UssdReply(ApologyBm, End: true));
    }

    [Fact]
    public async Task HandleAsync_Apologises_WhenTheSessionStoreCannotBeRead()
    {
        _harness.Store.FailOnGet = true;

        (await _harness.SendAsync("")).Should().Be(new UssdReply(Apology, End: true));
    }

    [Fact]
    public async Task HandleAsync_ApologisesInTheSessionsLanguage_WhenTheSessionCannotBeSaved()
    {
        var harness = EngineHarness.ForYaml(EngineMenus.Bilingual).Remember("bm");
        harness.Store.FailOnSave = true;

        (await harness.SendAsync("")).Should().Be(new UssdReply(ApologyBm, End: true));
    }

    [Fact]
    public async Task HandleAsync_ApologisesInTime_WhenAnActionIsSlowerThanTheHopTimeout()
    {
        var harness = EngineHarness.ForYaml(EngineMenus.SuccessOnly).Remember("bm");
        var never = new TaskCompletionSource<ActionResult>(TaskCreationOptions.RunContinuationsAsynchronously);
        harness.Actions.Add(new DelegateAction("work", _ => never.Task));

        var pending = harness.SendAsync("");
        pending.IsCompleted.Should().BeFalse();
        harness.Time.Advance(TimeSpan.FromMilliseconds(harness.Options.HopTimeoutMilliseconds - 1));
        pending.IsCompleted.Should().BeFalse();
        harness.Time.Advance(TimeSpan.FromMilliseconds(2));

        (await pending).Should().Be(new UssdReply(ApologyBm, End: true));
    }

    [Fact]
    public void ApologyFor_UsesFrench_WhenNeitherMenuNorLanguageIsKnown()
    {
        UssdEngine.ApologyFor(null, null).Should().Be(new UssdReply(Apology, End: true));
        UssdEngine.ApologyFor(null, "bm").Text.Should().Be(ApologyBm);
        UssdEngine.ApologyFor(null, "xx").Text.Should().Be(Apology);
    }
}
