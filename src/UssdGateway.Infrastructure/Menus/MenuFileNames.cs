using System.Text.RegularExpressions;

namespace UssdGateway.Infrastructure.Menus;

/// <summary>The names a menu file may have when published from the console: letters, digits, '-' and '_', then <c>.yaml</c>.</summary>
public static partial class MenuFileNames
{
    public const string Rule = "lettres, chiffres, « - » ou « _ », puis .yaml (ex. renapess.yaml)";

    public static bool IsValid(string? fileName) => fileName is not null && Pattern().IsMatch(fileName);

    [GeneratedRegex("^[A-Za-z0-9_-]{1,100}\\.yaml$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
