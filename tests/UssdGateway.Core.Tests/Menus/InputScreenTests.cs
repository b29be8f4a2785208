using UssdGateway.Core.Menus;
using UssdGateway.Core.Menus.Validation;

namespace UssdGateway.Core.Tests.Menus;

public sealed class InputScreenTests
{
    private static InputScreen Screen(params IInputRule[] rules) => new(
        "ask", 1, LocalizedText.Of(new Dictionary<string, string> { ["fr"] = "?" }), "answer", rules, null, 0, "next");

    [Fact]
    public void TryAccept_TrimsTheAnswer_BeforeTheRules()
    {
        Screen(new LengthRule(3, 3)).TryAccept("  Awa  ", new InputRuleContext(2026), out var value).Should().BeTrue();
        value.Should().Be("Awa");
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void TryAccept_Refuses_WhenTheAnswerIsEmpty(string input)
    {
        Screen().TryAccept(input, new InputRuleContext(2026), out _).Should().BeFalse();
    }

    [Fact]
    public void TryAccept_PassesTheNormalisedValueOn_WhenSeveralRulesApply()
    {
        var screen = Screen(new IntegerRule(null, null), new LengthRule(null, 6));

        screen.TryAccept("150 000", new InputRuleContext(2026), out var value).Should().BeTrue("'150000' has 6 characters once normalised");
        value.Should().Be("150000");
        screen.TryAccept("1 500 000", new InputRuleContext(2026), out _).Should().BeFalse();
    }
}
