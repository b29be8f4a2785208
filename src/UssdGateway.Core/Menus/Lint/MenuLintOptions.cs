using UssdGateway.Core.Engine;
using UssdGateway.Core.Text;

namespace UssdGateway.Core.Menus.Lint;

/// <summary>What the linter knows of the server: the screen budget, and the actions and lists it has with the
/// variables each declares (null when it does not say).</summary>
public sealed class MenuLintOptions
{
    public ScreenBudget Budget { get; init; } = ScreenBudget.Default;

    /// <summary>Action names and the variables each sets (null: not declared); null skips the name check.</summary>
    public IReadOnlyDictionary<string, IReadOnlyCollection<string>?>? Actions { get; init; }

    /// <summary>List names and the variables each sets beyond <c>save_as</c> (null: not declared); null skips the name check.</summary>
    public IReadOnlyDictionary<string, IReadOnlyCollection<string>?>? ListSources { get; init; }

    /// <summary>The server's actions and lists, with what they declare through <see cref="IDeclaresVariables"/>.</summary>
    public static MenuLintOptions From(MenuActionRegistry registry, ScreenBudget budget)
    {
        ArgumentNullException.ThrowIfNull(registry);
        return new MenuLintOptions
        {
            Budget = budget,
            Actions = registry.Actions.ToDictionary(p => p.Key, p => Declared(p.Value), StringComparer.Ordinal),
            ListSources = registry.ListSources.ToDictionary(p => p.Key, p => Declared(p.Value), StringComparer.Ordinal),
        };
    }

    private static IReadOnlyCollection<string>? Declared(object actionOrList) =>
        actionOrList is IDeclaresVariables declares ? declares.SetsVariables : null;
}
