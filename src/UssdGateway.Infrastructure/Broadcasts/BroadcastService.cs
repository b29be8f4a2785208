using Dapper;
using Microsoft.Extensions.Options;
using UssdGateway.Core.Broadcasts;
using UssdGateway.Core.Programme;
using UssdGateway.Core.Sms;
using UssdGateway.Core.Text;
using UssdGateway.Infrastructure.Data;
using UssdGateway.Infrastructure.Sms;

namespace UssdGateway.Infrastructure.Broadcasts;

/// <summary>
/// Announcements to a segment: a preview (recipients, encoding, parts, cost) that writes nothing, then the send:
/// a <c>broadcasts</c> row and one non-essential outbox row per number (<c>broadcast:&lt;id&gt;:&lt;number&gt;</c>), in
/// the number's language, in the GSM-7 spelling (twice the room of UCS-2). Quiet hours, STOP and the spend cap apply.
/// </summary>
public sealed class BroadcastService(IDbConnectionFactory connections, ISmsOutbox outbox, ISmsOptOuts optOuts, IOptions<SmsOptions> options, TimeProvider time)
{
    private readonly BroadcastSql _sql = BroadcastSql.For(connections.Dialect);

    public async Task<BroadcastPreview> PreviewAsync(BroadcastRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var recipients = await RecipientsAsync(request.Audience, cancellationToken).ConfigureAwait(false);
        var optedOut = 0;
        foreach (var recipient in recipients)
            if (await optOuts.IsOptedOutAsync(recipient.PhoneE164, cancellationToken).ConfigureAwait(false)) optedOut++;
        var languages = new List<BroadcastLanguagePreview>();
        decimal? cost = 0;
        var total = 0;
        foreach (var language in new[] { "fr", "bm" })
        {
            var text = TextFor(request, language);
            var measure = SmsSegments.Measure(text);
            var inLanguage = recipients.Where(r => LanguageOf(r) == language).ToList();
            languages.Add(new BroadcastLanguagePreview(language, text, measure.IsGsm7 ? "gsm7" : "ucs2", measure.Segments, inLanguage.Count));
            total += measure.Segments * inLanguage.Count;
            foreach (var recipient in inLanguage)
            {
                var provider = options.Value.RouteFor(recipient.PhoneE164).FirstOrDefault() ?? options.Value.Prices.Keys.FirstOrDefault();
                cost = provider is null || cost is null ? null : cost + options.Value.CostOf(provider, measure.Segments);
            }
        }
        return new BroadcastPreview(recipients.Count, optedOut, languages, total, cost);
    }

    /// <summary>Records the broadcast and queues its messages; returns its id.</summary>
    public async Task<long> SendAsync(BroadcastRequest request, string createdBy, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var recipients = await RecipientsAsync(request.Audience, cancellationToken).ConfigureAwait(false);
        var id = await DbWrites.InTransactionAsync(connections, (connection, transaction) => connection.ExecuteScalarAsync<long>(new CommandDefinition(_sql.Insert, new
        {
            AudienceKind = request.Audience.Kind.ToString().ToLowerInvariant(),
            AudienceValue = request.Audience.Value,
            request.TextFr,
            request.TextBm,
            Recipients = recipients.Count,
            CreatedBy = DbText.Clip(createdBy, 200),
            Now = DbTimestamp.Write(connections.Dialect, time.GetUtcNow()),
        }, transaction, cancellationToken: cancellationToken)), cancellationToken).ConfigureAwait(false);
        var messages = recipients.Select(r => new OutgoingSms(r.PhoneE164, TextFor(request, LanguageOf(r)),
            $"broadcast:{id}:{r.PhoneE164}", r.IsTest, SmsKind.NonEssential)).ToList();
        foreach (var chunk in messages.Chunk(500))
            await outbox.EnqueueManyAsync(chunk, cancellationToken).ConfigureAwait(false);
        return id;
    }

    public async Task<BroadcastStatus?> GetAsync(long id, CancellationToken cancellationToken = default)
    {
        await using var connection = await connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        var row = await connection.QuerySingleOrDefaultAsync<BroadcastRow>(new CommandDefinition(_sql.Get, new { Id = id }, cancellationToken: cancellationToken)).ConfigureAwait(false);
        if (row is null) return null;
        var counts = await connection.QueryAsync<(string Status, long Count)>(new CommandDefinition(_sql.MessageCounts,
            new { KeyPrefix = $"broadcast:{id}:%" }, cancellationToken: cancellationToken)).ConfigureAwait(false);
        return new BroadcastStatus(row.Id, AudienceOf(row),
            checked((int)row.Recipients), DbTimestamp.Read(row.CreatedAt), row.CreatedBy, counts.ToDictionary(c => c.Status, c => checked((int)c.Count)));
    }

    /// <summary>The latest 50 broadcasts, newest first.</summary>
    public async Task<IReadOnlyList<BroadcastSummary>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        var rows = await connection.QueryAsync<BroadcastRow>(new CommandDefinition(_sql.Latest, cancellationToken: cancellationToken)).ConfigureAwait(false);
        return [.. rows.Select(r => new BroadcastSummary(r.Id, AudienceOf(r), checked((int)r.Recipients), DbTimestamp.Read(r.CreatedAt), r.CreatedBy))];
    }

    private static BroadcastAudience AudienceOf(BroadcastRow row) =>
        new(Enum.Parse<BroadcastAudienceKind>(row.AudienceKind, ignoreCase: true), row.AudienceValue);

    private async Task<IReadOnlyList<BroadcastRecipient>> RecipientsAsync(BroadcastAudience audience, CancellationToken cancellationToken)
    {
        var (sql, parameters) = audience.Kind switch
        {
            BroadcastAudienceKind.Cohort => (_sql.CohortRecipients, (object)new { Cohort = long.Parse(audience.Value!, System.Globalization.CultureInfo.InvariantCulture) }),
            BroadcastAudienceKind.Commune => (_sql.CommuneRecipients, new { Value = audience.Value!.Trim() }),
            BroadcastAudienceKind.Sector => (_sql.SectorRecipients, new { Value = audience.Value!.Trim() }),
            _ => (_sql.LeaderRecipients, new { }),
        };
        await using var connection = await connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        var rows = await connection.QueryAsync<(string PhoneE164, string Language, long IsTest)>(new CommandDefinition(sql, parameters, cancellationToken: cancellationToken)).ConfigureAwait(false);
        return [.. rows.Select(r => new BroadcastRecipient(r.PhoneE164, r.Language, r.IsTest != 0))];
    }

    private static string LanguageOf(BroadcastRecipient recipient) => recipient.Language == "bm" ? "bm" : "fr";

    private static string TextFor(BroadcastRequest request, string language) =>
        GsmTransliterator.ToGsm((language == "bm" ? request.TextBm : request.TextFr).Trim());

    private sealed class BroadcastRow
    {
        public long Id { get; set; }
        public string AudienceKind { get; set; } = "";
        public string? AudienceValue { get; set; }
        public long Recipients { get; set; }
        public string CreatedBy { get; set; } = "";
        public object CreatedAt { get; set; } = "";
    }
}
