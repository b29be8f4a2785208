namespace UssdGateway.Core.Programme;

/// <summary>A cooperative or SSE enterprise as stored.</summary>
public sealed record Cooperative(
    long Id,
    string Name,
    CooperativeForm Form,
    string Sector,
    string Commune,
    int MembersCount,
    bool IsTest);
