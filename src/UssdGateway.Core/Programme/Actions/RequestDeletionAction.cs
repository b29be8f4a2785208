using System.Globalization;
using UssdGateway.Core.Engine;

namespace UssdGateway.Core.Programme.Actions;

/// <summary>
/// <c>request_deletion</c>: records a request to delete the calling youth's data (or the number's, when nobody is
/// registered on it), for staff to handle. Outcomes: <c>success</c> (new request <c>deletion_id</c>), <c>already_pending</c>.
/// </summary>
public sealed class RequestDeletionAction(IBeneficiaryRepository beneficiaries, IDeletionRequests requests) : IMenuAction, IDeclaresVariables
{
    public const string AlreadyPending = "already_pending";

    public string Name => "request_deletion";

    public IReadOnlyCollection<string> SetsVariables { get; } = ["deletion_id"];

    public async Task<ActionResult> RunAsync(ActionContext context, CancellationToken cancellationToken)
    {
        var youth = await CallerLookup.FindAsync(beneficiaries, context, cancellationToken);
        var result = await requests.RequestAsync(
            PrivacyRequestKind.Deletion, context.Phone, youth?.Id, ProgrammeActor.Ussd(context.Phone, context.IsTest), cancellationToken);
        var vars = new Dictionary<string, string> { ["deletion_id"] = result.Request.Id.ToString(CultureInfo.InvariantCulture) };
        return result.Created ? ActionResult.Success(vars) : new ActionResult(AlreadyPending, vars);
    }
}
