namespace UssdGateway.Core.Programme;

/// <summary>
/// The result of handling a privacy request. <paramref name="OutstandingXof"/>: what the people concerned still owe
/// (<see cref="PrivacyDecisionOutcome.OutstandingLoan"/>). <paramref name="ErasedNumber"/>: the number whose
/// number-wide data (SMS, language, sessions) was erased, so caches keyed by it can be cleared too; null otherwise.
/// </summary>
public sealed record PrivacyDecision(PrivacyDecisionOutcome Outcome, long OutstandingXof = 0, int PeopleErased = 0, string? ErasedNumber = null);
