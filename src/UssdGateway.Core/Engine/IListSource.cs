using UssdGateway.Core.Sessions;

namespace UssdGateway.Core.Engine;

/// <summary>A named source of items for <c>list</c> screens (regions, training slots...).</summary>
public interface IListSource
{
    /// <summary>The name menu files use in <c>source:</c>.</summary>
    string Name { get; }

    /// <summary>The items in the caller's language, fetched once when the screen is entered.</summary>
    Task<IReadOnlyList<SessionListItem>> GetItemsAsync(ActionContext context, CancellationToken cancellationToken);
}
