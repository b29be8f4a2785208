namespace UssdGateway.Infrastructure.Records;

/// <summary>A cooperative's leader: the number, and the registered person when known.</summary>
public sealed record LeaderRecord(string Phone, long? BeneficiaryId, string? FullName);
