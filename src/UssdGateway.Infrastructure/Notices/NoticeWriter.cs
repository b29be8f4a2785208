using Microsoft.Extensions.Logging;
using UssdGateway.Core.Notices;
using UssdGateway.Core.Sms;

namespace UssdGateway.Infrastructure.Notices;

/// <summary>
/// Writes the notices that have come due into the outbox: sent at or after <see cref="Notice.SendAt"/> and before
/// <see cref="Notice.ExpiresAt"/> (a job that runs late catches up the same day; one that runs after the session writes
/// nothing). Each is one outbox row by its idempotency key, so runs that overlap, here or on another instance, write it once.
/// </summary>
public sealed partial class NoticeWriter(ISmsOutbox outbox, TimeProvider time, ILogger<NoticeWriter> logger)
{
    /// <summary>Notices written per transaction.</summary>
    public const int ChunkSize = 500;

    /// <summary>Writes the due notices, a chunk per transaction; returns how many were due (already written ones included).</summary>
    public async Task<int> WriteDueAsync(IEnumerable<Notice> notices, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(notices);
        var now = time.GetUtcNow();
        var due = notices.Where(n => n.SendAt <= now && now < n.ExpiresAt).Select(n => n.ToOutgoing()).ToList();
        foreach (var chunk in due.Chunk(ChunkSize))
            await outbox.EnqueueManyAsync(chunk, cancellationToken).ConfigureAwait(false);
        if (due.Count > 0) LogWritten(logger, due.Count);
        return due.Count;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "{Count} scheduled SMS due: written to the outbox (each once)")]
    private static partial void LogWritten(ILogger logger, int count);
}
