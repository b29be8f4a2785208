using Dapper;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using UssdGateway.Core.Sms;
using UssdGateway.Core.Telemetry;
using UssdGateway.Infrastructure.Data;
using UssdGateway.Infrastructure.Observability;

namespace UssdGateway.Infrastructure.Sms;

/// <summary>
/// Sends what the outbox holds. A batch of due messages is claimed by one UPDATE (queued → sending): of dispatchers
/// running at once, here or in other instances, exactly one wins each message and sends it; the batch is sent
/// <see cref="SmsDispatchOptions.Parallelism"/> at a time (one at a time under a spend cap). Then, by the route's
/// providers in order (unconfigured ones skipped): accepted → sent; refused for good → failed; maybe sent → unknown
/// (never resent blindly); not sent → the next provider, and when none took it, queued again with a doubling delay
/// until <see cref="SmsDispatchOptions.MaxAttempts"/>, then failed. A crash while sending leaves the row
/// <c>sending</c>: nothing is sent twice. The provider is written on the row just before the request goes out, so after
/// <see cref="SmsDispatchOptions.InterruptedAfter"/> such a row is queued again when it was never handed over, and
/// marked <c>unknown</c> for staff when it was (it may have been sent).
/// Messages that are not essential wait out <see cref="SmsQuietHours"/>, are refused to a number that opted out
/// meanwhile, stop at the daily spend cap (staff told) and keep to each provider's rate limit.
/// When the host stops, the message being sent is finished (senders time out on their own) and no other is claimed.
/// </summary>
public sealed partial class SmsDispatcher
{
    private readonly IDbConnectionFactory _connections;
    private readonly IServiceProvider _services;
    private readonly IOptions<SmsOptions> _options;
    private readonly TimeProvider _time;
    private readonly ILogger<SmsDispatcher> _logger;
    private readonly SmsSql _sql;
    private readonly ProviderPacer _pacer;
    private readonly GatewayTelemetry? _telemetry;

    public const string InterruptedReason = "interrupted while sending (the process stopped): it may or may not have been sent";

    public const string RequeuedReason = "interrupted before it was handed to a provider (the process stopped): queued again";

    public SmsDispatcher(
        IDbConnectionFactory connections, IServiceProvider services, IOptions<SmsOptions> options, TimeProvider time, ILogger<SmsDispatcher> logger)
    {
        _connections = connections;
        _services = services;
        _options = options;
        _time = time;
        _logger = logger;
        _sql = SmsSql.For(connections.Dialect);
        _pacer = new ProviderPacer(time);
        _telemetry = services.GetService<GatewayTelemetry>();
    }

    /// <summary>Sends a batch of the messages due now; returns how many this call claimed (0: nothing is due).</summary>
    public async Task<int> DispatchDueAsync(CancellationToken cancellationToken = default)
    {
        var options = _options.Value;
        var now = _time.GetUtcNow();
        var interruptedBefore = DbTimestamp.Write(_connections.Dialect, now - options.Dispatch.InterruptedAfter);
        await ExecuteAsync(_sql.RequeueInterrupted, new { Before = interruptedBefore, Reason = RequeuedReason, Now = Now() }, cancellationToken).ConfigureAwait(false);
        await ExecuteAsync(_sql.MarkInterrupted, new { Before = interruptedBefore, Reason = InterruptedReason, Now = Now() }, cancellationToken).ConfigureAwait(false);
        IReadOnlyList<ClaimedSms> claimed;
        using (await _connections.EnterWriteAsync(cancellationToken).ConfigureAwait(false))
        await using (var connection = await _connections.OpenAsync(cancellationToken).ConfigureAwait(false))
        {
            claimed = (await connection.QueryAsync<ClaimedSms>(new CommandDefinition(_sql.ClaimDue, new
            {
                Now = Now(), Limit = Math.Max(1, options.Dispatch.BatchSize), NonEssentialAllowed = options.QuietHours.IsQuiet(now) ? 0 : 1,
            }, cancellationToken: cancellationToken)).ConfigureAwait(false)).ToList();
        }
        if (claimed.Count == 0) return 0;
        // Resolved per run: the typed HttpClients behind the senders come fresh from the factory (handlers rotate).
        var senders = _services.GetServices<ISmsSender>().ToDictionary(s => s.Provider, StringComparer.OrdinalIgnoreCase);
        // With a spend cap, one at a time: each message sees the spend of the one before it.
        var parallelism = options.DailySpendCapXof > 0 ? 1 : Math.Max(1, options.Dispatch.Parallelism);
        await Parallel.ForEachAsync(claimed, new ParallelOptions { MaxDegreeOfParallelism = parallelism }, async (message, _) =>
        {
            if (cancellationToken.IsCancellationRequested)
            {
                // stopping: a claimed message not yet handed to a provider goes back to the queue for the next run
                await ExecuteAsync(_sql.Release, new { message.Id, Now = Now() }, CancellationToken.None).ConfigureAwait(false);
                return;
            }
            await SendAsync(message, senders, options, CancellationToken.None).ConfigureAwait(false); // a message in hand is finished
        }).ConfigureAwait(false);
        return claimed.Count;
    }

