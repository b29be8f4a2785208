using UssdGateway.Core.Menus;

namespace UssdGateway.Core.Tests.Menus;

public sealed class LocalizedTextTests
{
    private static readonly LocalizedText Text = LocalizedText.Of(new Dictionary<string, string> { ["fr"] = "Bonjour", ["bm"] = "I ni ce" });

    [Theory]
    [InlineData("bm", "fr", "I ni ce")]
    [InlineData("en", "fr", "Bonjour")]
    [InlineData("en", "bm", "I ni ce")]
    public void Get_FallsBackToTheDefaultLanguage_WhenTheTextLacksTheLanguage(string language, string fallback, string expected)
    {
        Text.Get(language, fallback).Source.Should().Be(expected);
    }

    [Fact]
    public void Get_ReturnsAnyText_WhenNeitherLanguageIsThere()
    {
        Text.Get("en", "es").Source.Should().BeOneOf("Bonjour", "I ni ce");
    }
}
