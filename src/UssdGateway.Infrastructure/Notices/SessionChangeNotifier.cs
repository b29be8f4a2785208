using UssdGateway.Core.Notices;
using UssdGateway.Core.Programme;

namespace UssdGateway.Infrastructure.Notices;

/// <summary>
/// Moves or cancels a training session and tells everyone booked at once (quiet hours permitting): one notice per
/// person and change, in their language, with the new time and place.
/// </summary>
public sealed class SessionChangeNotifier(ITrainingRepository training, NoticePlanner planner, NoticeWriter writer, TimeProvider time)
{
    /// <summary>False when the session is unknown or cancelled; else moved, and how many people are told.</summary>
    public async Task<(bool Changed, int Told)> MoveAsync(long sessionId, DateTimeOffset startsAt, string? place, ProgrammeActor actor, CancellationToken cancellationToken = default)
    {
        if (!await training.MoveSessionAsync(sessionId, startsAt, place, actor, cancellationToken).ConfigureAwait(false)) return (false, 0);
        return (true, await TellAsync(sessionId, cancelled: false, cancellationToken).ConfigureAwait(false));
    }

    /// <summary>False when the session is unknown or already cancelled; else cancelled, and how many people are told.</summary>
    public async Task<(bool Changed, int Told)> CancelAsync(long sessionId, ProgrammeActor actor, CancellationToken cancellationToken = default)
    {
        if (!await training.CancelSessionAsync(sessionId, actor, cancellationToken).ConfigureAwait(false)) return (false, 0);
        return (true, await TellAsync(sessionId, cancelled: true, cancellationToken).ConfigureAwait(false));
    }

    private async Task<int> TellAsync(long sessionId, bool cancelled, CancellationToken cancellationToken)
    {
        var notices = await planner.SessionChangedAsync(sessionId, cancelled, time.GetUtcNow(), cancellationToken).ConfigureAwait(false);
        return await writer.WriteDueAsync(notices, cancellationToken).ConfigureAwait(false);
    }
}
