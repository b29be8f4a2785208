using System.Data.Common;
using Dapper;
using UssdGateway.Core.Programme;
using UssdGateway.Infrastructure.Data;

namespace UssdGateway.Infrastructure.Programme;

/// <summary>The audit trail in table <c>audit_trail</c>. Repositories write their lines through <see cref="WriteAsync"/> inside their own transaction.</summary>
public sealed class AuditTrail : IAuditTrail
{
    internal const int MaxTake = 1000;
    private const int MaxDetailsLength = 2000;

    private readonly IDbConnectionFactory _connections;
    private readonly TimeProvider _time;
    private readonly AuditSql _sql;

    public AuditTrail(IDbConnectionFactory connections, TimeProvider time)
    {
        _connections = connections;
        _time = time;
        _sql = AuditSql.For(connections.Dialect);
    }

    public async Task<long> RecordAsync(ProgrammeActor actor, string action, string entity, string entityId, string? details = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentException.ThrowIfNullOrWhiteSpace(action);
        ArgumentException.ThrowIfNullOrWhiteSpace(entity);
        ArgumentException.ThrowIfNullOrWhiteSpace(entityId);
        using var write = await _connections.EnterWriteAsync(cancellationToken).ConfigureAwait(false);
        await using var connection = await _connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        return await WriteAsync(connection, null, _connections.Dialect, actor, action, entity, entityId, details, _time.GetUtcNow(), cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<AuditEntry>> GetForAsync(string entity, string entityId, int take = 100, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(entity);
        ArgumentException.ThrowIfNullOrWhiteSpace(entityId);
        await using var connection = await _connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        var rows = await connection.QueryAsync<AuditRow>(new CommandDefinition(
            _sql.GetFor, new { Entity = entity, EntityId = entityId, Take = Clamp(take) }, cancellationToken: cancellationToken)).ConfigureAwait(false);
        return rows.Select(r => r.ToEntry()).ToList();
    }

    public async Task<IReadOnlyList<AuditEntry>> GetRecentAsync(int take = 100, CancellationToken cancellationToken = default)
    {
        await using var connection = await _connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        var rows = await connection.QueryAsync<AuditRow>(new CommandDefinition(
            _sql.GetRecent, new { Take = Clamp(take) }, cancellationToken: cancellationToken)).ConfigureAwait(false);
        return rows.Select(r => r.ToEntry()).ToList();
    }

    /// <summary>Writes one line on <paramref name="connection"/>, in <paramref name="transaction"/> when given.</summary>
    internal static Task<long> WriteAsync(
        DbConnection connection, DbTransaction? transaction, SqlDialect dialect, ProgrammeActor actor,
        string action, string entity, string entityId, string? details, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var parameters = new
        {
            At = DbTimestamp.Write(dialect, at),
            Actor = actor.Id,
            Channel = ProgrammeCodes.Of(actor.Channel),
            Action = DbText.Clip(action, 64),
            Entity = DbText.Clip(entity, 64),
            EntityId = DbText.Clip(entityId, 64),
            Details = DbText.ClipOrNull(details, MaxDetailsLength),
            actor.IsTest,
        };
        return connection.ExecuteScalarAsync<long>(new CommandDefinition(
            AuditSql.For(dialect).Insert, parameters, transaction, cancellationToken: cancellationToken));
    }

    private static int Clamp(int take) => Math.Clamp(take, 1, MaxTake);

    private sealed class AuditRow
    {
        public long Id { get; set; }
        public object At { get; set; } = "";
        public string Actor { get; set; } = "";
        public string Channel { get; set; } = "";
        public string Action { get; set; } = "";
        public string Entity { get; set; } = "";
        public string EntityId { get; set; } = "";
        public string? Details { get; set; }
        public bool IsTest { get; set; }

        public AuditEntry ToEntry() => new(
            Id, DbTimestamp.Read(At), Actor, ProgrammeCodes.ParseActorChannel(Channel), Action, Entity, EntityId, Details, IsTest);
    }
}
