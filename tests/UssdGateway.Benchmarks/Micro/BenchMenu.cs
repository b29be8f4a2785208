using UssdGateway.Core.Menus;

namespace UssdGateway.Benchmarks.Micro;

internal static class BenchMenu
{
    public static MenuDefinition Load()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "menus", "bench.yaml");
        var (menu, errors) = MenuParser.Parse("bench.yaml", File.ReadAllText(path));
        if (menu is null || errors.Count > 0) throw new InvalidOperationException(string.Join("\n", errors));
        return menu;
    }
}
