namespace UssdGateway.Core.Menus;

/// <summary>Service codes as dialled (<c>*384*123#</c>), compared without spaces or the closing '#'.</summary>
public static class ServiceCodes
{
    public static string Normalize(string code) => code.Trim().Replace(" ", "", StringComparison.Ordinal).TrimEnd('#');
}
