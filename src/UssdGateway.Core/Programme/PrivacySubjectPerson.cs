namespace UssdGateway.Core.Programme;

/// <summary>A beneficiary a privacy request concerns.</summary>
public sealed record PrivacySubjectPerson(long Id, string FullName);
