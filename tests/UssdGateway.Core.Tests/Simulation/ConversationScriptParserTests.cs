using UssdGateway.Core.Simulation;

namespace UssdGateway.Core.Tests.Simulation;

public sealed class ConversationScriptParserTests
{
    [Fact]
    public void Parse_ReadsConversationsStepsAndExpectations_WhenTheScriptIsValid()
    {
        var (script, errors) = ConversationScriptParser.Parse("renapess.yaml", """
            menu: renapess
            conversations:
              - name: registration
                lang: fr
                phone: "+22370000009"
                steps:
                  - dial: ""
                  - expect: { contains: ["S'inscrire", "Langue"], not_contains: "Choix invalide", starts: "CON" }
                  - send: "1"
                  - expect: { equals: "CON Votre nom?", ends: "?" }
                  - dial: "*384*123*2#"
            """);

        errors.Should().BeEmpty();
        script!.MenuId.Should().Be("renapess");
        var conversation = script.Conversations.Should().ContainSingle().Subject;
        conversation.Should().BeEquivalentTo(new { Name = "registration", Language = "fr", Phone = "+22370000009", Line = 3 });
        conversation.Steps.Select(s => s.ToString()).Should().Equal(
            "dial",
            "expect contains \"S'inscrire\", contains \"Langue\", not_contains \"Choix invalide\", starts \"CON\"",
            "send \"1\"",
            "expect equals \"CON Votre nom?\", ends \"?\"",
            "dial \"*384*123*2#\"");
        conversation.Steps.Select(s => s.Line).Should().Equal(7, 8, 9, 10, 11);
    }

    [Fact]
    public void Parse_ReportsEveryProblemWithItsLine_WhenTheScriptIsWrong()
    {
        var (script, errors) = ConversationScriptParser.Parse("bad.yaml", """
            conversations:
              - name: one
                colour: red
                steps:
                  - send: "1"
                  - expect: { contain: "x" }
                  - press: "2"
              - steps: []
            """);

        script.Should().BeNull();
        errors.Select(e => e.ToString()).Should().Equal(
            "bad.yaml:1 › menu: missing: the id of the menu the conversations call (e.g. renapess)",
            "bad.yaml:3 › one › colour: unknown field; expected one of: name, lang, phone, steps",
            "bad.yaml:5 › one › steps[1]: a conversation starts with a dial (or an sms_registration)",
            "bad.yaml:6 › one › steps[2].expect.contain: unknown field; expected one of: contains, not_contains, equals, starts, ends",
            "bad.yaml:7 › one › steps[3].press: unknown step; expected one of: dial, send, expect, sms_registration",
            "bad.yaml:8 › conversations[2] › name: missing: say in a few words what the conversation checks",
            "bad.yaml:8 › conversations[2] › steps: missing: a list of steps (dial, send, expect)");
    }

    [Fact]
    public void Parse_ReportsTheLine_WhenTheFileIsNotYaml()
    {
        var (script, errors) = ConversationScriptParser.Parse("x.yaml", "menu: a\nconversations: [\n");

        script.Should().BeNull();
        errors.Should().ContainSingle().Which.ToString().Should().StartWith("x.yaml:3 › yaml:");
    }

    [Fact]
    public void Parse_ReportsTheStep_WhenASendIsEmpty()
    {
        var (_, errors) = ConversationScriptParser.Parse("x.yaml", "menu: a\nconversations:\n  - name: n\n    steps:\n      - dial: \"\"\n      - send: \"\"\n");

        errors.Select(e => e.ToString()).Should().Equal("x.yaml:6 › n › steps[2].send: must not be empty: write what the caller types, in quotes");
    }
}
