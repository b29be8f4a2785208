namespace UssdGateway.Core.Programme;

public enum PinCheckOutcome
{
    /// <summary>The PIN is right; the day's wrong tries are forgotten.</summary>
    Accepted,

    /// <summary>Wrong PIN; <see cref="PinCheckResult.RemainingAttempts"/> tries left today.</summary>
    Wrong,

    /// <summary>Locked until <see cref="PinCheckResult.LockedUntil"/> (this try was the last, or it was locked already; not checked).</summary>
    Locked,

    /// <summary>No PIN set yet.</summary>
    NotSet,
}
