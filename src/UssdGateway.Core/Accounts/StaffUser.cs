namespace UssdGateway.Core.Accounts;

/// <summary>
/// A staff account of the console. <see cref="SecurityStamp"/> changes whenever the password, role or disabled flag
/// changes, so sign-ins made before are ended.
/// </summary>
public sealed record StaffUser(
    long Id,
    string Username,
    StaffRole Role,
    bool Disabled,
    string SecurityStamp,
    DateTimeOffset CreatedAt,
    DateTimeOffset? LastLoginAt);
