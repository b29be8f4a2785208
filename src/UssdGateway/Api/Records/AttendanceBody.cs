namespace UssdGateway.Api.Records;

/// <summary>Whether a booked beneficiary attended a session.</summary>
public sealed record AttendanceBody(long? BeneficiaryId, bool? Present);
