using UssdGateway.Core.Engine;
using UssdGateway.Core.Menus;
using UssdGateway.Core.Simulation;
using UssdGateway.Core.Tests.Support;

namespace UssdGateway.Core.Tests.Simulation;

public sealed class ConversationRunnerTests
{
    private readonly List<EngineHarness> _hosts = [];

    private ConversationRunner Runner(Func<EngineHarness>? harness = null) => new(_ =>
    {
        var h = harness?.Invoke() ?? EngineHarness.ForShippedMenus();
        _hosts.Add(h);
        return Task.FromResult(new SimulationHost(h.Engine, h.Store, h.Catalog ?? new MenuCatalog(
            MenuLoader.LoadFolder(RepositoryPaths.Menus, UssdGateway.Core.Text.ScreenBudget.Default).Menus)));
    });

    private static ConversationScript Script(string yaml)
    {
        var (script, errors) = ConversationScriptParser.Parse("t.yaml", yaml);
        errors.Should().BeEmpty();
        return script!;
    }

    [Fact]
    public async Task RunAsync_Passes_WhenEveryExpectationHolds()
    {
        var results = await Runner().RunAsync(Script("""
            menu: renapess
            conversations:
              - name: welcome
                lang: bm
                steps:
                  - dial: ""
                  - expect: { starts: "CON RENAPESS - Kamalenw ni ESS" }
                  - send: "2"
                  - expect: { contains: "Jɛ-baara" }
            """));

        results.Should().ContainSingle().Which.Should().BeEquivalentTo(new { Passed = true, StepsRun = 4, Failure = (string?)null });
    }

    [Fact]
    public async Task RunAsync_NamesTheStepAndTheReply_WhenAnExpectationFails()
    {
        var results = await Runner().RunAsync(Script("""
            menu: renapess
            conversations:
              - name: wrong
                steps:
                  - dial: ""
                  - expect: { contains: "Bonjour" }
                  - send: "1"
            """));

        var result = results.Should().ContainSingle().Subject;
        result.Passed.Should().BeFalse();
        result.FailedStep!.Line.Should().Be(6);
        result.Failure.Should().Be("the reply does not contain \"Bonjour\"");
        result.LastReply.Should().StartWith("CON Langue / Kan:");
        result.StepsRun.Should().Be(2);
    }

    [Fact]
    public async Task RunAsync_GivesEachConversationAFreshHostAndNumber_WhenAScriptHasSeveral()
    {
        var script = Script("""
            menu: renapess
            conversations:
              - name: one
                lang: fr
                steps: [ { dial: "" } ]
              - name: two
                phone: "+22365000000"
                steps: [ { dial: "" } ]
            """);

        var results = await Runner().RunAsync(script);

        results.Should().OnlyContain(r => r.Passed);
        _hosts.Should().HaveCount(2).And.OnlyHaveUniqueItems();
        _hosts[0].Store.Peek(SimulatedPhone.Provider, "test-1-1")!.Phone.Should().Be("+22370000001");
        _hosts[1].Store.Peek(SimulatedPhone.Provider, "test-2-1")!.Phone.Should().Be("+22365000000");
        _hosts[1].Store.Peek(SimulatedPhone.Provider, "test-1-1").Should().BeNull("each conversation has a store of its own");
        ConversationRunner.DefaultPhone(1).Should().Be("+22370000001");
    }

    [Fact]
    public async Task RunAsync_Fails_WhenTheCallEndedBeforeASend()
    {
        var results = await Runner().RunAsync(Script("""
            menu: renapess
            conversations:
              - name: refused
                lang: fr
                steps:
                  - dial: ""
                  - send: "1"
                  - send: "2"
                  - send: "1"
            """));

        results[0].Failure.Should().Be("the call has ended (END): dial again before sending");
        results[0].FailedStep!.Value.Should().Be("1");
    }

    [Fact]
    public async Task RunAsync_Fails_WhenTheMenuOrLanguageIsUnknown()
    {
        var runner = Runner();

        (await runner.RunAsync(Script("menu: shop\nconversations:\n  - name: a\n    steps: [ { dial: \"\" } ]\n")))[0]
            .Failure.Should().Be("no menu called 'shop' is loaded");
        (await runner.RunAsync(Script("menu: renapess\nconversations:\n  - name: a\n    lang: en\n    steps: [ { dial: \"\" } ]\n")))[0]
            .Failure.Should().Be("lang 'en' is not one of the menu's languages (fr, bm)");
    }

    [Fact]
    public async Task RunAsync_FlagsTheRegistrationAsATest_WhenAConversationRegisters()
    {
        var results = await Runner().RunAsync(Script("""
            menu: renapess
            conversations:
              - name: register
                lang: fr
                steps:
                  - dial: ""
                  - send: "1"
                  - send: "1"
                  - send: "Awa Traoré"
                  - send: "1"
                  - send: "2004"
                  - send: "1"
                  - send: "1"
                  - send: "1"
                  - send: "1"
                  - expect: { starts: "END Merci Awa Traoré!" }
            """));

        results[0].Passed.Should().BeTrue(results[0].Failure + " " + results[0].LastReply);
        _hosts[0].Beneficiaries.Rows.Should().ContainSingle().Which.IsTest.Should().BeTrue();
    }
}
