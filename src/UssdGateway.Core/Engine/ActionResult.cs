namespace UssdGateway.Core.Engine;

/// <summary>An action's outcome and the variables it sets for the screens that follow.</summary>
public sealed record ActionResult(string Outcome, IReadOnlyDictionary<string, string>? Vars = null)
{
    public static readonly ActionResult Failure = new(Menus.ActionScreen.Failed);

    public static ActionResult Success(IReadOnlyDictionary<string, string>? vars = null) => new(Menus.ActionScreen.Success, vars);
}
