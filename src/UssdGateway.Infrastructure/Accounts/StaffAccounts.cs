using System.Data.Common;
using System.Globalization;
using System.Security.Cryptography;
using Dapper;
using UssdGateway.Core.Accounts;
using UssdGateway.Core.Programme;
using UssdGateway.Infrastructure.Data;
using UssdGateway.Infrastructure.Programme;

namespace UssdGateway.Infrastructure.Accounts;

/// <summary>
/// Staff accounts in <c>staff_users</c>. Passwords are hashed by <see cref="StaffPasswordHasher"/>; every change is
/// audited (never the password) in the same transaction, and renews the account's security stamp. The last enabled
/// admin cannot be demoted or disabled.
/// </summary>
public sealed class StaffAccounts : IStaffAccounts
{
    private readonly IDbConnectionFactory _connections;
    private readonly TimeProvider _time;
    private readonly StaffAccountSql _sql;

    public StaffAccounts(IDbConnectionFactory connections, TimeProvider time)
    {
        _connections = connections;
        _time = time;
        _sql = StaffAccountSql.For(connections.Dialect);
    }

    private SqlDialect Dialect => _connections.Dialect;

    public async Task<int> CountAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await _connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        return await connection.ExecuteScalarAsync<int>(new CommandDefinition(_sql.Count, cancellationToken: cancellationToken)).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<StaffUser>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await _connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        var rows = await connection.QueryAsync<StaffAccountRow>(new CommandDefinition(_sql.List, cancellationToken: cancellationToken)).ConfigureAwait(false);
        return rows.Select(r => r.ToUser()).ToList();
    }

    public async Task<StaffUser?> FindAsync(string username, CancellationToken cancellationToken = default) =>
        (await FindRowAsync(username, cancellationToken).ConfigureAwait(false))?.ToUser();

    public async Task<StaffUser?> GetAsync(long id, CancellationToken cancellationToken = default)
    {
        await using var connection = await _connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        var row = await connection.QuerySingleOrDefaultAsync<StaffAccountRow>(new CommandDefinition(
            _sql.FindById, new { Id = id }, cancellationToken: cancellationToken)).ConfigureAwait(false);
        return row?.ToUser();
    }

    public async Task<StaffAccountOutcome> AddAsync(string username, string password, StaffRole role, string actor, CancellationToken cancellationToken = default)
    {
        if (StaffUsernames.Normalize(username) is not { } name) return StaffAccountOutcome.InvalidUsername;
        if (!StaffPasswords.IsAcceptable(password)) return StaffAccountOutcome.InvalidPassword;
        var hash = StaffPasswordHasher.Hash(password);
        var now = _time.GetUtcNow();
        return await DbWrites.InTransactionAsync(_connections, async (connection, transaction) =>
        {
            var id = await connection.ExecuteScalarAsync<long?>(new CommandDefinition(_sql.Insert, new
            {
                Username = name, PasswordHash = hash, Role = role.Code(), SecurityStamp = NewStamp(), Now = DbTimestamp.Write(Dialect, now),
            }, transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
            if (id is null) return StaffAccountOutcome.AlreadyExists;
            await AuditAsync(connection, transaction, actor, "user.add", name, AuditDetails.Json(("role", role.Code())), now, cancellationToken).ConfigureAwait(false);
            return StaffAccountOutcome.Done;
        }, cancellationToken).ConfigureAwait(false);
    }

    public async Task<StaffUser?> SignInAsync(string username, string password, CancellationToken cancellationToken = default)
    {
        var row = StaffUsernames.Normalize(username) is null ? null : await FindRowAsync(username, cancellationToken).ConfigureAwait(false);
        var matches = StaffPasswordHasher.Verify(row?.PasswordHash, password ?? "");
        if (row is null || !matches || row.Disabled) return null;
        var now = _time.GetUtcNow();
        await using (var connection = await _connections.OpenAsync(cancellationToken).ConfigureAwait(false))
        {
            await connection.ExecuteAsync(new CommandDefinition(
                _sql.RecordLogin, new { row.Id, Now = DbTimestamp.Write(Dialect, now) }, cancellationToken: cancellationToken)).ConfigureAwait(false);
        }
        return row.ToUser() with { LastLoginAt = now };
    }

    public async Task<StaffAccountOutcome> SetPasswordAsync(string username, string password, string actor, CancellationToken cancellationToken = default)
    {
        if (StaffUsernames.Normalize(username) is not { } name) return StaffAccountOutcome.NotFound;
        if (!StaffPasswords.IsAcceptable(password)) return StaffAccountOutcome.InvalidPassword;
        var hash = StaffPasswordHasher.Hash(password);
        return await UpdateAsync(name, _sql.SetPassword, new { PasswordHash = hash }, "user.password", null, actor, false, cancellationToken).ConfigureAwait(false);
    }

    public Task<StaffAccountOutcome> SetRoleAsync(string username, StaffRole role, string actor, CancellationToken cancellationToken = default) =>
        StaffUsernames.Normalize(username) is { } name
            ? UpdateAsync(name, _sql.SetRole, new { Role = role.Code() }, "user.role", AuditDetails.Json(("role", role.Code())), actor,
                guardLastAdmin: role != StaffRole.Admin, cancellationToken)
            : Task.FromResult(StaffAccountOutcome.NotFound);

    public Task<StaffAccountOutcome> SetDisabledAsync(string username, bool disabled, string actor, CancellationToken cancellationToken = default) =>
        StaffUsernames.Normalize(username) is { } name
            ? UpdateAsync(name, _sql.SetDisabled, new { Disabled = disabled }, disabled ? "user.disable" : "user.enable", null, actor,
                guardLastAdmin: disabled, cancellationToken)
            : Task.FromResult(StaffAccountOutcome.NotFound);

    private Task<StaffAccountOutcome> UpdateAsync(string name, string statement, object values, string action, string? details, string actor,
        bool guardLastAdmin, CancellationToken cancellationToken)
    {
        var now = _time.GetUtcNow();
        var parameters = new DynamicParameters(values);
        parameters.AddDynamicParams(new { Username = name, SecurityStamp = NewStamp(), Now = DbTimestamp.Write(Dialect, now) });
        return DbWrites.InTransactionAsync(_connections, async (connection, transaction) =>
        {
            var current = await connection.QuerySingleOrDefaultAsync<StaffAccountRow>(new CommandDefinition(
                _sql.FindByName, new { Username = name }, transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
            if (current is null) return StaffAccountOutcome.NotFound;
            if (guardLastAdmin && current.Role == StaffRoles.AdminCode && !current.Disabled)
            {
                var others = await connection.ExecuteScalarAsync<int>(new CommandDefinition(
                    _sql.CountOtherEnabledAdmins, new { Username = name }, transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
                if (others == 0) return StaffAccountOutcome.LastAdmin;
            }
            await connection.ExecuteAsync(new CommandDefinition(statement, parameters, transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
            await AuditAsync(connection, transaction, actor, action, name, details, now, cancellationToken).ConfigureAwait(false);
            return StaffAccountOutcome.Done;
        }, cancellationToken);
    }

    private async Task<StaffAccountRow?> FindRowAsync(string username, CancellationToken cancellationToken)
    {
        if (StaffUsernames.Normalize(username) is not { } name) return null;
        await using var connection = await _connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        return await connection.QuerySingleOrDefaultAsync<StaffAccountRow>(new CommandDefinition(
            _sql.FindByName, new { Username = name }, cancellationToken: cancellationToken)).ConfigureAwait(false);
    }

    private Task AuditAsync(DbConnection connection, DbTransaction transaction, string actor, string action, string username, string? details,
        DateTimeOffset now, CancellationToken cancellationToken) =>
        AuditTrail.WriteAsync(connection, transaction, Dialect, ProgrammeActor.Staff(actor), action, "staff_user", username, details, now, cancellationToken);

    private static string NewStamp() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16)).ToString(CultureInfo.InvariantCulture);
}
