using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace UssdGateway.Infrastructure.Programme;

/// <summary>
/// Salted PBKDF2-SHA256 hashes of loan PINs, stored as <c>pbkdf2-sha256${iterations}${salt}${hash}</c> (base64).
/// The beneficiary's id is part of the hashed text, so a hash copied to another row does not verify there.
/// A 4-digit PIN has only 10 000 values: the lockout, not the hash, is what stops guessing; the hash keeps a
/// leaked table from showing PINs directly.
/// </summary>
internal static class PinHasher
{
    public const int DefaultIterations = 50_000;
    private const string Scheme = "pbkdf2-sha256";
    private const int SaltBytes = 16;
    private const int HashBytes = 32;

    public static string Hash(string pin, long beneficiaryId, int iterations = DefaultIterations)
    {
        var salt = RandomNumberGenerator.GetBytes(SaltBytes);
        var hash = Derive(pin, beneficiaryId, salt, iterations);
        return string.Join('$', Scheme, iterations.ToString(CultureInfo.InvariantCulture), Convert.ToBase64String(salt), Convert.ToBase64String(hash));
    }

    public static bool Verify(string pin, long beneficiaryId, string stored)
    {
        var parts = stored.Split('$');
        if (parts.Length != 4 || parts[0] != Scheme
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var iterations) || iterations < 1)
        {
            return false;
        }
        byte[] salt, expected;
        try
        {
            salt = Convert.FromBase64String(parts[2]);
            expected = Convert.FromBase64String(parts[3]);
        }
        catch (FormatException)
        {
            return false;
        }
        var actual = Derive(pin, beneficiaryId, salt, iterations);
        return CryptographicOperations.FixedTimeEquals(actual, expected);
    }

    private static byte[] Derive(string pin, long beneficiaryId, byte[] salt, int iterations) =>
        Rfc2898DeriveBytes.Pbkdf2(
            Encoding.UTF8.GetBytes(beneficiaryId.ToString(CultureInfo.InvariantCulture) + ":" + pin),
            salt, iterations, HashAlgorithmName.SHA256, HashBytes);
}
