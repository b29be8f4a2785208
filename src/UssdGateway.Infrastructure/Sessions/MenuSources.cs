namespace UssdGateway.Infrastructure.Sessions;

/// <summary>Argument checks shared by the menu source stores.</summary>
internal static class MenuSources
{
    public static void Validate(string menuId, string version, string fileName, string source, TimeSpan ttl)
    {
        ArgumentException.ThrowIfNullOrEmpty(menuId);
        ArgumentException.ThrowIfNullOrEmpty(version);
        ArgumentException.ThrowIfNullOrEmpty(fileName);
        ArgumentNullException.ThrowIfNull(source);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(ttl, TimeSpan.Zero);
    }
}
