using UssdGateway.Core.Text;

namespace UssdGateway.Core.Tests.Text;

public sealed class TextMeasureTests
{
    [Fact]
    public void Append_AddsSeptetsAndUnits_WhenBothTextsAreGsm7()
    {
        var measure = GsmAlphabet.Measure("Prix: 5€").Append(GsmAlphabet.Measure("\n[ok]"));

        measure.Should().Be(new TextMeasure(true, 16, 13, -1));
    }

    [Fact]
    public void Append_BecomesUcs2AndShiftsTheIndex_WhenTheSecondTextIsNotGsm()
    {
        var measure = GsmAlphabet.Measure("Menu\n").Append(GsmAlphabet.Measure("1. Ka i tɔgɔ sɛbɛn"));

        measure.IsGsm7.Should().BeFalse();
        measure.Septets.Should().Be(0);
        measure.Units.Should().Be(23);
        measure.FirstNonGsmIndex.Should().Be(5 + 9);
    }

    [Fact]
    public void Append_KeepsTheFirstIndex_WhenBothTextsAreUcs2()
    {
        var measure = GsmAlphabet.Measure("aɛ").Append(GsmAlphabet.Measure("ɔb"));

        measure.FirstNonGsmIndex.Should().Be(1);
        measure.Units.Should().Be(4);
    }

    [Fact]
    public void Append_EqualsTheMeasureOfTheConcatenation_ForManyGeneratedTexts()
    {
        const string pool = "abcXYZ 019.,'\n€[]^{}|~\\àéÇ ɛɔɲŋêç’";
        var random = new Random(20261129);
        for (var n = 0; n < 500; n++)
        {
            var a = Generate(random, pool, random.Next(0, 12));
            var b = Generate(random, pool, random.Next(0, 12));

            GsmAlphabet.Measure(a).Append(GsmAlphabet.Measure(b)).Should().Be(GsmAlphabet.Measure(a + b), $"'{a}' + '{b}'");
        }
    }

    private static string Generate(Random random, string pool, int length) =>
        new([.. Enumerable.Range(0, length).Select(_ => pool[random.Next(pool.Length)])]);
}
