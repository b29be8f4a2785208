namespace UssdGateway.Infrastructure.Records;

/// <summary>A cooperative in a list: its members count and how many leaders report for it.</summary>
public sealed record CooperativeRecord(long Id, string Name, string Form, string Sector, string Commune, int MembersCount, int Leaders, bool IsTest);
