using System.Text.RegularExpressions;
using UssdGateway.Core.Menus.Validation;

namespace UssdGateway.Core.Tests.Menus.Validation;

public sealed class InputRuleTests
{
    private static readonly InputRuleContext In2026 = new(2026);

    [Theory]
    [InlineData("Aw", false)]
    [InlineData("Awa", true)]
    [InlineData("Awa Traoré", true)]
    [InlineData("Awa Traoré Diarra", false)]
    public void LengthRule_Accepts_WhenLengthIsBetweenMinAndMax(string value, bool accepted)
    {
        var rule = new LengthRule(3, 12);

        rule.TryAccept(value, In2026, out var normalised).Should().Be(accepted);
        normalised.Should().Be(value);
        rule.Name.Should().Be("length");
    }

    [Fact]
    public void LengthRule_HasNoBound_WhenOneSideIsMissing()
    {
        new LengthRule(null, 3).TryAccept("", In2026, out _).Should().BeTrue();
        new LengthRule(2, null).TryAccept(new string('a', 500), In2026, out _).Should().BeTrue();
    }

    [Theory]
    [InlineData("Awa Traoré", true)]
    [InlineData("N'Diaye", true)]
    [InlineData("Sɛbɛ", true)]
    [InlineData("Awa2", false)]
    [InlineData(" Awa", false)]
    public void RegexRule_Accepts_WhenTheWholeAnswerMatches(string value, bool accepted)
    {
        var rule = new RegexRule(new Regex(@"^(?:[\p{L}][\p{L} '.-]*)$", RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(50)));

        rule.TryAccept(value, In2026, out var normalised).Should().Be(accepted);
        normalised.Should().Be(value);
    }

    [Fact]
    public void RegexRule_Refuses_WhenMatchingTimesOut()
    {
        var rule = new RegexRule(new Regex("^(a+)+$", RegexOptions.None, TimeSpan.FromMilliseconds(1)));

        rule.TryAccept(new string('a', 5000) + "!", In2026, out _).Should().BeFalse();
    }

    [Theory]
    [InlineData("150000", "150000")]
    [InlineData("150 000", "150000")]
    [InlineData("1 500 000", "1500000")]
    [InlineData("150.000", "150000")]
    [InlineData("0", "0")]
    [InlineData("007", "7")]
    public void IntegerRule_AcceptsAndNormalises_WhenAWholeNumber(string value, string expected)
    {
        new IntegerRule(null, null).TryAccept(value, In2026, out var normalised).Should().BeTrue();
        normalised.Should().Be(expected);
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData("abc")]
    [InlineData("-5")]
    [InlineData("+5")]
    [InlineData("1,5")]
    [InlineData("12a")]
    [InlineData("１２")]
    [InlineData("1234567890123456789")]
    public void IntegerRule_Refuses_WhenNotAWholeNumber(string value)
    {
        new IntegerRule(null, null).TryAccept(value, In2026, out var normalised).Should().BeFalse();
        normalised.Should().Be(value);
    }

    [Theory]
    [InlineData("999", false)]
    [InlineData("1 000", true)]
    [InlineData("500 000", true)]
    [InlineData("500 001", false)]
    public void IntegerRule_Refuses_WhenOutsideMinAndMax(string value, bool accepted)
    {
        new IntegerRule(1000, 500_000).TryAccept(value, In2026, out _).Should().Be(accepted);
    }

    [Theory]
    [InlineData("2011", true)]  // 15 this year
    [InlineData("2012", false)] // 14
    [InlineData("1986", true)]  // 40
    [InlineData("1985", false)] // 41
    [InlineData("2004", true)]
    [InlineData("04", false)]
    [InlineData("20a4", false)]
    [InlineData("02004", false)]
    [InlineData("", false)]
    public void YearRule_Accepts_WhenTheAgeThisYearIsInRange(string value, bool accepted)
    {
        var rule = new YearRule(15, 40);

        rule.TryAccept(value, In2026, out var normalised).Should().Be(accepted);
        if (accepted) normalised.Should().Be(value);
    }

    [Fact]
    public void YearRule_ChangesItsAnswer_WhenTheCurrentYearChanges()
    {
        var rule = new YearRule(15, 40);

        rule.TryAccept("2011", new InputRuleContext(2026), out _).Should().BeTrue();
        rule.TryAccept("2011", new InputRuleContext(2025), out _).Should().BeFalse();
    }

    [Fact]
    public void YearRule_AllowsAges0To120_WhenNoBoundsAreGiven()
    {
        var rule = new YearRule(null, null);

        rule.TryAccept("2026", In2026, out _).Should().BeTrue();
        rule.TryAccept("1906", In2026, out _).Should().BeTrue();
        rule.TryAccept("1905", In2026, out _).Should().BeFalse();
        rule.TryAccept("2027", In2026, out _).Should().BeFalse("a year in the future is no year of birth");
    }

    [Theory]
    [InlineData("76 12 34 56", "+22376123456")]
    [InlineData("+223 76 12 34 56", "+22376123456")]
    [InlineData("0022376123456", "+22376123456")]
    public void MaliPhoneRule_StoresTheNumberInE164_WhenMalian(string value, string expected)
    {
        new MaliPhoneRule().TryAccept(value, In2026, out var normalised).Should().BeTrue();
        normalised.Should().Be(expected);
    }

    [Theory]
    [InlineData("+33 6 12 34 56 78")]
    [InlineData("7612345")]
    [InlineData("Awa")]
    public void MaliPhoneRule_Refuses_WhenNotAMalianNumber(string value)
    {
        new MaliPhoneRule().TryAccept(value, In2026, out _).Should().BeFalse();
    }
}
