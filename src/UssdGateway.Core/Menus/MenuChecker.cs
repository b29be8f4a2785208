using UssdGateway.Core.Engine;
using UssdGateway.Core.Text;

namespace UssdGateway.Core.Menus;

/// <summary>
/// Checks what a parsed menu means: every screen it names exists, every action and list exists,
/// every screen can be reached, navigation keys do not collide with options, and every static text
/// fits one USSD screen in every language.
/// </summary>
public static class MenuChecker
{
    /// <param name="knownActions">Names of server actions, or null to skip that check.</param>
    /// <param name="knownListSources">Names of list sources, or null to skip that check.</param>
    public static IReadOnlyList<MenuError> Check(
        MenuDefinition menu, ScreenBudget budget,
        IReadOnlySet<string>? knownActions = null, IReadOnlySet<string>? knownListSources = null)
    {
        var errors = new List<MenuError>();
        void Add(int line, string? screen, string field, string message, string rule, bool warning = false) =>
            errors.Add(new MenuError(menu.FileName, line, screen, field, message, warning, rule));

        bool Exists(string target) => target == MenuDefinition.LanguageScreen || menu.Screens.ContainsKey(target);

        if (menu.Start.Length > 0 && !menu.Screens.ContainsKey(menu.Start))
            Add(menu.LineOf("start"), null, "start", $"no screen is called '{menu.Start}'", MenuRules.UnknownScreen);

        foreach (var language in menu.Languages)
            if (language.Length is < 2 or > 3 || !language.All(char.IsAsciiLetterLower))
                Add(menu.LineOf("languages"), null, "languages", $"'{language}' is not a language code (two or three lowercase letters, e.g. fr, bm)", MenuRules.Schema);

        var nav = menu.Navigation;
        if (new[] { nav.Back, nav.Home, nav.More }.Distinct().Count() != 3)
            Add(menu.LineOf("navigation"), null, "navigation", "back, home and more need three different keys", MenuRules.Schema);

        foreach (var screen in menu.Screens.Values)
        {
            switch (screen)
            {
                case MenuScreen m:
                    foreach (var (option, index) in m.Options.Select((o, i) => (o, i + 1)))
                    {
                        if (!Exists(option.Next)) Add(option.Line, m.Id, $"options[{index}].next", $"no screen is called '{option.Next}'", MenuRules.UnknownScreen);
                        if (option.Value is not null && m.SaveAs is null)
                            Add(option.Line, m.Id, $"options[{index}].value", "has no effect: the screen has no 'save_as'", MenuRules.UnusedValue);
                        if (IsNavigationNumber(nav, index))
                            Add(option.Line, m.Id, $"options[{index}]", $"option number {index} collides with a navigation key", MenuRules.NavigationKey);
                    }
                    if (m.Options.Count == 0) Add(m.LineOf("options"), m.Id, "options", "a menu screen needs at least one option", MenuRules.Schema);
                    break;
                case InputScreen i:
                    if (!Exists(i.Next)) Add(i.LineOf("next"), i.Id, "next", $"no screen is called '{i.Next}'", MenuRules.UnknownScreen);
                    break;
                case ListScreen l:
                    if (!Exists(l.Next)) Add(l.LineOf("next"), l.Id, "next", $"no screen is called '{l.Next}'", MenuRules.UnknownScreen);
                    if (knownListSources is not null && !knownListSources.Contains(l.Source))
                        Add(l.LineOf("source"), l.Id, "source", $"no list called '{l.Source}'; known lists: {string.Join(", ", knownListSources.Order())}", MenuRules.UnknownList);
                    break;
                case ActionScreen a:
                    foreach (var (outcome, target) in a.Routes)
                    {
                        if (Exists(target)) continue;
                        var field = outcome == ActionScreen.Success ? "next" : outcome == ActionScreen.Failed ? "failure" : "outcomes." + outcome;
                        Add(a.LineOf(field), a.Id, field, $"no screen is called '{target}'", MenuRules.UnknownScreen);
                    }
                    if (knownActions is not null && !knownActions.Contains(a.Action))
                        Add(a.LineOf("action"), a.Id, "action", $"no action called '{a.Action}'; known actions: {string.Join(", ", knownActions.Order())}", MenuRules.UnknownAction);
                    break;
            }
            CheckBudget(menu, screen, budget, Add);
        }

        foreach (var unreachable in menu.Screens.Keys.Except(Reachable(menu)))
            Add(menu.Screens[unreachable].Line, unreachable, "screen", "no screen leads here", MenuRules.Unreachable, warning: true);

        return errors;
    }

