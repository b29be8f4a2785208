using UssdGateway.Core.Menus;

namespace UssdGateway.Core.Tests.Support;

/// <summary>Menus written in tests, parsed and required to be free of errors.</summary>
internal static class TestMenus
{
    public static MenuDefinition Parse(string yaml, string fileName = "test.yaml")
    {
        var (menu, errors) = MenuParser.Parse(fileName, yaml);
        errors.Should().BeEmpty();
        return menu!;
    }

    public static IReadOnlyList<MenuError> Errors(string yaml, string fileName = "test.yaml") => MenuParser.Parse(fileName, yaml).Errors;

    public static string[] ErrorLines(string yaml, string fileName = "test.yaml") =>
        [.. Errors(yaml, fileName).Select(e => e.ToString())];
}
