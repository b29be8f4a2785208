using System.Globalization;
using UssdGateway.Core.Engine;

namespace UssdGateway.Core.Programme.Actions;

/// <summary>
/// <c>household_check</c>: outcome <c>several</c> when more than one person is registered on the calling number
/// (a family sharing a phone), so the menu can ask who is calling; else <c>success</c>. Uses the
/// <c>registered_count</c> that <c>identify_caller</c> just set, and asks the database only when it is absent.
/// </summary>
public sealed class HouseholdCheckAction(IBeneficiaryRepository beneficiaries) : IMenuAction
{
    public const string Several = "several";

    public string Name => "household_check";

    public async Task<ActionResult> RunAsync(ActionContext context, CancellationToken cancellationToken)
    {
        var count = int.TryParse(context.Var("registered_count"), NumberStyles.None, CultureInfo.InvariantCulture, out var known)
            ? known
            : await beneficiaries.CountByPhoneAsync(context.Phone, cancellationToken);
        return count > 1 ? new ActionResult(Several) : ActionResult.Success();
    }
}
