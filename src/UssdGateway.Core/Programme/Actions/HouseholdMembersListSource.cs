using System.Globalization;
using UssdGateway.Core.Engine;
using UssdGateway.Core.Sessions;

namespace UssdGateway.Core.Programme.Actions;

/// <summary><c>household_members</c>: the people registered on the calling number, oldest first (id, full name).</summary>
public sealed class HouseholdMembersListSource(IBeneficiaryRepository beneficiaries) : IListSource
{
    public string Name => "household_members";

    public async Task<IReadOnlyList<SessionListItem>> GetItemsAsync(ActionContext context, CancellationToken cancellationToken)
    {
        var people = await beneficiaries.FindByPhoneAsync(context.Phone, cancellationToken);
        return [.. people.Select(p => new SessionListItem(p.Id.ToString(CultureInfo.InvariantCulture), p.FullName))];
    }
}
