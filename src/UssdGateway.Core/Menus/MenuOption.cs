namespace UssdGateway.Core.Menus;

/// <summary>One numbered option of a menu screen.</summary>
/// <param name="Next">Where it leads; the screen's <c>next</c> when the option names none.</param>
/// <param name="Value">Stored in the screen's <c>save_as</c> variable when chosen.</param>
/// <param name="Set">Variables set when chosen.</param>
public sealed record MenuOption(
    LocalizedText Text,
    string Next,
    Condition? When,
    string? Value,
    IReadOnlyDictionary<string, string> Set,
    int Line);
