namespace UssdGateway.Core.Programme;

/// <summary>Outcome of a registration and the id of the beneficiary concerned (new or existing; 0 when none).</summary>
public sealed record RegistrationResult(RegistrationOutcome Outcome, long BeneficiaryId);
