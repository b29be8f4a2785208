namespace UssdGateway.Admin.Security;

/// <summary>
/// Authentication schemes: <see cref="Console"/> (the default) forwards to <see cref="ApiKey"/> when the request carries
/// a key (<c>X-Api-Key</c> or <c>Authorization: Bearer</c>), else to <see cref="Cookie"/> (staff signed in at <c>/admin/login</c>).
/// </summary>
public static class ConsoleSchemes
{
    public const string Console = "console";
    public const string Cookie = "console-cookie";
    public const string ApiKey = "api-key";

    /// <summary>Claim holding the account's security stamp: a stale stamp ends the sign-in.</summary>
    public const string StampClaim = "ussdgw:stamp";
}
