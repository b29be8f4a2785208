namespace UssdGateway.Core.Menus;

/// <summary>
/// Runs a named server action, unseen; the outcome chooses the next screen: <c>success</c> goes to
/// <see cref="Next"/>, <c>failure</c> to <see cref="Failure"/>, other outcomes by <see cref="Outcomes"/>.
/// </summary>
public sealed class ActionScreen(string id, int line, string action, string next, string? failure, IReadOnlyDictionary<string, string> outcomes)
    : ScreenDefinition(id, line, null)
{
    public const string Success = "success";
    public const string Failed = "failure";

    public override ScreenType Type => ScreenType.Action;

    public string Action { get; } = action;

    public string Next { get; } = next;

    public string? Failure { get; } = failure;

    public IReadOnlyDictionary<string, string> Outcomes { get; } = outcomes;

    /// <summary>Every outcome this screen routes, with its target.</summary>
    public IEnumerable<KeyValuePair<string, string>> Routes
    {
        get
        {
            yield return new(Success, Next);
            if (Failure is not null) yield return new(Failed, Failure);
            foreach (var pair in Outcomes) yield return pair;
        }
    }

    public override IEnumerable<string> Targets => Routes.Select(r => r.Value).Distinct();
}
