namespace UssdGateway.Infrastructure.Menus;

/// <summary>
/// A file of the menu folder: its content hash (as menu versions are named), size in bytes and last write; for a menu
/// file, the menu it holds and the version of it new sessions get (null when the catalog does not serve it, e.g. sms.yaml).
/// </summary>
public sealed record MenuFile(string FileName, string ContentHash, long SizeBytes, DateTimeOffset ModifiedAt, string? MenuId, string? ServedVersion)
{
    public bool IsSmsTexts => string.Equals(FileName, Core.Menus.MenuLoader.SmsFileName, StringComparison.OrdinalIgnoreCase);
}
