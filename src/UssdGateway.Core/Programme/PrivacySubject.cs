namespace UssdGateway.Core.Programme;

/// <summary>A pending request with the people it concerns (not yet erased) and what they still owe on loans.</summary>
public sealed record PrivacySubject(PrivacyRequest Request, IReadOnlyList<PrivacySubjectPerson> People, long OutstandingXof)
{
    /// <summary>A person who owes on a loan cannot be erased: financial records are kept.</summary>
    public bool HasOutstandingLoan => OutstandingXof > 0;
}
