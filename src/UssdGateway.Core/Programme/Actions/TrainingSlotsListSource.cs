using System.Globalization;
using UssdGateway.Core.Engine;
using UssdGateway.Core.Sessions;

namespace UssdGateway.Core.Programme.Actions;

/// <summary>
/// <c>training_slots</c>: upcoming training sessions with a free place, soonest first (id: the session id; label:
/// <c>lun 7/12 08h30 Lafiabougou (5)</c>). Test sessions are listed only to test callers (simulator, scripts).
/// </summary>
public sealed class TrainingSlotsListSource(ITrainingRepository training) : IListSource, IDeclaresVariables
{
    /// <summary>Most sessions offered in one list (the engine pages them).</summary>
    public const int MaxItems = 30;

    public string Name => "training_slots";

    public IReadOnlyCollection<string> SetsVariables { get; } = [];

    public async Task<IReadOnlyList<SessionListItem>> GetItemsAsync(ActionContext context, CancellationToken cancellationToken)
    {
        var page = await training.GetUpcomingSlotsAsync(new SlotQuery(Take: MaxItems, IncludeTest: context.IsTest), cancellationToken);
        return [.. page.Items
            .Where(s => s.FreePlaces > 0)
            .Select(s => new SessionListItem(s.SessionId.ToString(CultureInfo.InvariantCulture), SlotLabels.Format(s, context.Language, withFreePlaces: true)))];
    }
}
