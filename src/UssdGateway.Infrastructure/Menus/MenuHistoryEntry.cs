namespace UssdGateway.Infrastructure.Menus;

/// <summary>
/// One recorded version of a menu file: its content hash (as menu versions are named), size in bytes, how it came
/// (<c>found</c> on disk before the first publish, <c>publish</c>, <c>upload</c>, <c>rollback</c>), who and when.
/// </summary>
public sealed record MenuHistoryEntry(
    long Id, string FileName, string ContentHash, int SizeBytes, string Action, string SavedBy, DateTimeOffset SavedAt);
