using UssdGateway.Core.Menus;

namespace UssdGateway.Core.Engine;

/// <summary>Which options of a menu screen a caller sees (their <c>when</c> holds), numbered from 1.</summary>
internal static class VisibleOptions
{
    /// <summary>The number option <paramref name="index"/> shows with, or 0 when hidden.</summary>
    public static int NumberOf(MenuScreen screen, int index, IReadOnlyDictionary<string, string> vars)
    {
        if (!IsVisible(screen.Options[index], vars)) return 0;
        var number = 1;
        for (var i = 0; i < index; i++)
            if (IsVisible(screen.Options[i], vars)) number++;
        return number;
    }

    /// <summary>The option shown as <paramref name="number"/>, or null.</summary>
    public static MenuOption? At(MenuScreen screen, int number, IReadOnlyDictionary<string, string> vars)
    {
        var seen = 0;
        foreach (var option in screen.Options)
            if (IsVisible(option, vars) && ++seen == number) return option;
        return null;
    }

    public static IEnumerable<MenuOption> All(MenuScreen screen, IReadOnlyDictionary<string, string> vars) =>
        screen.Options.Where(o => IsVisible(o, vars));

    private static bool IsVisible(MenuOption option, IReadOnlyDictionary<string, string> vars) =>
        option.When is null || option.When.Evaluate(vars);
}
