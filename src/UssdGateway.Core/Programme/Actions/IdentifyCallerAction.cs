using UssdGateway.Core.Engine;

namespace UssdGateway.Core.Programme.Actions;

/// <summary>
/// <c>identify_caller</c>: is this number registered? Outcome <c>registered</c> (with <c>registered_name</c>,
/// <c>registered_count</c> and the first person's missing profile fields in <c>profile_missing</c>, so
/// <c>profile_status</c> need not read them again) or <c>success</c> for a number not yet known.
/// </summary>
public sealed class IdentifyCallerAction(IBeneficiaryRepository beneficiaries) : IMenuAction, IDeclaresVariables
{
    public const string Registered = "registered";

    public string Name => "identify_caller";

    public IReadOnlyCollection<string> SetsVariables { get; } = ["registered", "registered_count", "registered_name", ProfileStatusAction.MissingVariable];

    public async Task<ActionResult> RunAsync(ActionContext context, CancellationToken cancellationToken)
    {
        var people = await beneficiaries.FindByPhoneAsync(context.Phone, cancellationToken);
        if (people.Count == 0) return ActionResult.Success(new Dictionary<string, string> { ["registered"] = "false" });
        return new ActionResult(Registered, new Dictionary<string, string>
        {
            ["registered"] = "true",
            ["registered_count"] = people.Count.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["registered_name"] = people[0].FullName,
            [ProfileStatusAction.MissingVariable] = string.Join(',', ProfileCompletion.MissingOf(people[0])),
        });
    }
}
