namespace UssdGateway.Core.Programme;

/// <summary>What <see cref="IBeneficiaryRepository.CompleteProfileAsync"/> did, and which fields it wrote (<see cref="ProfileCompletion.Fields"/> names).</summary>
public sealed record ProfileCompletionResult(ProfileCompletionOutcome Outcome, IReadOnlyList<string> WrittenFields);
