using System.Diagnostics.CodeAnalysis;
using UssdGateway.Core.Engine;
using UssdGateway.Core.Menus;

namespace UssdGateway.Core.Tests.Support;

/// <summary>A catalog whose current menus a test replaces, keeping every version it served (as a live catalog does).</summary>
internal sealed class SwitchableCatalog(params MenuDefinition[] menus) : IMenuCatalog
{
    private readonly Dictionary<(string, string), CompiledMenu> _versions = [];
    private MenuCatalog _current = new(menus);

    public IReadOnlyList<CompiledMenu> Menus => _current.Menus;

    public void Publish(params MenuDefinition[] menus)
    {
        foreach (var menu in _current.Menus) _versions[(menu.Definition.Id, menu.Definition.Version)] = menu;
        _current = new MenuCatalog(menus);
    }

    /// <summary>Forgets every version but the current ones (an instance that never saw the older ones).</summary>
    public void ForgetOldVersions() => _versions.Clear();

    public bool TryResolve(string serviceCode, [MaybeNullWhen(false)] out CompiledMenu menu, out string extraInput) =>
        _current.TryResolve(serviceCode, out menu, out extraInput);

    public ValueTask<CompiledMenu?> FindAsync(string menuId, string version, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(_current.Find(menuId, version) ?? _versions.GetValueOrDefault((menuId, version)));
}
