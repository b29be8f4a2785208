using Microsoft.AspNetCore.Identity;
using UssdGateway.Core.Accounts;

namespace UssdGateway.Infrastructure.Accounts;

/// <summary>
/// Staff passwords through ASP.NET Core Identity's <see cref="PasswordHasher{TUser}"/> (PBKDF2-HMAC-SHA512, salted,
/// the format versioned so stronger settings can follow). A check against no account still hashes once, so a
/// wrong user name takes as long as a wrong password.
/// </summary>
internal static class StaffPasswordHasher
{
    private static readonly PasswordHasher<StaffUser> Hasher = new();
    private static readonly StaffUser Nobody = new(0, "", StaffRole.Viewer, true, "", DateTimeOffset.UnixEpoch, null);
    private static readonly Lazy<string> DummyHash = new(() => Hasher.HashPassword(Nobody, "not a password of anyone"));

    public static string Hash(string password) => Hasher.HashPassword(Nobody, password);

    public static bool Verify(string? storedHash, string password)
    {
        if (storedHash is null)
        {
            Hasher.VerifyHashedPassword(Nobody, DummyHash.Value, password);
            return false;
        }
        return Hasher.VerifyHashedPassword(Nobody, storedHash, password) != PasswordVerificationResult.Failed;
    }
}
