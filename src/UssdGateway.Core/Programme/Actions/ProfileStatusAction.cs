using UssdGateway.Core.Engine;

namespace UssdGateway.Core.Programme.Actions;

/// <summary>
/// <c>profile_status</c>: is the calling youth's profile complete? (The person chosen on a shared phone, else the first
/// registered.) Outcome <c>incomplete</c> when a field is still not given (a registration by SMS gives only the name),
/// with <c>profile_missing</c> listing them (<c>gender,birth_year,commune,region,sector</c>); <c>not_registered</c>;
/// else <c>success</c>.
/// </summary>
public sealed class ProfileStatusAction(IBeneficiaryRepository beneficiaries) : IMenuAction, IDeclaresVariables
{
    public const string Incomplete = "incomplete";
    public const string NotRegistered = "not_registered";

    /// <summary>The variable listing the missing fields, comma-separated, in the order the menu asks them.</summary>
    public const string MissingVariable = "profile_missing";

    public string Name => "profile_status";

    public IReadOnlyCollection<string> SetsVariables { get; } = [MissingVariable];

    public async Task<ActionResult> RunAsync(ActionContext context, CancellationToken cancellationToken)
    {
        // identify_caller read the first person on the number on this hop: unless another was chosen, use what it found.
        if (string.IsNullOrEmpty(context.Var(CallerLookup.ChosenVariable)) && context.Var(MissingVariable) is { } found)
            return Decide(found.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        if (await CallerLookup.FindAsync(beneficiaries, context, cancellationToken) is not { } youth) return new ActionResult(NotRegistered);
        return Decide(ProfileCompletion.MissingOf(youth));
    }

    private static ActionResult Decide(IReadOnlyCollection<string> missing)
    {
        var vars = new Dictionary<string, string> { [MissingVariable] = string.Join(',', missing) };
        return missing.Count == 0 ? ActionResult.Success(vars) : new ActionResult(Incomplete, vars);
    }
}
