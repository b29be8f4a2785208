using System.Diagnostics.CodeAnalysis;

namespace UssdGateway.Core.Engine;

/// <summary>The menus being served, found by service code for new sessions and by version for running ones.</summary>
public interface IMenuCatalog
{
    IReadOnlyList<CompiledMenu> Menus { get; }

    /// <summary>
    /// The menu answering <paramref name="serviceCode"/>. A dial string that carries answers after the
    /// code (<c>*384*123*1*2#</c>) resolves to the menu of <c>*384*123#</c> with <paramref name="extraInput"/> <c>1*2</c>.
    /// </summary>
    bool TryResolve(string serviceCode, [MaybeNullWhen(false)] out CompiledMenu menu, out string extraInput);

    /// <summary>
    /// The exact version a session started on: loaded here, or compiled from the source stored by the instance
    /// that loaded it; null when no instance has it.
    /// </summary>
    ValueTask<CompiledMenu?> FindAsync(string menuId, string version, CancellationToken cancellationToken = default);
}
