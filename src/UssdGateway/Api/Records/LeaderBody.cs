namespace UssdGateway.Api.Records;

/// <summary>
/// A leader to add to a cooperative: a Malian number (<c>76 12 34 56</c>, <c>+22376123456</c>), and optionally which of
/// the people registered on that number it is (needed only when several share the phone).
/// </summary>
public sealed record LeaderBody(string? Phone, long? BeneficiaryId = null);
