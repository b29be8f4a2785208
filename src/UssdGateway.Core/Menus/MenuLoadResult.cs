namespace UssdGateway.Core.Menus;

/// <summary>The menus of a folder that loaded, and every problem found (warnings included).</summary>
public sealed record MenuLoadResult(IReadOnlyList<MenuDefinition> Menus, IReadOnlyList<MenuError> Problems)
{
    public IEnumerable<MenuError> Errors => Problems.Where(p => !p.IsWarning);

    public IEnumerable<MenuError> Warnings => Problems.Where(p => p.IsWarning);

    public bool IsValid => !Errors.Any();
}
