using Dapper;
using UssdGateway.Core.Programme;
using UssdGateway.Infrastructure.Data;

namespace UssdGateway.Infrastructure.Programme;

/// <summary>The language each number chose, in table <c>caller_preferences</c> (one row per number, upserted).</summary>
public sealed class CallerPreferencesRepository : ICallerPreferences
{
    private readonly IDbConnectionFactory _connections;
    private readonly TimeProvider _time;
    private readonly CallerPreferencesSql _sql;

    public CallerPreferencesRepository(IDbConnectionFactory connections, TimeProvider time)
    {
        _connections = connections;
        _time = time;
        _sql = CallerPreferencesSql.For(connections.Dialect);
    }

    public async Task<string?> GetLanguageAsync(string phone, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(phone);
        await using var connection = await _connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        return await connection.ExecuteScalarAsync<string?>(
            new CommandDefinition(_sql.GetLanguage, new { Phone = phone }, cancellationToken: cancellationToken)).ConfigureAwait(false);
    }

    public async Task SetLanguageAsync(string phone, string language, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(phone);
        ArgumentException.ThrowIfNullOrWhiteSpace(language);
        using var write = await _connections.EnterWriteAsync(cancellationToken).ConfigureAwait(false);
        await using var connection = await _connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        var parameters = new { Phone = phone, Language = language, UpdatedAt = DbTimestamp.Write(_connections.Dialect, _time.GetUtcNow()) };
        await connection.ExecuteAsync(
            new CommandDefinition(_sql.Upsert, parameters, cancellationToken: cancellationToken)).ConfigureAwait(false);
    }
}
