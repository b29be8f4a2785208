using UssdGateway.Core.Programme;

namespace UssdGateway.Core.Tests.Support;

/// <summary>PINs in clear in a dictionary (a fake), with the repository's rules: 3 wrong tries lock until tomorrow.</summary>
internal sealed class FakePinRepository(DateTimeOffset now) : IPinRepository
{
    public Dictionary<long, string> Pins { get; } = [];

    public Dictionary<long, int> Wrong { get; } = [];

    private PinStatus Status(long id) =>
        !Pins.ContainsKey(id) ? new PinStatus(PinState.NotSet, LoanPin.MaxAttempts, null)
        : Wrong.GetValueOrDefault(id) >= LoanPin.MaxAttempts ? new PinStatus(PinState.Locked, 0, BamakoTime.EndOfDay(now))
        : new PinStatus(PinState.Active, LoanPin.MaxAttempts - Wrong.GetValueOrDefault(id), null);

    public Task<PinStatus> GetStatusAsync(long beneficiaryId, CancellationToken cancellationToken = default) =>
        Task.FromResult(Status(beneficiaryId));

    public Task<PinSetOutcome> SetAsync(long beneficiaryId, string pin, ProgrammeActor actor, CancellationToken cancellationToken = default)
    {
        if (!LoanPin.IsWellFormed(pin)) return Task.FromResult(PinSetOutcome.Invalid);
        if (!Pins.TryAdd(beneficiaryId, pin)) return Task.FromResult(PinSetOutcome.AlreadySet);
        return Task.FromResult(PinSetOutcome.Set);
    }

    public Task<PinCheckResult> VerifyAsync(long beneficiaryId, string pin, ProgrammeActor actor, CancellationToken cancellationToken = default)
    {
        var status = Status(beneficiaryId);
        if (status.State == PinState.NotSet) return Task.FromResult(new PinCheckResult(PinCheckOutcome.NotSet, LoanPin.MaxAttempts, null));
        if (status.State == PinState.Locked) return Task.FromResult(new PinCheckResult(PinCheckOutcome.Locked, 0, status.LockedUntil));
        if (Pins[beneficiaryId] == pin)
        {
            Wrong.Remove(beneficiaryId);
            return Task.FromResult(new PinCheckResult(PinCheckOutcome.Accepted, LoanPin.MaxAttempts, null));
        }
        Wrong[beneficiaryId] = Wrong.GetValueOrDefault(beneficiaryId) + 1;
        var after = Status(beneficiaryId);
        return Task.FromResult(after.State == PinState.Locked
            ? new PinCheckResult(PinCheckOutcome.Locked, 0, after.LockedUntil)
            : new PinCheckResult(PinCheckOutcome.Wrong, after.RemainingAttempts, null));
    }

    public Task<bool> ResetAsync(long beneficiaryId, ProgrammeActor actor, CancellationToken cancellationToken = default) =>
        Task.FromResult(Pins.Remove(beneficiaryId) | Wrong.Remove(beneficiaryId));
}
