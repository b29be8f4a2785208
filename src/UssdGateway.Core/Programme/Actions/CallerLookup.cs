using UssdGateway.Core.Engine;

namespace UssdGateway.Core.Programme.Actions;

/// <summary>
/// The registered youth behind the calling number: the first (oldest) registered on it, as <c>identify_caller</c> greets.
/// </summary>
internal static class CallerLookup
{
    public static async Task<Beneficiary?> FindAsync(IBeneficiaryRepository beneficiaries, ActionContext context, CancellationToken cancellationToken)
    {
        var people = await beneficiaries.FindByPhoneAsync(context.Phone, cancellationToken);
        return people.Count == 0 ? null : people[0];
    }
}
