using UssdGateway.Core.Engine;
using UssdGateway.Core.Sessions;

namespace UssdGateway.Core.Tests.Support;

internal sealed class DelegateListSource(string name, IReadOnlyList<SessionListItem> items) : IListSource
{
    public string Name => name;

    public int Calls { get; private set; }

    public Task<IReadOnlyList<SessionListItem>> GetItemsAsync(ActionContext context, CancellationToken cancellationToken)
    {
        Calls++;
        return Task.FromResult(items);
    }
}
