namespace UssdGateway.Core.Programme;

/// <summary>
/// Which upcoming sessions to list: those starting after now, not cancelled, with a free place (or already booked
/// by <see cref="BeneficiaryId"/>, so a caller sees their own), soonest first, <see cref="Take"/> from <see cref="Skip"/>.
/// Test sessions are listed only with <see cref="IncludeTest"/> (the simulator).
/// </summary>
public sealed record SlotQuery(
    int Skip = 0,
    int Take = SlotQuery.DefaultTake,
    string? Commune = null,
    string? Language = null,
    long? BeneficiaryId = null,
    bool IncludeTest = false)
{
    public const int DefaultTake = 10;
    public const int MaxTake = 100;
}
