using UssdGateway.Core.Engine;
using UssdGateway.Core.Tests.Support;

namespace UssdGateway.Core.Tests.Engine;

public sealed class MenuCatalogTests
{
    private static string Menu(string id, string code) => $$"""
        menu: {{id}}
        service_codes: ["{{code}}"]
        languages: [fr]
        start: bye
        screens:
          bye:
            type: end
            text: Merci
        """;

    private readonly MenuCatalog _catalog = new([
        TestMenus.Parse(Menu("renapess", "*384*123#")),
        TestMenus.Parse(Menu("sales", "*384*123*5#")),
    ]);

    [Theory]
    [InlineData("*384*123#")]
    [InlineData("*384*123")]
    [InlineData(" *384*123# ")]
    public void TryResolve_FindsTheMenu_WhenTheCodeIsExact(string code)
    {
        _catalog.TryResolve(code, out var menu, out var extra).Should().BeTrue();
        menu!.Definition.Id.Should().Be("renapess");
        extra.Should().BeEmpty();
    }

    [Theory]
    [InlineData("*384*123*1*2#", "renapess", "1*2")]
    [InlineData("*384*123*1", "renapess", "1")]
    [InlineData("*384*123*5*1#", "sales", "1")]
    [InlineData("*384*123*5#", "sales", "")]
    [InlineData("*384*123*55#", "renapess", "55")]
    public void TryResolve_TakesTheLongestKnownCode_WhenTheDialStringCarriesInputs(string code, string id, string extra)
    {
        _catalog.TryResolve(code, out var menu, out var extraInput).Should().BeTrue();
        menu!.Definition.Id.Should().Be(id);
        extraInput.Should().Be(extra);
    }

    [Theory]
    [InlineData("*999#")]
    [InlineData("*384*12#")]
    [InlineData("*384#")]
    [InlineData("")]
    public void TryResolve_ReturnsFalse_WhenNoMenuAnswersTheCode(string code)
    {
        _catalog.TryResolve(code, out var menu, out var extra).Should().BeFalse();
        menu.Should().BeNull();
        extra.Should().BeEmpty();
    }

    [Fact]
    public void Find_ReturnsTheExactVersion_AndNullForAnother()
    {
        var definition = _catalog.Menus[0].Definition;

        _catalog.Find("renapess", definition.Version).Should().BeSameAs(_catalog.Menus[0]);
        _catalog.Find("renapess", "0000000000000000").Should().BeNull();
        _catalog.Find("other", definition.Version).Should().BeNull();
        _catalog.Menus.Should().HaveCount(2);
    }
}
