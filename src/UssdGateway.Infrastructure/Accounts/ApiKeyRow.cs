using UssdGateway.Core.Accounts;
using UssdGateway.Infrastructure.Data;

namespace UssdGateway.Infrastructure.Accounts;

/// <summary>An <c>api_keys</c> row as Dapper reads it in either dialect (never the hash).</summary>
internal sealed class ApiKeyRow
{
    public long Id { get; set; }
    public string Name { get; set; } = "";
    public string Prefix { get; set; } = "";
    public string Role { get; set; } = "";
    public object CreatedAt { get; set; } = "";
    public object? RevokedAt { get; set; }

    public ApiKeyInfo ToInfo() => new(
        Id, Name, Prefix, StaffRoles.TryParse(Role, out var role) ? role : StaffRole.Viewer,
        DbTimestamp.Read(CreatedAt), RevokedAt is null ? null : DbTimestamp.Read(RevokedAt));
}
