using Dapper;
using UssdGateway.Core.Sms;
using UssdGateway.Infrastructure.Data;

namespace UssdGateway.Infrastructure.Sms;

/// <summary>
/// Delivery reports applied to <c>sms_outbox</c> by (provider, provider message id). A final report (delivered, failed)
/// always applies, the last one winning; a "sent" report never steps back from a final status.
/// </summary>
public sealed class SmsDeliveryReports : ISmsDeliveryReports
{
    private readonly IDbConnectionFactory _connections;
    private readonly TimeProvider _time;
    private readonly SmsSql _sql;

    public SmsDeliveryReports(IDbConnectionFactory connections, TimeProvider time)
    {
        _connections = connections;
        _time = time;
        _sql = SmsSql.For(connections.Dialect);
    }

    public async Task<bool> ApplyAsync(DeliveryReport report, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(report);
        var parameters = new
        {
            report.Provider,
            report.ProviderMessageId,
            Status = SmsStatusText.Of(report.Status),
            ProviderStatus = DbText.Clip(report.ProviderStatus, 64),
            Reason = DbText.ClipOrNull(report.FailureReason, 500),
            Now = DbTimestamp.Write(_connections.Dialect, _time.GetUtcNow()),
        };
        using var write = await _connections.EnterWriteAsync(cancellationToken).ConfigureAwait(false);
        await using var connection = await _connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        return await connection.ExecuteAsync(new CommandDefinition(_sql.ApplyReport, parameters, cancellationToken: cancellationToken))
            .ConfigureAwait(false) > 0;
    }
}
