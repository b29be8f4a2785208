using System.Diagnostics.CodeAnalysis;
using UssdGateway.Core.Menus;

namespace UssdGateway.Core.Engine;

/// <summary>An immutable set of compiled menus.</summary>
public sealed class MenuCatalog : IMenuCatalog
{
    private readonly Dictionary<string, CompiledMenu> _byCode = new(StringComparer.Ordinal);
    private readonly Dictionary<(string, string), CompiledMenu> _byVersion = [];

    public MenuCatalog(IEnumerable<MenuDefinition> menus)
        : this(menus.Select(m => new CompiledMenu(m)))
    {
    }

    public MenuCatalog(IEnumerable<CompiledMenu> menus)
    {
        var compiled = new List<CompiledMenu>();
        foreach (var menu in menus)
        {
            var definition = menu.Definition;
            compiled.Add(menu);
            _byVersion[(definition.Id, definition.Version)] = menu;
            foreach (var code in definition.ServiceCodes) _byCode[ServiceCodes.Normalize(code)] = menu;
        }
        Menus = compiled;
    }

    public IReadOnlyList<CompiledMenu> Menus { get; }

    public bool TryResolve(string serviceCode, [MaybeNullWhen(false)] out CompiledMenu menu, out string extraInput)
    {
        var code = ServiceCodes.Normalize(serviceCode);
        extraInput = "";
        if (_byCode.TryGetValue(code, out menu)) return true;
        // A dial string: the longest known code followed by '*' and answers.
        for (var star = code.LastIndexOf('*'); star > 0; star = code.LastIndexOf('*', star - 1))
        {
            if (_byCode.TryGetValue(code[..star], out menu))
            {
                extraInput = code[(star + 1)..];
                return true;
            }
        }
        menu = null;
        return false;
    }

    public CompiledMenu? Find(string menuId, string version) =>
        _byVersion.TryGetValue((menuId, version), out var menu) ? menu : null;

    public ValueTask<CompiledMenu?> FindAsync(string menuId, string version, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Find(menuId, version));
}
