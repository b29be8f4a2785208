using System.Globalization;
using UssdGateway.Core.Engine;

namespace UssdGateway.Core.Programme.Actions;

/// <summary>
/// <c>identify_leader</c>: does this number lead cooperatives? Sets <c>leader</c> (<c>true</c>/<c>false</c>, for
/// <c>when: leader</c>). Outcomes: <c>success</c> (exactly one: <c>cooperative</c>, <c>cooperative_label</c>),
/// <c>several</c> (the caller chooses), <c>not_leader</c>.
/// </summary>
public sealed class IdentifyLeaderAction(ICooperativeRepository cooperatives) : IMenuAction, IDeclaresVariables
{
    public const string Several = "several";
    public const string NotLeader = "not_leader";

    public string Name => "identify_leader";

    public IReadOnlyCollection<string> SetsVariables { get; } = ["leader", "cooperative", "cooperative_label"];

    public async Task<ActionResult> RunAsync(ActionContext context, CancellationToken cancellationToken)
    {
        var led = await cooperatives.GetLedByPhoneAsync(context.Phone, cancellationToken);
        if (led.Count == 0) return new ActionResult(NotLeader, new Dictionary<string, string> { ["leader"] = "false" });
        if (led.Count > 1) return new ActionResult(Several, new Dictionary<string, string> { ["leader"] = "true" });
        return ActionResult.Success(new Dictionary<string, string>
        {
            ["leader"] = "true",
            ["cooperative"] = led[0].Id.ToString(CultureInfo.InvariantCulture),
            ["cooperative_label"] = led[0].Name,
        });
    }
}
