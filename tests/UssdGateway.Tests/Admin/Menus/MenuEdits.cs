namespace UssdGateway.Tests.Admin.Menus;

/// <summary>Edits of the shipped renapess.yaml the menu tests publish.</summary>
internal static class MenuEdits
{
    public const string File = "renapess.yaml";
    public const string Welcome = "RENAPESS - Jeunes et ESS";
    public const string NewWelcome = "RENAPESS - Bienvenue aux jeunes";

    /// <summary>The welcome screen's French text changed.</summary>
    public static string NewWelcomeText(string source) => Replace(source, $"fr: \"{Welcome}\"", $"fr: \"{NewWelcome}\"");

    /// <summary>The start screen names a screen that does not exist (line 10).</summary>
    public static string BrokenStart(string source) => Replace(source, "start: identify", "start: nowhere");

    private static string Replace(string source, string from, string to)
    {
        source.Should().Contain(from, "the shipped menu still has the text this edit changes");
        return source.Replace(from, to, StringComparison.Ordinal);
    }
}
