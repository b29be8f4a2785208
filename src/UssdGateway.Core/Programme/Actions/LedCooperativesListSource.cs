using System.Globalization;
using UssdGateway.Core.Engine;
using UssdGateway.Core.Sessions;

namespace UssdGateway.Core.Programme.Actions;

/// <summary><c>led_cooperatives</c>: the cooperatives the calling number leads, by name (id: the cooperative id).</summary>
public sealed class LedCooperativesListSource(ICooperativeRepository cooperatives) : IListSource, IDeclaresVariables
{
    public string Name => "led_cooperatives";

    public IReadOnlyCollection<string> SetsVariables { get; } = [];

    public async Task<IReadOnlyList<SessionListItem>> GetItemsAsync(ActionContext context, CancellationToken cancellationToken)
    {
        var led = await cooperatives.GetLedByPhoneAsync(context.Phone, cancellationToken);
        return [.. led.Select(c => new SessionListItem(c.Id.ToString(CultureInfo.InvariantCulture), c.Name))];
    }
}
