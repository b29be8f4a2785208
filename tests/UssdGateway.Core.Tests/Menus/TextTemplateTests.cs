using UssdGateway.Core.Menus;

namespace UssdGateway.Core.Tests.Menus;

public sealed class TextTemplateTests
{
    private static readonly Dictionary<string, string> Vars = new() { ["full_name"] = "Awa Traoré", ["birth_year"] = "2004" };

    [Fact]
    public void Render_FillsEveryVariable_WhenValuesAreKnown()
    {
        var template = TextTemplate.Parse("Merci {full_name}, né(e) en {birth_year}. {full_name}!");

        template.Render(Vars).Should().Be("Merci Awa Traoré, né(e) en 2004. Awa Traoré!");
        template.Variables.Should().Equal("full_name", "birth_year", "full_name");
        template.IsStatic.Should().BeFalse();
    }

    [Fact]
    public void Render_WritesNothing_WhenAVariableHasNoValue()
    {
        TextTemplate.Parse("Bonjour {nobody}!").Render(Vars).Should().Be("Bonjour !");
    }

    [Fact]
    public void Render_ReturnsTheText_WhenItHasNoVariable()
    {
        var template = TextTemplate.Parse("Langue / Kan");

        template.IsStatic.Should().BeTrue();
        template.Render(Vars).Should().Be("Langue / Kan");
        template.StaticPart.Should().Be("Langue / Kan");
    }

    [Fact]
    public void StaticPart_IsTheTextWithoutVariables_WhenTheTemplateHasSome()
    {
        var template = TextTemplate.Parse("{full_name}, {gender_label}. Est-ce exact?");

        template.StaticPart.Should().Be(", . Est-ce exact?");
        template.Source.Should().Be("{full_name}, {gender_label}. Est-ce exact?");
        template.ToString().Should().Be(template.Source);
    }

    [Theory]
    [InlineData("{date:dd/MM} {1abc} { x } {}")]
    [InlineData("Prix: {montant")]
    public void Parse_LeavesBracesAlone_WhenTheyDoNotHoldAVariableName(string text)
    {
        var template = TextTemplate.Parse(text);

        template.IsStatic.Should().BeTrue();
        template.Render(Vars).Should().Be(text);
    }
}
