using UssdGateway.Core.Programme;

namespace UssdGateway.Core.Tests.Programme;

public sealed class PersonNameTests
{
    [Theory]
    [InlineData("  Awa  TRAORÉ ", "awa traore")]
    [InlineData("awa traore", "awa traore")]
    [InlineData("Aïssata Maïga", "aissata maiga")]
    [InlineData("N'Diaye  Fatoumata", "n diaye fatoumata")]
    [InlineData("Mamadou-Lamine\tKonaté", "mamadou lamine konate")]
    [InlineData("Sɛbɛ Dɔgɔ", "sɛbɛ dɔgɔ")]
    [InlineData("...", "")]
    public void Key_IgnoresCaseAccentsAndSeparators_WhenComparingNames(string name, string expected)
    {
        PersonName.Key(name).Should().Be(expected);
    }

    [Fact]
    public void Key_IsTheSame_ForTwoSpellingsOfOneName()
    {
        PersonName.Key("Awa Traoré").Should().Be(PersonName.Key("AWA   TRAORE"));
    }

    [Theory]
    [InlineData("  Awa   Traoré ", "Awa Traoré")]
    [InlineData("Awa\tTraoré", "Awa Traoré")]
    [InlineData("N'Diaye", "N'Diaye")]
    [InlineData("   ", "")]
    public void Clean_TrimsAndCollapsesWhitespace_KeepingTheSpelling(string name, string expected)
    {
        PersonName.Clean(name).Should().Be(expected);
    }
}
