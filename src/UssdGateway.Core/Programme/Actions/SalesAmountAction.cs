using UssdGateway.Core.Engine;

namespace UssdGateway.Core.Programme.Actions;

/// <summary>
/// <c>check_sales_amount</c>: reads <c>sales_amount</c> (0 allowed, up to <see cref="Xof.Max"/>) and sets
/// <c>sales_amount_text</c> (<c>150 000 FCFA</c>) for the confirmation. Outcomes: <c>success</c>, <c>invalid</c>.
/// </summary>
public sealed class SalesAmountAction : IMenuAction, IDeclaresVariables
{
    public const string Invalid = "invalid";

    public string Name => "check_sales_amount";

    public IReadOnlyCollection<string> SetsVariables { get; } = ["sales_amount_text"];

    public Task<ActionResult> RunAsync(ActionContext context, CancellationToken cancellationToken) =>
        Task.FromResult(Xof.TryParse(context.Var("sales_amount"), out var amount) && Xof.IsValid(amount, allowZero: true)
            ? ActionResult.Success(new Dictionary<string, string> { ["sales_amount_text"] = Xof.Format(amount) })
            : new ActionResult(Invalid));
}
