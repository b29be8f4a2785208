namespace UssdGateway.Core.Accounts;

/// <summary>The roles' codes as stored and typed (<c>admin</c>, <c>staff</c>, <c>viewer</c>).</summary>
public static class StaffRoles
{
    public const string AdminCode = "admin";
    public const string StaffCode = "staff";
    public const string ViewerCode = "viewer";

    /// <summary>Every code, most powerful first.</summary>
    public static readonly IReadOnlyList<string> Codes = [AdminCode, StaffCode, ViewerCode];

    public static string Code(this StaffRole role) => role switch
    {
        StaffRole.Admin => AdminCode,
        StaffRole.Staff => StaffCode,
        StaffRole.Viewer => ViewerCode,
        _ => throw new ArgumentOutOfRangeException(nameof(role), role, null),
    };

    /// <summary>Reads a code, ignoring case and surrounding spaces.</summary>
    public static bool TryParse(string? code, out StaffRole role)
    {
        switch (code?.Trim().ToLowerInvariant())
        {
            case AdminCode: role = StaffRole.Admin; return true;
            case StaffCode: role = StaffRole.Staff; return true;
            case ViewerCode: role = StaffRole.Viewer; return true;
            default: role = StaffRole.Viewer; return false;
        }
    }

    public static StaffRole Parse(string code) =>
        TryParse(code, out var role) ? role : throw new FormatException($"'{code}' is not a role: admin, staff or viewer.");
}
