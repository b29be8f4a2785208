using System.Security.Cryptography;
using System.Text;

namespace UssdGateway.Infrastructure.Accounts;

/// <summary>
/// API keys look like <c>ugw_3f9a1c0b_…</c>: a fixed marker, 8 hex characters shown in listings to recognise the key,
/// then 32 random bytes (base64url). Only the SHA-256 of the whole key is stored: a key is random enough that a
/// fast hash is safe, and a lookup is one indexed equality.
/// </summary>
internal static class ApiKeyFormat
{
    public const string Marker = "ugw_";
    public const int PrefixLength = 12; // "ugw_" + 8 hex
    public const int MaxLength = 100;

    public static string NewKey()
    {
        var id = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(4));
        var secret = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        return Marker + id + "_" + secret;
    }

    public static string PrefixOf(string key) => key[..PrefixLength];

    public static bool LooksLikeKey(string? key) =>
        key is { Length: > PrefixLength and <= MaxLength } && key.StartsWith(Marker, StringComparison.Ordinal);

    public static string HashOf(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));
}
