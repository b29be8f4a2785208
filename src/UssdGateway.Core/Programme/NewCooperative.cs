namespace UssdGateway.Core.Programme;

/// <summary>A cooperative or SSE enterprise to create; (name, commune) is unique.</summary>
public sealed record NewCooperative(
    string Name,
    CooperativeForm Form,
    string Sector,
    string Commune,
    int MembersCount,
    bool IsTest = false);
