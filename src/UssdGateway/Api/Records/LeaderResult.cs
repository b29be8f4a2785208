using UssdGateway.Core.Programme;

namespace UssdGateway.Api.Records;

/// <summary>
/// A leader added (or already there): the number in E.164, the registered person linked (null when none, or when
/// several share the number and none was named), and how many people are registered on the number.
/// </summary>
public sealed record LeaderResult(LeaderOutcome Outcome, string Phone, Beneficiary? LinkedTo, int RegisteredOnNumber);
