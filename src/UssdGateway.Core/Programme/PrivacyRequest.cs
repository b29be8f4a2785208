namespace UssdGateway.Core.Programme;

/// <summary>A deletion or consent-withdrawal request and what staff did with it (and why, when they refused it).</summary>
public sealed record PrivacyRequest(
    long Id,
    PrivacyRequestKind Kind,
    string Phone,
    long? BeneficiaryId,
    ActorChannel Channel,
    PrivacyRequestStatus Status,
    DateTimeOffset RequestedAt,
    DateTimeOffset? HandledAt,
    string? HandledBy,
    bool IsTest,
    string? RefusalReason = null);
