using UssdGateway.Core.Text;

namespace UssdGateway.Core.Tests.Text;

public sealed class GsmAlphabetTests
{
    private const string BasicSample = "Inscription reçue? Non: à è é ù ì ò Ç É Ä Ö Ñ Ü ß ä ö ñ ü @£$¥ _!\"#%&'()*+,-./:;<=>?¡¿§\n\r";

    [Fact]
    public void Measure_CountsOneSeptetPerCharacter_WhenTextUsesTheBasicSet()
    {
        const string text = "RENAPESS - Jeunes et ESS\n1. S'inscrire\n2. Découvrir l'ESS (été, à, où?)";

        var measure = GsmAlphabet.Measure(text);

        measure.IsGsm7.Should().BeTrue();
        measure.Septets.Should().Be(text.Length);
        measure.Units.Should().Be(text.Length);
        measure.Size.Should().Be(text.Length);
        measure.FirstNonGsmIndex.Should().Be(-1);
        measure.EncodingName.Should().Be("GSM-7");
    }

    [Fact]
    public void SeptetCost_IsOne_ForEveryBasicCharacterOfTheSample()
    {
        foreach (var c in BasicSample.Replace("ç", "", StringComparison.Ordinal))
            GsmAlphabet.SeptetCost(c).Should().Be(1, $"'{c}' (U+{(int)c:X4}) is in the GSM-7 basic set");
    }

    [Theory]
    [InlineData('^')]
    [InlineData('{')]
    [InlineData('}')]
    [InlineData('\\')]
    [InlineData('[')]
    [InlineData('~')]
    [InlineData(']')]
    [InlineData('|')]
    [InlineData('€')]
    public void Measure_CountsTwoSeptets_WhenCharacterIsInTheExtensionTable(char c)
    {
        var measure = GsmAlphabet.Measure($"ab{c}cd{c}");

        GsmAlphabet.SeptetCost(c).Should().Be(2);
        measure.IsGsm7.Should().BeTrue();
        measure.Septets.Should().Be(8);
        measure.Units.Should().Be(6);
        measure.Size.Should().Be(8);
    }

    [Theory]
    [InlineData('ɛ')]
    [InlineData('ɔ')]
    [InlineData('ɲ')]
    [InlineData('ŋ')]
    [InlineData('Ɛ')]
    [InlineData('Ɔ')]
    [InlineData('ê')]
    [InlineData('ç')]
    [InlineData('’')]
    [InlineData('â')]
    [InlineData('œ')]
    [InlineData('«')]
    public void Measure_IsUcs2WithIndexOfTheCulprit_WhenOneCharacterIsNotGsm(char c)
    {
        var text = $"I ni ce {c}€ wa";

        var measure = GsmAlphabet.Measure(text);

        GsmAlphabet.SeptetCost(c).Should().Be(0);
        measure.IsGsm7.Should().BeFalse();
        measure.FirstNonGsmIndex.Should().Be(8);
        GsmAlphabet.IndexOfNonGsm(text).Should().Be(8);
        measure.Units.Should().Be(text.Length);
        measure.Size.Should().Be(text.Length, "UCS-2 counts characters, the extension character included once");
        measure.EncodingName.Should().Be("UCS-2");
    }

    [Fact]
    public void Measure_PointsAtTheFirstNonGsmCharacter_WhenThereAreSeveral()
    {
        GsmAlphabet.Measure("Ka i tɔgɔ sɛbɛn").FirstNonGsmIndex.Should().Be(6);
    }

    [Fact]
    public void IndexOfNonGsm_IsMinusOne_WhenEveryCharacterIsGsm()
    {
        GsmAlphabet.IndexOfNonGsm("Merci Awa! 100€ [ok]").Should().Be(-1);
    }

    [Fact]
    public void Measure_IsEmptyGsm7_WhenTextIsEmpty()
    {
        GsmAlphabet.Measure("").Should().Be(TextMeasure.Empty);
    }
}
