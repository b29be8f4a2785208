using System.Globalization;
using UssdGateway.Core.Engine;

namespace UssdGateway.Core.Programme.Actions;

/// <summary>
/// The registered youth behind the call: the person chosen on a shared phone (<c>caller_id</c>, from
/// <c>household_members</c>), else the first (oldest) registered on the number, as <c>identify_caller</c> greets.
/// </summary>
internal static class CallerLookup
{
    /// <summary>The variable holding the id of the person chosen on a shared phone.</summary>
    public const string ChosenVariable = "caller_id";

    public static async Task<Beneficiary?> FindAsync(IBeneficiaryRepository beneficiaries, ActionContext context, CancellationToken cancellationToken)
    {
        var people = await beneficiaries.FindByPhoneAsync(context.Phone, cancellationToken);
        if (people.Count == 0) return null;
        if (long.TryParse(context.Var(ChosenVariable), NumberStyles.None, CultureInfo.InvariantCulture, out var chosen)
            && people.FirstOrDefault(p => p.Id == chosen) is { } person)
            return person;
        return people[0];
    }
}
