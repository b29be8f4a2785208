using UssdGateway.Core.Programme;

namespace UssdGateway.Api.Records;

/// <summary>
/// A privacy request as the API shows it: kind (deletion, consent_withdrawal) and status (pending, done, refused) as
/// codes, the number masked, and for a pending one the people concerned and what they still owe (a loan not repaid
/// blocks erasure).
/// </summary>
public sealed record PrivacyRequestItem(
    long Id,
    string Kind,
    string Status,
    string Phone,
    long? BeneficiaryId,
    DateTimeOffset RequestedAt,
    DateTimeOffset? HandledAt,
    string? HandledBy,
    string? RefusalReason,
    IReadOnlyList<PrivacySubjectPerson> People,
    long OutstandingXof)
{
    public static PrivacyRequestItem Of(PrivacyRequest request, PrivacySubject? subject = null) => new(
        request.Id,
        request.Kind == PrivacyRequestKind.Deletion ? "deletion" : "consent_withdrawal",
        request.Status switch { PrivacyRequestStatus.Pending => "pending", PrivacyRequestStatus.Done => "done", _ => "refused" },
        PrivacyLabels.MaskedPhone(request.Phone),
        request.BeneficiaryId,
        request.RequestedAt,
        request.HandledAt,
        request.HandledBy,
        request.RefusalReason,
        subject?.People ?? [],
        subject?.OutstandingXof ?? 0);
}
