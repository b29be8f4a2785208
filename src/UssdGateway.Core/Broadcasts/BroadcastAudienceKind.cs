namespace UssdGateway.Core.Broadcasts;

public enum BroadcastAudienceKind
{
    Cohort,
    Commune,
    Sector,
    Leaders,
}