    private static bool IsNavigationNumber(NavigationKeys nav, int number)
    {
        var text = number.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return text == nav.Back || text == nav.Home || text == nav.More;
    }

    private static HashSet<string> Reachable(MenuDefinition menu)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var queue = new Queue<string>();
        queue.Enqueue(menu.Start);
        while (queue.Count > 0)
        {
            var id = queue.Dequeue();
            if (!seen.Add(id) || !menu.Screens.TryGetValue(id, out var screen)) continue;
            foreach (var target in screen.Targets) queue.Enqueue(target);
        }
        return seen;
    }

    private static void CheckBudget(
        MenuDefinition menu, ScreenDefinition screen, ScreenBudget budget, Action<int, string?, string, string, string, bool> add)
    {
        foreach (var language in menu.Languages)
        {
            var back = menu.Navigation.Back + ". " + menu.Message(Menus.BuiltInMessages.Back, language);
            var more = menu.Navigation.More + ". " + menu.Message(Menus.BuiltInMessages.More, language);
            void Fits(LocalizedText? text, string field, bool paged)
            {
                if (text is null) return;
                var header = text.Get(language, menu.DefaultLanguage).StaticPart;
                var shown = paged ? header + "\n" + back + "\n" + more : header;
                var measure = GsmAlphabet.Measure(shown);
                if (budget.Fits(measure)) return;
                if (menu.GsmFallback && budget.Fits(GsmAlphabet.Measure(GsmTransliterator.ToGsm(shown)))) return;
                var limit = budget.LimitFor(measure);
                var why = measure.IsGsm7
                    ? $"{measure.Septets} septets, over the {limit} of a GSM-7 screen"
                    : $"{measure.Units} characters, over the {limit} of a UCS-2 screen"
                      + (GsmAlphabet.IndexOfNonGsm(header) is var at and >= 0
                          ? $" ('{header[at]}' at column {at + 1} forces UCS-2)"
                          : " (forced by the navigation text)");
                if (!measure.IsGsm7 && menu.GsmFallback)
                    why += $", and {GsmAlphabet.Measure(GsmTransliterator.ToGsm(shown)).Septets} septets even in its GSM-7 spelling, over the {budget.Gsm7Septets}";
                add(text.LineOf(language), screen.Id, $"{field}.{language}", why + (paged ? " with the back and more lines" : ""), MenuRules.ScreenBudget, false);
            }
            switch (screen)
            {
                case MenuScreen m:
                    Fits(m.Text, "text", paged: true);
                    foreach (var (option, index) in m.Options.Select((o, i) => (o, i + 1)))
                    {
                        var line = option.Text.Get(language, menu.DefaultLanguage).StaticPart;
                        var shown = $"{index}. {line}\n{back}\n{more}";
                        if (!budget.Fits(GsmAlphabet.Measure(menu.GsmFallback ? GsmTransliterator.ToGsm(shown) : shown)))
                            add(option.Text.LineOf(language), m.Id, $"options[{index}].text.{language}", "too long to fit a screen even alone", MenuRules.ScreenBudget, false);
                    }
                    break;
                case ListScreen l:
                    Fits(l.Text, "text", paged: true);
                    Fits(l.Empty, "empty", paged: true);
                    break;
                case InputScreen i:
                    Fits(i.Text, "text", paged: false);
                    Fits(i.Error, "error", paged: false);
                    break;
                case EndScreen e:
                    Fits(e.Text, "text", paged: false);
                    break;
            }
        }
    }
}