    private async Task SendAsync(ClaimedSms message, Dictionary<string, ISmsSender> senders, SmsOptions options, CancellationToken cancellationToken)
    {
        var skipped = "";
        // Test traffic (simulator, IsTest records) is recorded like any other but never reaches a real provider.
        var route = message.IsTest != 0 && senders.TryGetValue(LogSmsSender.Name, out var log)
            ? [log]
            : Route(message.Recipient, senders, options, out skipped);
        if (route.Count == 0)
        {
            await FinishAsync(message.Id, SmsStatus.Failed, null, "no configured provider for " + message.Recipient + skipped, cancellationToken).ConfigureAwait(false);
            return;
        }
        if (!message.IsEssential && await _services.GetRequiredService<ISmsOptOuts>().IsOptedOutAsync(message.Recipient, cancellationToken).ConfigureAwait(false))
        {
            await FinishAsync(message.Id, SmsStatus.Failed, null, ISmsOutbox.OptedOutReason, cancellationToken).ConfigureAwait(false);
            return; // STOP arrived after it was queued
        }
        if (!message.IsEssential && await OverSpendCapAsync(message, route[0].Provider, options, cancellationToken).ConfigureAwait(false)) return;
        var reasons = new List<string>();
        foreach (var sender in route)
        {
            SmsSendResult result;
            await _pacer.WaitTurnAsync(sender.Provider, options.RateLimits.GetValueOrDefault(sender.Provider), cancellationToken).ConfigureAwait(false);
            // Written before the request: a row left 'sending' without a provider was never handed over (queued again later).
            await ExecuteAsync(_sql.MarkHandedOver, new { message.Id, sender.Provider, Now = Now() }, cancellationToken).ConfigureAwait(false);
            using var activity = SmsSendTelemetry.Start(sender.Provider, message.Id);
            try
            {
                result = await sender.SendAsync(message.Recipient, message.Text, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                result = SmsSendResult.Unknown("sender failed: " + e.Message); // it may have sent: not resent blindly
            }
            SmsSendTelemetry.Finish(_telemetry, activity, sender.Provider, result);
            switch (result.Outcome)
            {
                case SmsSendOutcome.Accepted:
                    await ExecuteAsync(_sql.MarkSent, new
                    {
                        message.Id, sender.Provider, result.ProviderMessageId, CostXof = options.CostOf(sender.Provider, (int)message.Segments), Now = Now(),
                    }, cancellationToken).ConfigureAwait(false);
                    return;
                case SmsSendOutcome.Permanent:
                    if (result.RecipientOptedOut)
                        await _services.GetRequiredService<ISmsOptOuts>().OptOutAsync(message.Recipient, sender.Provider + "-opted-out", cancellationToken: CancellationToken.None).ConfigureAwait(false);
                    await FinishAsync(message.Id, SmsStatus.Failed, sender.Provider, result.Reason, cancellationToken).ConfigureAwait(false);
                    return;
                case SmsSendOutcome.Unknown:
                    LogUnknown(_logger, message.Id, sender.Provider, result.Reason);
                    await FinishAsync(message.Id, SmsStatus.Unknown, sender.Provider, result.Reason, cancellationToken).ConfigureAwait(false);
                    return;
                default:
                    reasons.Add($"{sender.Provider}: {result.Reason}");
                    break; // known not sent: the next provider
            }
        }
        var reason = string.Join("; ", reasons);
        if (message.Attempts >= options.Dispatch.MaxAttempts)
        {
            await FinishAsync(message.Id, SmsStatus.Failed, null, $"not sent after {message.Attempts} attempts: {reason}", cancellationToken).ConfigureAwait(false);
            return;
        }
        var delay = RetryDelay(options.Dispatch, (int)message.Attempts);
        await ExecuteAsync(_sql.Requeue, new
        {
            message.Id, NextAttemptAt = DbTimestamp.Write(_connections.Dialect, _time.GetUtcNow() + delay), Reason = Clip(reason), Now = Now(),
        }, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// With <see cref="SmsOptions.DailySpendCapXof"/> set, a message that is not essential and would take the day's spend
    /// (UTC, Bamako's day) past it waits for the next day (queued again, the attempt not counted), and staff are told once
    /// that day (<see cref="SmsOptions.StaffAlertNumbers"/>, essential SMS; and a warning in the log). Essential messages
    /// (replies, confirmations) are always sent. Dispatchers running at once may pass the cap by a message or two.
    /// </summary>
    private async Task<bool> OverSpendCapAsync(ClaimedSms message, string provider, SmsOptions options, CancellationToken cancellationToken)
    {
        if (options.DailySpendCapXof <= 0) return false;
        var now = _time.GetUtcNow();
        var dayStart = new DateTimeOffset(now.UtcDateTime.Date, TimeSpan.Zero);
        decimal spent;
        await using (var connection = await _connections.OpenAsync(cancellationToken).ConfigureAwait(false))
        {
            spent = await connection.ExecuteScalarAsync<decimal>(new CommandDefinition(_sql.SpentSince,
                new { Since = DbTimestamp.Write(_connections.Dialect, dayStart) }, cancellationToken: cancellationToken)).ConfigureAwait(false);
        }
        if (spent + (options.CostOf(provider, (int)message.Segments) ?? 0) <= options.DailySpendCapXof) return false;
        await ExecuteAsync(_sql.Defer, new
        {
            message.Id,
            NextAttemptAt = DbTimestamp.Write(_connections.Dialect, dayStart.AddDays(1)),
            Reason = $"daily spend cap of {options.DailySpendCapXof.ToString(System.Globalization.CultureInfo.InvariantCulture)} XOF reached",
            Now = Now(),
        }, cancellationToken).ConfigureAwait(false);
        await TellStaffSpendCapReachedAsync(options, spent, dayStart, cancellationToken).ConfigureAwait(false);
        return true;
    }

    private async Task TellStaffSpendCapReachedAsync(SmsOptions options, decimal spent, DateTimeOffset dayStart, CancellationToken cancellationToken)
    {
        var day = dayStart.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var cap = Core.Programme.Xof.Format((long)options.DailySpendCapXof);
        LogSpendCap(_logger, day, options.DailySpendCapXof, spent);
        var outbox = _services.GetRequiredService<ISmsOutbox>();
        foreach (var number in options.StaffAlertNumbers.Where(n => !string.IsNullOrWhiteSpace(n)))
        {
            var text = $"UssdGateway: plafond SMS du jour atteint ({cap}). Les rappels et annonces attendent demain; les confirmations partent toujours.";
            await outbox.EnqueueAsync(new OutgoingSms(number.Trim(), text, $"staff-alert:spend-cap:{day}:{number.Trim()}", Kind: SmsKind.Essential),
                cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>The first retry after <see cref="SmsDispatchOptions.RetryDelay"/>, each next one twice as late, at most <see cref="SmsDispatchOptions.MaxRetryDelay"/>.</summary>
    public static TimeSpan RetryDelay(SmsDispatchOptions options, int attempts)
    {
        var factor = Math.Pow(2, Math.Clamp(attempts - 1, 0, 30));
        var delay = TimeSpan.FromTicks((long)Math.Min(options.RetryDelay.Ticks * factor, options.MaxRetryDelay.Ticks));
        return delay < TimeSpan.Zero ? TimeSpan.Zero : delay;
    }

    private static List<ISmsSender> Route(string recipient, Dictionary<string, ISmsSender> senders, SmsOptions options, out string skipped)
    {
        var names = options.RouteFor(recipient);
        if (names.Count == 0)
        {
            // No route: every configured real provider in a fixed order, else the log provider (the embedded default).
            names = senders.Values.Where(s => s.IsConfigured && s.Provider != LogSmsSender.Name).Select(s => s.Provider).Order(StringComparer.Ordinal).ToList();
            if (names.Count == 0) names = [LogSmsSender.Name];
        }
        var notConfigured = names.Where(n => !senders.TryGetValue(n, out var s) || !s.IsConfigured).ToList();
        skipped = notConfigured.Count == 0 ? "" : " (" + string.Join(", ", notConfigured) + " not configured)";
        return names.Where(n => senders.TryGetValue(n, out var s) && s.IsConfigured).Select(n => senders[n]).ToList();
    }

    private Task FinishAsync(long id, SmsStatus status, string? provider, string? reason, CancellationToken cancellationToken) =>
        ExecuteAsync(_sql.MarkFinal, new { Id = id, Status = SmsStatusText.Of(status), Provider = provider, Reason = Clip(reason), Now = Now() }, cancellationToken);

    private async Task ExecuteAsync(string sql, object parameters, CancellationToken cancellationToken)
    {
        // The outcome is recorded even when the host is stopping: the provider has answered.
        _ = cancellationToken;
        using var write = await _connections.EnterWriteAsync(CancellationToken.None).ConfigureAwait(false);
        await using var connection = await _connections.OpenAsync(CancellationToken.None).ConfigureAwait(false);
        await connection.ExecuteAsync(new CommandDefinition(sql, parameters)).ConfigureAwait(false);
    }

    private object Now() => DbTimestamp.Write(_connections.Dialect, _time.GetUtcNow());

    private static string? Clip(string? reason) => reason is null ? null : DbText.Clip(reason, 500);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Daily SMS spend cap reached on {Day}: {Cap} XOF (spent {Spent}); reminders and broadcasts wait for tomorrow")]
    private static partial void LogSpendCap(ILogger logger, string day, decimal cap, decimal spent);

    [LoggerMessage(Level = LogLevel.Warning, Message = "SMS {Id} through {Provider} may or may not have been sent ({Reason}): marked unknown, not resent")]
    private static partial void LogUnknown(ILogger logger, long id, string provider, string? reason);
}
