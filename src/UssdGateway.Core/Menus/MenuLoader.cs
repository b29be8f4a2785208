using UssdGateway.Core.Text;

namespace UssdGateway.Core.Menus;

/// <summary>
/// Loads every menu of a folder: each <c>*.yaml</c> at its top level except <c>sms.yaml</c> (SMS texts).
/// Parses, checks meaning and budgets, and checks that menu ids and service codes are unique.
/// </summary>
public static class MenuLoader
{
    public const string SmsFileName = "sms.yaml";

    public static MenuLoadResult LoadFolder(
        string folder, ScreenBudget budget,
        IReadOnlySet<string>? knownActions = null, IReadOnlySet<string>? knownListSources = null)
    {
        if (!Directory.Exists(folder))
            return new MenuLoadResult([], [new MenuError(folder, 0, null, "folder", "menu folder not found", Rule: MenuRules.Schema)]);
        var files = Directory.EnumerateFiles(folder, "*.yaml", SearchOption.TopDirectoryOnly)
            .Where(f => !string.Equals(Path.GetFileName(f), SmsFileName, StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal)
            .Select(f => (Path.GetFileName(f), File.ReadAllText(f)));
        return Load(files, budget, knownActions, knownListSources);
    }

    /// <summary>Loads menus from (file name, content) pairs.</summary>
    public static MenuLoadResult Load(
        IEnumerable<(string FileName, string Source)> files, ScreenBudget budget,
        IReadOnlySet<string>? knownActions = null, IReadOnlySet<string>? knownListSources = null)
    {
        var menus = new List<MenuDefinition>();
        var problems = new List<MenuError>();
        var ids = new Dictionary<string, string>(StringComparer.Ordinal);
        var codes = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (fileName, source) in files)
        {
            var (menu, errors) = MenuParser.Parse(fileName, source);
            problems.AddRange(errors);
            if (menu is null) continue;
            var checks = MenuChecker.Check(menu, budget, knownActions, knownListSources);
            problems.AddRange(checks);
            var duplicate = false;
            if (menu.Id.Length > 0 && !ids.TryAdd(menu.Id, fileName))
            {
                problems.Add(new MenuError(fileName, menu.LineOf("menu"), null, "menu", $"menu id '{menu.Id}' is already used by {ids[menu.Id]}", Rule: MenuRules.Duplicate));
                duplicate = true;
            }
            foreach (var code in menu.ServiceCodes)
            {
                if (codes.TryAdd(ServiceCodes.Normalize(code), fileName)) continue;
                problems.Add(new MenuError(fileName, menu.LineOf("service_codes"), null, "service_codes", $"{code} is already answered by {codes[ServiceCodes.Normalize(code)]}", Rule: MenuRules.Duplicate));
                duplicate = true;
            }
            // Only a file free of errors is served: a duplicate would answer a code another menu owns.
            if (errors.Count == 0 && !duplicate && !checks.Any(c => !c.IsWarning)) menus.Add(menu);
        }
        return new MenuLoadResult(menus, problems);
    }
}
