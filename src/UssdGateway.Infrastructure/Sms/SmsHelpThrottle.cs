using Dapper;
using UssdGateway.Core.Sms;
using UssdGateway.Infrastructure.Data;

namespace UssdGateway.Infrastructure.Sms;

/// <summary>Reads the outbox for help replies (<see cref="SmsKeywordHandler.HelpKeyPrefix"/>) queued to a number since a moment.</summary>
public sealed class SmsHelpThrottle(IDbConnectionFactory connections) : ISmsHelpThrottle
{
    public async Task<bool> HelpSentSinceAsync(string phoneE164, DateTimeOffset since, CancellationToken cancellationToken = default)
    {
        var table = connections.Dialect == SqlDialect.SqlServer ? "dbo.sms_outbox" : "sms_outbox";
        await using var connection = await connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        return await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            $"SELECT COUNT(*) FROM {table} WHERE recipient_e164 = @Phone AND idempotency_key LIKE @Prefix AND created_at >= @Since;",
            new { Phone = phoneE164, Prefix = SmsKeywordHandler.HelpKeyPrefix + "%", Since = DbTimestamp.Write(connections.Dialect, since) },
            cancellationToken: cancellationToken)).ConfigureAwait(false) > 0;
    }
}
