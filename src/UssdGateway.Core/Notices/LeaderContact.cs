namespace UssdGateway.Core.Notices;

/// <summary>A cooperative leader's number and language, and whether the cooperative has reported the month asked about.</summary>
public sealed record LeaderContact(long CooperativeId, string CooperativeName, string PhoneE164, string Language, bool HasReported, bool IsTest);
