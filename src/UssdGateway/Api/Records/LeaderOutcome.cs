namespace UssdGateway.Api.Records;

/// <summary>What became of a leader to add.</summary>
public enum LeaderOutcome
{
    Added,
    AlreadyLeader,
    InvalidPhone,
    CooperativeNotFound,

    /// <summary>The beneficiary named is not registered on that number.</summary>
    NotOnThatNumber,
}
