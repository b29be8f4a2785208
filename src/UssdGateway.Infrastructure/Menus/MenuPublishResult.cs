using UssdGateway.Core.Menus.Lint;

namespace UssdGateway.Infrastructure.Menus;

/// <summary>
/// What publishing a menu file did: <see cref="Published"/> with the new content hash, or refused because of the
/// lint report's errors (nothing written). The report is there either way, for its warnings.
/// </summary>
public sealed record MenuPublishResult(bool Published, string? ContentHash, MenuLintReport Report, bool Unchanged = false);
