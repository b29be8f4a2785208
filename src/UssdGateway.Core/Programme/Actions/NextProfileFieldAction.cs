using UssdGateway.Core.Engine;

namespace UssdGateway.Core.Programme.Actions;

/// <summary>
/// <c>profile_next_field</c>: which missing profile field to ask next, so completing a profile asks only what is missing.
/// Reads <c>profile_missing</c> (set by <c>profile_status</c>) and the answers so far; the outcome is the first field
/// missing and not yet answered in this session (<c>gender</c>, <c>birth_year</c>, <c>commune</c>, <c>region</c>,
/// <c>sector</c>, named as the registration screens save them), or <c>success</c> when all are answered.
/// <c>failure</c> when <c>profile_status</c> did not run.
/// </summary>
public sealed class NextProfileFieldAction : IMenuAction
{
    public string Name => "profile_next_field";

    public Task<ActionResult> RunAsync(ActionContext context, CancellationToken cancellationToken)
    {
        if (context.Var(ProfileStatusAction.MissingVariable) is not { } missing) return Task.FromResult(ActionResult.Failure);
        var next = missing.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(field => ProfileCompletion.Fields.Contains(field))
            .FirstOrDefault(field => string.IsNullOrEmpty(context.Var(field)));
        return Task.FromResult(next is null ? ActionResult.Success() : new ActionResult(next));
    }
}
