namespace UssdGateway.Infrastructure.Records;

/// <summary>One booking of a session: who, how, and whether attendance was recorded (null: not yet).</summary>
public sealed record BookingRecord(long Id, long SessionId, long BeneficiaryId, string FullName, string Phone, string Status, string Channel, DateTimeOffset BookedAt, bool? Present);
