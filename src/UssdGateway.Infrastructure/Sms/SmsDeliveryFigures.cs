using Dapper;
using UssdGateway.Core.Sms;
using UssdGateway.Infrastructure.Data;

namespace UssdGateway.Infrastructure.Sms;

/// <summary>Reads <c>sms_outbox</c> status counts for the console's delivery rates.</summary>
public sealed class SmsDeliveryFigures : ISmsDeliveryFigures
{
    private readonly IDbConnectionFactory _connections;

    public SmsDeliveryFigures(IDbConnectionFactory connections) => _connections = connections;

    public async Task<IReadOnlyList<SmsDeliveryCount>> GetAsync(DateTimeOffset since, CancellationToken cancellationToken = default)
    {
        await using var connection = await _connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        var rows = await connection.QueryAsync<Row>(new CommandDefinition(
            SmsDeliveryFiguresSql.For(_connections.Dialect).CountByStatus,
            new { Since = DbTimestamp.Write(_connections.Dialect, since) }, cancellationToken: cancellationToken)).ConfigureAwait(false);
        return rows.Select(r => new SmsDeliveryCount(r.Provider, r.Status, (int)r.Count)).ToList();
    }

    private sealed class Row
    {
        public string Provider { get; set; } = "";
        public string Status { get; set; } = "";
        public long Count { get; set; }
    }
}
