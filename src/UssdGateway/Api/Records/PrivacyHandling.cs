using UssdGateway.Core.Engine;
using UssdGateway.Core.Programme;
using UssdGateway.Core.Sessions;

namespace UssdGateway.Api.Records;

/// <summary>
/// Staff handling of privacy requests, shared by <c>/admin/privacy</c> and <c>/api/privacy-requests</c>: the
/// database erasure (<see cref="IDeletionRequests.EraseAsync"/>), then the session store's resume snapshots of the
/// erased number (one per menu). A live USSD session ends by itself within minutes (its TTL).
/// </summary>
public sealed class PrivacyHandling(IDeletionRequests requests, ISessionStore sessions, IMenuCatalog menus)
{
    public async Task<PrivacyDecision> EraseAsync(long requestId, ProgrammeActor actor, CancellationToken cancellationToken = default)
    {
        var decision = await requests.EraseAsync(requestId, actor, cancellationToken);
        if (decision.ErasedNumber is { } number)
            foreach (var menu in menus.Menus)
                await sessions.DeleteResumeAsync(UssdSession.ResumeKeyFor(number, menu.Definition.Id), cancellationToken);
        return decision;
    }

    public Task<PrivacyDecision> RefuseAsync(long requestId, string? reason, ProgrammeActor actor, CancellationToken cancellationToken = default) =>
        requests.RefuseAsync(requestId, reason, actor, cancellationToken);
}
