namespace UssdGateway.Core.Programme;

/// <summary>
/// The 4-digit PIN guarding a beneficiary's loan details: chosen at first use, stored hashed (salted PBKDF2),
/// <see cref="LoanPin.MaxAttempts"/> wrong tries in a Bamako day lock it until that day ends; staff reset it.
/// </summary>
public interface IPinRepository
{
    Task<PinStatus> GetStatusAsync(long beneficiaryId, CancellationToken cancellationToken = default);

    /// <summary>Sets the first PIN; refuses to replace an existing one (that takes a staff reset).</summary>
    Task<PinSetOutcome> SetAsync(long beneficiaryId, string pin, ProgrammeActor actor, CancellationToken cancellationToken = default);

    /// <summary>Checks a PIN, counting wrong tries atomically (concurrent tries cannot exceed the limit).</summary>
    Task<PinCheckResult> VerifyAsync(long beneficiaryId, string pin, ProgrammeActor actor, CancellationToken cancellationToken = default);

    /// <summary>Staff: removes the PIN (and any lock) so the youth chooses a new one; false when there was none.</summary>
    Task<bool> ResetAsync(long beneficiaryId, ProgrammeActor actor, CancellationToken cancellationToken = default);
}
