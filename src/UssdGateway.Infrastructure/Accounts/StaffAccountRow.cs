using UssdGateway.Core.Accounts;
using UssdGateway.Infrastructure.Data;

namespace UssdGateway.Infrastructure.Accounts;

/// <summary>A <c>staff_users</c> row as Dapper reads it in either dialect.</summary>
internal sealed class StaffAccountRow
{
    public long Id { get; set; }
    public string Username { get; set; } = "";
    public string PasswordHash { get; set; } = "";
    public string Role { get; set; } = "";
    public bool Disabled { get; set; }
    public string SecurityStamp { get; set; } = "";
    public object CreatedAt { get; set; } = "";
    public object? LastLoginAt { get; set; }

    public StaffUser ToUser() => new(
        Id, Username, StaffRoles.TryParse(Role, out var role) ? role : StaffRole.Viewer, Disabled, SecurityStamp,
        DbTimestamp.Read(CreatedAt), LastLoginAt is null ? null : DbTimestamp.Read(LastLoginAt));
}
