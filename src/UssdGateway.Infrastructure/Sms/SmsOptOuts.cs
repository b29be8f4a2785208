using Dapper;
using UssdGateway.Core.Sms;
using UssdGateway.Infrastructure.Data;

namespace UssdGateway.Infrastructure.Sms;

/// <summary>Opt-outs in <c>sms_opt_outs</c>, one row per number while it is opted out.</summary>
public sealed class SmsOptOuts : ISmsOptOuts
{
    private readonly IDbConnectionFactory _connections;
    private readonly TimeProvider _time;
    private readonly string _table;
    private readonly string _insert;

    public SmsOptOuts(IDbConnectionFactory connections, TimeProvider time)
    {
        _connections = connections;
        _time = time;
        _table = connections.Dialect == SqlDialect.SqlServer ? "dbo.sms_opt_outs" : "sms_opt_outs";
        _insert = connections.Dialect == SqlDialect.SqlServer
            ? """
              INSERT INTO dbo.sms_opt_outs (phone_e164, opted_out_at, source, is_test)
              SELECT @Phone, @Now, @Source, @IsTest
              WHERE NOT EXISTS (SELECT 1 FROM dbo.sms_opt_outs WITH (UPDLOCK, HOLDLOCK) WHERE phone_e164 = @Phone);
              """
            : """
              INSERT INTO sms_opt_outs (phone_e164, opted_out_at, source, is_test) VALUES (@Phone, @Now, @Source, @IsTest)
              ON CONFLICT (phone_e164) DO NOTHING;
              """;
    }

    public async Task<bool> IsOptedOutAsync(string phoneE164, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(phoneE164);
        await using var connection = await _connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        return await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            $"SELECT COUNT(*) FROM {_table} WHERE phone_e164 = @Phone;", new { Phone = phoneE164 }, cancellationToken: cancellationToken)).ConfigureAwait(false) > 0;
    }

    public async Task<bool> OptOutAsync(string phoneE164, string source, bool isTest = false, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(phoneE164);
        ArgumentException.ThrowIfNullOrWhiteSpace(source);
        var parameters = new
        {
            Phone = DbText.Clip(phoneE164, 16), Now = DbTimestamp.Write(_connections.Dialect, _time.GetUtcNow()), Source = DbText.Clip(source, 32), IsTest = isTest,
        };
        using var write = await _connections.EnterWriteAsync(cancellationToken).ConfigureAwait(false);
        await using var connection = await _connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return await connection.ExecuteAsync(new CommandDefinition(_insert, parameters, cancellationToken: cancellationToken)).ConfigureAwait(false) == 1;
        }
        catch (System.Data.Common.DbException e) when (DbErrors.IsDuplicateKey(e))
        {
            return false; // recorded by a concurrent STOP
        }
    }

    public async Task<bool> OptInAsync(string phoneE164, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(phoneE164);
        using var write = await _connections.EnterWriteAsync(cancellationToken).ConfigureAwait(false);
        await using var connection = await _connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        return await connection.ExecuteAsync(new CommandDefinition(
            $"DELETE FROM {_table} WHERE phone_e164 = @Phone;", new { Phone = phoneE164 }, cancellationToken: cancellationToken)).ConfigureAwait(false) > 0;
    }
}
