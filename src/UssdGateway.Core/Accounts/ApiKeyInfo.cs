namespace UssdGateway.Core.Accounts;

/// <summary>An API key as listed: its name, role and the prefix shown to recognise it; the key itself is never stored.</summary>
public sealed record ApiKeyInfo(long Id, string Name, string Prefix, StaffRole Role, DateTimeOffset CreatedAt, DateTimeOffset? RevokedAt)
{
    public bool IsRevoked => RevokedAt is not null;
}
