namespace UssdGateway.Core.Programme;

/// <summary>The activity sectors registration offers, by the codes it stores.</summary>
public static class ProgrammeSectors
{
    public static readonly IReadOnlyList<string> Codes = ["food", "sanitation", "construction", "health", "education"];
}
