using UssdGateway.Core.Engine;

namespace UssdGateway.Core.Programme.Actions;

/// <summary>
/// <c>choose_caller</c>: after the caller picked themselves from <c>household_members</c> (saved as <c>caller_id</c>),
/// greets them by name (<c>registered_name</c>); the account, training and PIN screens then act for that person.
/// </summary>
public sealed class ChooseCallerAction : IMenuAction, IDeclaresVariables
{
    public string Name => "choose_caller";

    public IReadOnlyCollection<string> SetsVariables { get; } = ["registered_name"];

    public Task<ActionResult> RunAsync(ActionContext context, CancellationToken cancellationToken) =>
        Task.FromResult(context.Var(CallerLookup.ChosenVariable + "_label") is { Length: > 0 } name
            ? ActionResult.Success(new Dictionary<string, string> { ["registered_name"] = name })
            : ActionResult.Failure);
}
