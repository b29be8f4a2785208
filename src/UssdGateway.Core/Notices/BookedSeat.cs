namespace UssdGateway.Core.Notices;

/// <summary>An active booking in a session that is still on, with what a reminder needs.</summary>
public sealed record BookedSeat(
    long SessionId, DateTimeOffset StartsAt, string Place, string CohortName, long BeneficiaryId, string FullName, string PhoneE164, string Language, bool IsTest);
