using UssdGateway.Core.Menus;

namespace UssdGateway.Infrastructure.Menus;

/// <summary>The menus cannot be served; the message lists every problem, one per line.</summary>
public sealed class MenuLoadException(string folder, IReadOnlyList<MenuError> errors)
    : Exception($"The menus in {folder} have {errors.Count} error(s); fix them and start again:"
                + Environment.NewLine + string.Join(Environment.NewLine, errors.Select(e => "  " + e)))
{
    public IReadOnlyList<MenuError> Errors { get; } = errors;
}
