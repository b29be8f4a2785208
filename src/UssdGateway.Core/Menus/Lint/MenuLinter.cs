using System.Globalization;

namespace UssdGateway.Core.Menus.Lint;

/// <summary>
/// Everything wrong with a folder of menu files, for the staff who edit them (<c>ussdgw menus lint</c>): what loading
/// refuses (<see cref="MenuParser"/>, <see cref="MenuChecker"/>, <see cref="MenuLoader"/>: fields, references,
/// translations, actions and lists, navigation keys, screen budgets, duplicate ids and codes) and what it lets through
/// but a caller would suffer: dead ends, options that read the same, variables nothing sets, SMS texts over two
/// parts (<c>sms.yaml</c>), texts awaiting review.
/// </summary>
public static class MenuLinter
{
    /// <summary>The variables the engine itself sets.</summary>
    public static readonly IReadOnlyCollection<string> BuiltInVariables = ["language"];

    /// <summary>Lints every <c>*.yaml</c> at the top of <paramref name="folder"/>, <c>sms.yaml</c> as SMS texts.</summary>
    public static MenuLintReport LintFolder(string folder, MenuLintOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!Directory.Exists(folder))
            return new MenuLintReport([], [new MenuError(folder, 0, null, "folder", "menu folder not found", Rule: MenuRules.Schema)]);
        var files = Directory.EnumerateFiles(folder, "*.yaml", SearchOption.TopDirectoryOnly)
            .Select(f => (FileName: Path.GetFileName(f), Path: f))
            .OrderBy(f => f.FileName, StringComparer.Ordinal)
            .ToList();
        var menus = files.Where(f => !IsSmsFile(f.FileName)).Select(f => (f.FileName, File.ReadAllText(f.Path))).ToList();
        var sms = files.Where(f => IsSmsFile(f.FileName)).Select(f => (f.FileName, File.ReadAllText(f.Path))).ToList();
        if (menus.Count == 0)
            return new MenuLintReport([.. sms.Select(s => s.FileName)],
                [new MenuError(folder, 0, null, "folder", "no menu file (*.yaml) found", Rule: MenuRules.Schema), .. sms.SelectMany(s => SmsTemplateLinter.Lint(s.FileName, s.Item2))]);
        return Lint(menus, sms, options);
    }

    /// <summary>Lints menus and SMS files given as (file name, content) pairs.</summary>
    public static MenuLintReport Lint(
        IReadOnlyList<(string FileName, string Source)> menus,
        IReadOnlyList<(string FileName, string Source)> smsFiles,
        MenuLintOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var problems = new List<MenuError>();
        var loaded = MenuLoader.Load(
            menus, options.Budget,
            options.Actions?.Keys.ToHashSet(StringComparer.Ordinal),
            options.ListSources?.Keys.ToHashSet(StringComparer.Ordinal));
        problems.AddRange(loaded.Problems);

        foreach (var (fileName, source) in menus)
        {
            var (menu, parseErrors) = MenuParser.Parse(fileName, source);
            if (menu is null) continue;
            problems.AddRange(ReviewPending(menu));
            problems.AddRange(DeadEnds(menu)); // a screen left out by a parse error counts as a way out: no echo
            problems.AddRange(DuplicateOptions(menu));
            // A screen or option left out by a parse error would leave its variables unset: only echoes.
            if (parseErrors.All(e => e.Rule == MenuRules.MissingTranslation)) problems.AddRange(UnknownVariables(menu, options));
        }
        foreach (var (fileName, source) in smsFiles) problems.AddRange(SmsTemplateLinter.Lint(fileName, source));

        var order = problems.Select((p, i) => (p, i))
            .OrderBy(x => x.p.File, StringComparer.Ordinal).ThenBy(x => x.p.Line).ThenBy(x => x.i)
            .Select(x => x.p).ToList();
        return new MenuLintReport([.. menus.Select(m => m.FileName).Concat(smsFiles.Select(s => s.FileName)).Order(StringComparer.Ordinal)], order);
    }

    private static bool IsSmsFile(string fileName) =>
        string.Equals(fileName, MenuLoader.SmsFileName, StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Shown screens, reachable from the start, from which no <c>end</c> screen can be reached by the menu's own links
    /// (the back and home keys aside): a caller there can only go back or hang up. A menu with no reachable end at
    /// all is one problem, on <c>start</c>.
    /// </summary>
    internal static IEnumerable<MenuError> DeadEnds(MenuDefinition menu)
    {
        if (!menu.Screens.ContainsKey(menu.Start)) yield break; // the checker reports the start
        IEnumerable<string> Next(ScreenDefinition screen) =>
            screen.Targets.Select(t => t == MenuDefinition.LanguageScreen ? menu.Start : t);

        // Screens that can finish: end screens, then every screen leading to one (a missing target is the checker's
        // problem, not a second one here).
        var finishes = new HashSet<string>(menu.Screens.Values.OfType<EndScreen>().Select(e => e.Id), StringComparer.Ordinal);
        for (var changed = true; changed;)
        {
            changed = false;
            foreach (var screen in menu.Screens.Values)
                if (!finishes.Contains(screen.Id) && Next(screen).Any(t => finishes.Contains(t) || !menu.Screens.ContainsKey(t)))
                    changed |= finishes.Add(screen.Id);
        }

        var reachable = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var queue = new Queue<string>([menu.Start]);
        while (queue.Count > 0)
        {
            var id = queue.Dequeue();
            if (!menu.Screens.TryGetValue(id, out var screen) || !seen.Add(id)) continue;
            reachable.Add(id);
            foreach (var target in Next(screen)) queue.Enqueue(target);
        }

        if (!finishes.Contains(menu.Start))
        {
            yield return new MenuError(menu.FileName, menu.LineOf("start"), null, "start",
                "no end screen can be reached from the start: every call ends with the caller hanging up", Rule: MenuRules.DeadEnd);
            yield break;
        }
        foreach (var id in reachable.Where(id => !finishes.Contains(id) && menu.Screens[id].IsShown).Order(StringComparer.Ordinal))
            yield return new MenuError(menu.FileName, menu.Screens[id].Line, id, "screen",
                "dead end: no end screen can be reached from here, the caller can only go back or hang up", Rule: MenuRules.DeadEnd);
    }

    /// <summary>Two options of a screen that read the same in a language and can be shown together.</summary>
    internal static IEnumerable<MenuError> DuplicateOptions(MenuDefinition menu)
    {
        foreach (var screen in menu.Screens.Values.OfType<MenuScreen>())
        {
            foreach (var language in menu.Languages)
            {
                for (var j = 1; j < screen.Options.Count; j++)
                {
                    var later = screen.Options[j];
                    for (var i = 0; i < j; i++)
                    {
                        var earlier = screen.Options[i];
                        if (!CanShowTogether(earlier, later)) continue;
                        var a = Normalize(earlier.Text.Get(language, menu.DefaultLanguage).Source);
                        var b = Normalize(later.Text.Get(language, menu.DefaultLanguage).Source);
                        if (a.Length == 0 || !string.Equals(a, b, StringComparison.OrdinalIgnoreCase)) continue;
                        yield return new MenuError(menu.FileName, later.Text.LineOf(language), screen.Id, $"options[{j + 1}].text.{language}",
                            $"reads the same as option {i + 1} ('{later.Text.Get(language, menu.DefaultLanguage).Source}'): callers cannot tell them apart",
                            Rule: MenuRules.DuplicateOption);
                        break;
                    }
                }
            }
        }
    }

    /// <summary>Options with two different conditions may exclude each other (registered / not registered).</summary>
    private static bool CanShowTogether(MenuOption a, MenuOption b) =>
        a.When is null || b.When is null || a.When.Source.Trim() == b.When.Source.Trim();

    private static string Normalize(string text) =>
        string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    /// <summary>
    /// <c>{variables}</c> in texts, and names in <c>when</c> conditions, that nothing in the menu sets: no <c>save_as</c>
    /// (with its <c>_label</c> on menu and list screens), no option's <c>set</c>, no action or list that declares it,
    /// not the engine's <c>language</c>. When an action used by the menu does not say what it sets
    /// (<see cref="Engine.IDeclaresVariables"/>), they are warnings rather than errors.
    /// </summary>
    internal static IEnumerable<MenuError> UnknownVariables(MenuDefinition menu, MenuLintOptions options)
    {
        var set = new HashSet<string>(BuiltInVariables, StringComparer.Ordinal);
        var undeclared = new SortedSet<string>(StringComparer.Ordinal);
        void Declared(IReadOnlyDictionary<string, IReadOnlyCollection<string>?>? known, string name, string kind, bool mustDeclare)
        {
            if (known is not null && known.TryGetValue(name, out var vars) && vars is not null) set.UnionWith(vars);
            else if (mustDeclare && (known is null || known.ContainsKey(name))) undeclared.Add($"{kind} {name}"); // an unknown name is the checker's error
        }

        foreach (var screen in menu.Screens.Values)
        {
            switch (screen)
            {
                case MenuScreen m:
                    if (m.SaveAs is not null) set.UnionWith([m.SaveAs, m.SaveAs + "_label"]);
                    foreach (var option in m.Options) set.UnionWith(option.Set.Keys);
                    break;
                case InputScreen i:
                    set.Add(i.SaveAs);
                    break;
                case ListScreen l:
                    set.UnionWith([l.SaveAs, l.SaveAs + "_label"]);
                    Declared(options.ListSources, l.Source, "list", mustDeclare: false); // a list sets its save_as; more only if it says so
                    break;
                case ActionScreen a:
                    Declared(options.Actions, a.Action, "action", mustDeclare: true);
                    break;
            }
        }

        var warning = undeclared.Count > 0;
        var unless = warning ? $" (unless {string.Join(", ", undeclared)} sets it: it does not say what it sets)" : "";
        var problems = new List<MenuError>();
        void Check(string variable, int line, string? screen, string field, string what)
        {
            if (set.Contains(variable)) return;
            var hint = Closest(variable, set) is { } close ? $"; did you mean {{{close}}}?" : "";
            problems.Add(new MenuError(menu.FileName, line, screen, field,
                $"{what} is never set in this menu{hint}{unless}", warning, MenuRules.UnknownVariable));
        }
        void CheckText(LocalizedText? text, string? screen, string field)
        {
            if (text is null) return;
            foreach (var (language, template) in text.ByLanguage.OrderBy(p => LanguageOrder(menu, p.Key)))
                foreach (var variable in template.Variables.Distinct())
                    Check(variable, text.LineOf(language), screen, $"{field}.{language}", $"{{{variable}}}");
        }

        foreach (var screen in menu.Screens.Values.OrderBy(s => s.Line))
        {
            CheckText(screen.Text, screen.Id, "text");
            switch (screen)
            {
                case MenuScreen m:
                    foreach (var (option, index) in m.Options.Select((o, i) => (o, i + 1)))
                    {
                        CheckText(option.Text, m.Id, $"options[{index}].text");
                        if (option.When is { } when)
                            Check(when.Variable, option.Line, m.Id, $"options[{index}].when", $"'{when.Variable}'");
                    }
                    break;
                case InputScreen i:
                    CheckText(i.Error, i.Id, "error");
                    break;
                case ListScreen l:
                    CheckText(l.Empty, l.Id, "empty");
                    break;
            }
        }
        foreach (var (key, text) in menu.Messages.Where(m => m.Value.Line > 0)) CheckText(text, null, "messages." + key);
        return problems;
    }

    /// <summary>One warning per language whose texts are marked <c>review: { xx: pending }</c>, with their count.</summary>
    internal static IEnumerable<MenuError> ReviewPending(MenuDefinition menu)
    {
        var texts = new List<LocalizedText>();
        foreach (var screen in menu.Screens.Values)
        {
            if (screen.Text is not null) texts.Add(screen.Text);
            switch (screen)
            {
                case MenuScreen m:
                    texts.AddRange(m.Options.Select(o => o.Text));
                    break;
                case InputScreen { Error: { } error }:
                    texts.Add(error);
                    break;
                case ListScreen { Empty: { } empty }:
                    texts.Add(empty);
                    break;
            }
        }
        texts.AddRange(menu.Messages.Values.Where(m => m.Line > 0));
        foreach (var language in menu.Languages)
        {
            // A text written once and reused through a YAML alias (&name / *name) counts once.
            var pending = texts
                .Where(t => t.ByLanguage.ContainsKey(language) && t.Review.TryGetValue(language, out var status) && status == "pending")
                .Select(t => (t.LineOf(language), t.ByLanguage[language].Source))
                .Distinct()
                .Count();
            if (pending == 0) continue;
            yield return new MenuError(menu.FileName, menu.LineOf("review"), null, "review",
                $"{pending.ToString(CultureInfo.InvariantCulture)} {menu.LanguageName(language)} ({language}) text{(pending == 1 ? "" : "s")} "
                + $"still await{(pending == 1 ? "s" : "")} a native speaker's review (review: {{ {language}: pending }})",
                IsWarning: true, MenuRules.ReviewPending);
        }
    }

    private static int LanguageOrder(MenuDefinition menu, string language)
    {
        for (var i = 0; i < menu.Languages.Count; i++)
            if (menu.Languages[i] == language) return i;
        return int.MaxValue;
    }

    /// <summary>The known name at most two edits away, for a "did you mean" hint.</summary>
    private static string? Closest(string name, IEnumerable<string> known)
    {
        string? best = null;
        var bestDistance = 3;
        foreach (var candidate in known.Order(StringComparer.Ordinal))
        {
            var distance = Distance(name, candidate);
            if (distance < bestDistance)
            {
                best = candidate;
                bestDistance = distance;
            }
        }
        return best;
    }

    private static int Distance(string a, string b)
    {
        if (Math.Abs(a.Length - b.Length) > 2) return 3;
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++) previous[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            (previous, current) = (current, previous);
        }
        return previous[b.Length];
    }
}
