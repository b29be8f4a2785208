using System.Text.RegularExpressions;

namespace UssdGateway.Core.Accounts;

/// <summary>User names: 3 to 64 of a-z, 0-9, '.', '_', '-', kept in lower case (so <c>Awa</c> and <c>awa</c> are one account).</summary>
public static partial class StaffUsernames
{
    public const string Rule = "3 to 64 characters among a-z, 0-9, '.', '_' and '-'";

    /// <summary>The stored form of <paramref name="username"/>, or null when it breaks <see cref="Rule"/>.</summary>
    public static string? Normalize(string? username)
    {
        var value = username?.Trim().ToLowerInvariant();
        return value is not null && Pattern().IsMatch(value) ? value : null;
    }

    [GeneratedRegex("^[a-z0-9._-]{3,64}$")]
    private static partial Regex Pattern();
}
