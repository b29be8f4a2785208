using UssdGateway.Core.Engine;
using UssdGateway.Core.Sessions;

namespace UssdGateway.Core.Programme.Actions;

/// <summary><c>mali_regions</c>: the regions of Mali, for the region-of-origin screen (names are the same in every language).</summary>
public sealed class MaliRegionsListSource : IListSource
{
    private static readonly IReadOnlyList<SessionListItem> Items =
        [.. MaliRegions.All.Select(r => new SessionListItem(r, r))];

    public string Name => "mali_regions";

    public Task<IReadOnlyList<SessionListItem>> GetItemsAsync(ActionContext context, CancellationToken cancellationToken) =>
        Task.FromResult(Items);
}
