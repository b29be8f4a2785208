using UssdGateway.Core.Text;

namespace UssdGateway.Core.Tests.Text;

public sealed class ScreenBudgetTests
{
    [Fact]
    public void Default_Is160SeptetsOr80Characters_WhenNotConfigured()
    {
        ScreenBudget.Default.Gsm7Septets.Should().Be(160);
        ScreenBudget.Default.Ucs2Chars.Should().Be(80);
        ScreenBudget.MaxGsm7.Should().Be(182);
    }

    [Theory]
    [InlineData(160, true)]
    [InlineData(161, false)]
    public void Fits_HoldsUpTo160Septets_WhenBudgetIsTheDefault(int length, bool fits)
    {
        ScreenBudget.Default.Fits(GsmAlphabet.Measure(new string('a', length))).Should().Be(fits);
    }

    [Theory]
    [InlineData(182, true)]
    [InlineData(183, false)]
    public void Fits_HoldsUpTo182Septets_WhenBudgetIsTheGsmMaximum(int length, bool fits)
    {
        new ScreenBudget(ScreenBudget.MaxGsm7).Fits(GsmAlphabet.Measure(new string('a', length))).Should().Be(fits);
    }

    [Theory]
    [InlineData(80, true)]
    [InlineData(81, false)]
    public void Fits_CountsExtensionCharactersTwice_WhenTextIsGsm7(int euros, bool fits)
    {
        var measure = GsmAlphabet.Measure(new string('€', euros));

        measure.Septets.Should().Be(euros * 2);
        ScreenBudget.Default.Fits(measure).Should().Be(fits);
    }

    [Theory]
    [InlineData(80, true)]
    [InlineData(81, false)]
    public void Fits_HoldsUpTo80Characters_WhenOneCharacterForcesUcs2(int length, bool fits)
    {
        var measure = GsmAlphabet.Measure("ɛ" + new string('a', length - 1));

        ScreenBudget.Default.LimitFor(measure).Should().Be(80);
        ScreenBudget.Default.Fits(measure).Should().Be(fits);
    }

    [Fact]
    public void LimitFor_IsTheGsm7Budget_WhenTextIsGsm7()
    {
        new ScreenBudget(140, 70).LimitFor(GsmAlphabet.Measure("abc")).Should().Be(140);
        new ScreenBudget(140, 70).LimitFor(GsmAlphabet.Measure("ɲ")).Should().Be(70);
    }
}
