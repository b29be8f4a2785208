using System.Collections.Frozen;

namespace UssdGateway.Core.Engine;

/// <summary>The server actions and list sources menus may name.</summary>
public sealed class MenuActionRegistry
{
    public MenuActionRegistry(IEnumerable<IMenuAction> actions, IEnumerable<IListSource> listSources)
    {
        Actions = actions.ToFrozenDictionary(a => a.Name, StringComparer.Ordinal);
        ListSources = listSources.ToFrozenDictionary(s => s.Name, StringComparer.Ordinal);
        ActionNames = Actions.Keys.ToFrozenSet(StringComparer.Ordinal);
        ListSourceNames = ListSources.Keys.ToFrozenSet(StringComparer.Ordinal);
    }

    public FrozenDictionary<string, IMenuAction> Actions { get; }

    public FrozenDictionary<string, IListSource> ListSources { get; }

    public IReadOnlySet<string> ActionNames { get; }

    public IReadOnlySet<string> ListSourceNames { get; }
}
