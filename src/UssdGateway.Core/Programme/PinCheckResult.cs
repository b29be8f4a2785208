namespace UssdGateway.Core.Programme;

/// <summary>What a PIN check gave: the outcome, the tries left today and, when locked, until when (end of the Bamako day).</summary>
public sealed record PinCheckResult(PinCheckOutcome Outcome, int RemainingAttempts, DateTimeOffset? LockedUntil);
