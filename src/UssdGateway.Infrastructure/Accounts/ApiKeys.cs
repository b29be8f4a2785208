using Dapper;
using UssdGateway.Core.Accounts;
using UssdGateway.Core.Programme;
using UssdGateway.Infrastructure.Data;
using UssdGateway.Infrastructure.Programme;

namespace UssdGateway.Infrastructure.Accounts;

/// <summary>API keys in <c>api_keys</c> (<see cref="ApiKeyFormat"/>): created and revoked with an audit line, looked up by hash.</summary>
public sealed class ApiKeys : IApiKeys
{
    public const int MaxNameLength = 64;

    private readonly IDbConnectionFactory _connections;
    private readonly TimeProvider _time;
    private readonly ApiKeySql _sql;

    public ApiKeys(IDbConnectionFactory connections, TimeProvider time)
    {
        _connections = connections;
        _time = time;
        _sql = ApiKeySql.For(connections.Dialect);
    }

    private SqlDialect Dialect => _connections.Dialect;

    public Task<CreatedApiKey?> CreateAsync(string name, StaffRole role, string actor, CancellationToken cancellationToken = default)
    {
        var trimmed = name?.Trim() ?? "";
        if (trimmed.Length is 0 or > MaxNameLength) throw new ArgumentException($"An API key's name is 1 to {MaxNameLength} characters.", nameof(name));
        var key = ApiKeyFormat.NewKey();
        var now = _time.GetUtcNow();
        return DbWrites.InTransactionAsync(_connections, async (connection, transaction) =>
        {
            var id = await connection.ExecuteScalarAsync<long?>(new CommandDefinition(_sql.Insert, new
            {
                Name = trimmed, Prefix = ApiKeyFormat.PrefixOf(key), Hash = ApiKeyFormat.HashOf(key), Role = role.Code(),
                Now = DbTimestamp.Write(Dialect, now), Actor = DbText.Clip(actor, 64),
            }, transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
            if (id is not { } created) return null;
            await AuditTrail.WriteAsync(connection, transaction, Dialect, ProgrammeActor.Staff(actor), "apikey.add", "api_key", trimmed,
                AuditDetails.Json(("role", role.Code()), ("prefix", ApiKeyFormat.PrefixOf(key))), now, cancellationToken).ConfigureAwait(false);
            return new CreatedApiKey(new ApiKeyInfo(created, trimmed, ApiKeyFormat.PrefixOf(key), role, now, null), key);
        }, cancellationToken);
    }

    public async Task<IReadOnlyList<ApiKeyInfo>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await _connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        var rows = await connection.QueryAsync<ApiKeyRow>(new CommandDefinition(_sql.List, cancellationToken: cancellationToken)).ConfigureAwait(false);
        return rows.Select(r => r.ToInfo()).ToList();
    }

    public Task<bool> RevokeAsync(string name, string actor, CancellationToken cancellationToken = default)
    {
        var trimmed = name?.Trim() ?? "";
        var now = _time.GetUtcNow();
        return DbWrites.InTransactionAsync(_connections, async (connection, transaction) =>
        {
            var revoked = await connection.ExecuteAsync(new CommandDefinition(
                _sql.Revoke, new { Name = trimmed, Now = DbTimestamp.Write(Dialect, now) }, transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
            if (revoked == 0) return false;
            await AuditTrail.WriteAsync(connection, transaction, Dialect, ProgrammeActor.Staff(actor), "apikey.revoke", "api_key", trimmed, null, now, cancellationToken).ConfigureAwait(false);
            return true;
        }, cancellationToken);
    }

    public async Task<ApiKeyInfo?> AuthenticateAsync(string key, CancellationToken cancellationToken = default)
    {
        if (!ApiKeyFormat.LooksLikeKey(key)) return null;
        await using var connection = await _connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        var row = await connection.QuerySingleOrDefaultAsync<ApiKeyRow>(new CommandDefinition(
            _sql.FindActiveByHash, new { Hash = ApiKeyFormat.HashOf(key) }, cancellationToken: cancellationToken)).ConfigureAwait(false);
        return row?.ToInfo();
    }
}
