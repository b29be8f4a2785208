namespace UssdGateway.Core.Programme;

/// <summary>A beneficiary's PIN state, the tries left today and, when locked, until when.</summary>
public sealed record PinStatus(PinState State, int RemainingAttempts, DateTimeOffset? LockedUntil);
