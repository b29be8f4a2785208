using UssdGateway.Core.Programme;

namespace UssdGateway.Core.Tests.Support;

/// <summary>Deletion requests in a list; asking again while one is pending returns it.</summary>
internal sealed class FakeDeletionRequests : IDeletionRequests
{
    public List<PrivacyRequest> Requests { get; } = [];

    public Task<PrivacyRequestResult> RequestAsync(PrivacyRequestKind kind, string phone, long? beneficiaryId, ProgrammeActor actor, CancellationToken cancellationToken = default)
    {
        var pending = Requests.FirstOrDefault(r => r.Phone == phone && r.BeneficiaryId == beneficiaryId && r.Kind == kind && r.Status == PrivacyRequestStatus.Pending);
        if (pending is not null) return Task.FromResult(new PrivacyRequestResult(false, pending));
        var request = new PrivacyRequest(Requests.Count + 1, kind, phone, beneficiaryId, actor.Channel, PrivacyRequestStatus.Pending,
            DateTimeOffset.UnixEpoch, null, null, actor.IsTest);
        Requests.Add(request);
        return Task.FromResult(new PrivacyRequestResult(true, request));
    }

    public Task<IReadOnlyList<PrivacyRequest>> GetPendingAsync(int take = 100, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException();

    public Task<IReadOnlyList<PrivacyRequest>> GetByPhoneAsync(string phone, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException();

    public Task<PrivacyRequest?> GetAsync(long requestId, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException();

    public Task<IReadOnlyList<PrivacyRequest>> GetHandledAsync(int take = 50, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException();

    public Task<PrivacySubject?> GetSubjectAsync(long requestId, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException();

    public Task<PrivacyDecision> EraseAsync(long requestId, ProgrammeActor actor, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException();

    public Task<PrivacyDecision> RefuseAsync(long requestId, string? reason, ProgrammeActor actor, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException();
}
