namespace UssdGateway.Core.Broadcasts;

/// <summary>Who a broadcast goes to: everyone booked in a cohort, registered in a commune or a sector, or every cooperative leader.</summary>
public sealed record BroadcastAudience(BroadcastAudienceKind Kind, string? Value)
{
    /// <summary>Null when valid, else why not (a cohort id, a commune or a sector is needed; leaders take none).</summary>
    public string? Problem() => Kind switch
    {
        BroadcastAudienceKind.Leaders => null,
        BroadcastAudienceKind.Cohort when !long.TryParse(Value, out _) => "a cohort audience needs the cohort's id as its value",
        _ when string.IsNullOrWhiteSpace(Value) => $"a {Kind.ToString().ToLowerInvariant()} audience needs a value",
        _ => null,
    };
}
