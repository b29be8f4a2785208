using System.Globalization;
using UssdGateway.Core.Programme;

namespace UssdGateway.Core.Sms;

/// <summary>
/// Acts on an inbound SMS as <see cref="SmsKeywordRouter"/> reads it and queues the reply (essential: a reply to the
/// sender) in the sender's language (<see cref="ICallerPreferences"/>, French by default), texts from <c>sms.yaml</c>.
/// Safe to run twice on one message: replies are keyed by the inbox id, opt-outs and sales reports are idempotent.
/// </summary>
public sealed class SmsKeywordHandler(
    ISmsOutbox outbox,
    ISmsOptOuts optOuts,
    ISmsHelpThrottle helpThrottle,
    ICallerPreferences preferences,
    ICooperativeRepository cooperatives,
    SmsTemplates templates,
    TimeProvider time)
{
    public const string DefaultLanguage = "fr";

    /// <summary>Idempotency keys of help replies start with this (the throttle looks for them).</summary>
    public const string HelpKeyPrefix = "sms-help:";

    /// <summary>Help replies a number gets at most per this period.</summary>
    public static readonly TimeSpan HelpPeriod = TimeSpan.FromHours(1);

    public async Task<SmsHandling> HandleAsync(InboxMessage message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        var command = SmsKeywordRouter.Parse(message.Text);
        var language = await preferences.GetLanguageAsync(message.FromE164, cancellationToken).ConfigureAwait(false) ?? DefaultLanguage;
        switch (command.Kind)
        {
            case SmsCommandKind.Stop:
                await optOuts.OptOutAsync(message.FromE164, "keyword", message.IsTest, cancellationToken).ConfigureAwait(false);
                await ReplyAsync(message, "stopped", language, null, cancellationToken).ConfigureAwait(false);
                return SmsHandling.Done("stop: opted out");
            case SmsCommandKind.Start:
                await optOuts.OptInAsync(message.FromE164, cancellationToken).ConfigureAwait(false);
                await ReplyAsync(message, "started", language, null, cancellationToken).ConfigureAwait(false);
                return SmsHandling.Done("start: opted in");
            case SmsCommandKind.Help:
                return await HelpAsync(message, language, "help", cancellationToken).ConfigureAwait(false);
            case SmsCommandKind.SalesUsage:
                await ReplyAsync(message, "sales_usage", language, null, cancellationToken).ConfigureAwait(false);
                return SmsHandling.Done("sales: amount not read");
            case SmsCommandKind.Sales:
                return await SalesAsync(message, command, language, cancellationToken).ConfigureAwait(false);
            default:
                if (await optOuts.IsOptedOutAsync(message.FromE164, cancellationToken).ConfigureAwait(false))
                    return SmsHandling.Ignored("no keyword; number opted out: no help sent");
                return await HelpAsync(message, language, "no keyword", cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task<SmsHandling> HelpAsync(InboxMessage message, string language, string why, CancellationToken cancellationToken)
    {
        var since = time.GetUtcNow() - HelpPeriod;
        if (await helpThrottle.HelpSentSinceAsync(message.FromE164, since, cancellationToken).ConfigureAwait(false))
            return SmsHandling.Ignored(why + ": help already sent within the hour");
        var text = templates.Render("help", language);
        await outbox.EnqueueAsync(new OutgoingSms(message.FromE164, text, HelpKeyPrefix + message.Id.ToString(CultureInfo.InvariantCulture), message.IsTest,
            SmsKind.Essential),
            cancellationToken).ConfigureAwait(false);
        return SmsHandling.Done(why + ": help sent");
    }

    private async Task<SmsHandling> SalesAsync(InboxMessage message, SmsCommand command, string language, CancellationToken cancellationToken)
    {
        var led = await cooperatives.GetLedByPhoneAsync(message.FromE164, cancellationToken).ConfigureAwait(false);
        if (led.Count == 0)
        {
            await ReplyAsync(message, "sales_not_leader", language, null, cancellationToken).ConfigureAwait(false);
            return SmsHandling.Done("sales: not a leader");
        }

        Cooperative? cooperative = null;
        long amount = 0;
        if (led.Count > 1)
        {
            if (command.Choice is { } n && n <= led.Count && command.ChoiceAmount is { } chosen)
            {
                cooperative = led[n - 1];
                amount = chosen;
            }
        }
        else if (command.Amount is { } whole)
        {
            cooperative = led[0];
            amount = whole;
        }
        else if (command is { Choice: 1, ChoiceAmount: { } first })
        {
            cooperative = led[0];
            amount = first;
        }
        if (cooperative is null)
        {
            if (led.Count == 1)
            {
                await ReplyAsync(message, "sales_usage", language, null, cancellationToken).ConfigureAwait(false);
                return SmsHandling.Done("sales: amount not read");
            }
            var list = string.Join(", ", led.Select((c, i) => (i + 1).ToString(CultureInfo.InvariantCulture) + ". " + c.Name));
            await ReplyAsync(message, "sales_choose", language, new Dictionary<string, string> { ["cooperatives"] = list }, cancellationToken)
                .ConfigureAwait(false);
            return SmsHandling.Done("sales: several cooperatives, asked which");
        }

        var current = SalesMonth.Current(time);
        var month = command.Month ?? current;
        var values = new Dictionary<string, string>
        {
            ["cooperative"] = cooperative.Name,
            ["month"] = Label(month),
            ["amount"] = Xof.Format(amount),
            ["current"] = Label(current),
            ["previous_month"] = Label(current.Previous()),
        };
        if (month > current || month < current.Previous())
        {
            await ReplyAsync(message, "sales_month_refused", language, values, cancellationToken).ConfigureAwait(false);
            return SmsHandling.Done($"sales: month {month} refused");
        }

        var result = await cooperatives.ReportSalesAsync(cooperative.Id, month, amount, ProgrammeActor.Sms(message.FromE164, message.IsTest), cancellationToken)
            .ConfigureAwait(false);
        var (key, outcome) = result.Outcome switch
        {
            SalesReportOutcome.Recorded => ("sales_recorded", "recorded"),
            SalesReportOutcome.Corrected => ("sales_corrected", "corrected"),
            SalesReportOutcome.Unchanged => ("sales_unchanged", "unchanged"),
            _ => ("sales_not_leader", "not a leader"),
        };
        if (result.Previous is { } previous) values["previous"] = Xof.Format(previous.AmountXof);
        await ReplyAsync(message, key, language, values, cancellationToken).ConfigureAwait(false);
        return SmsHandling.Done(string.Create(CultureInfo.InvariantCulture, $"sales: {outcome} {month} cooperative {cooperative.Id} {amount} XOF"));
    }

    private Task<long> ReplyAsync(InboxMessage message, string key, string language, IReadOnlyDictionary<string, string>? values, CancellationToken cancellationToken) =>
        outbox.EnqueueAsync(new OutgoingSms(message.FromE164, templates.Render(key, language, values),
            "sms-reply:" + message.Id.ToString(CultureInfo.InvariantCulture), message.IsTest, SmsKind.Essential), cancellationToken);

    /// <summary>As the menus show a month: <c>11/2026</c>.</summary>
    public static string Label(SalesMonth month) => string.Create(CultureInfo.InvariantCulture, $"{month.Month:D2}/{month.Year}");
}
