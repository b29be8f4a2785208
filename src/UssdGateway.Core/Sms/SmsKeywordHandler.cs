using System.Globalization;
using UssdGateway.Core.Programme;
using UssdGateway.Core.Sms.Handling;

namespace UssdGateway.Core.Sms;

/// <summary>
/// Acts on an inbound SMS as <see cref="SmsKeywordRouter"/> reads it (keywords from <c>sms.yaml</c>) and queues the reply
/// (essential: a reply to the sender) from <c>sms.yaml</c>, in the language the number chose on the USSD menu
/// (<see cref="ICallerPreferences"/>), else the language of the keyword used, else French.
/// Safe to run twice on one message: replies are keyed by the inbox id; opt-outs, registrations and sales reports are
/// idempotent. A <c>SOLDE</c> message is stored with its digits masked once processed.
/// </summary>
public sealed class SmsKeywordHandler
{
    public const string DefaultLanguage = "fr";

    /// <summary>Idempotency keys of help replies start with this (the throttle looks for them).</summary>
    public const string HelpKeyPrefix = "sms-help:";

    /// <summary>Help replies a number gets at most per this period.</summary>
    public static readonly TimeSpan HelpPeriod = TimeSpan.FromHours(1);

    private readonly ISmsOutbox _outbox;
    private readonly ISmsOptOuts _optOuts;
    private readonly ISmsHelpThrottle _helpThrottle;
    private readonly ICallerPreferences _preferences;
    private readonly SmsTemplates _templates;
    private readonly TimeProvider _time;
    private readonly SmsKeywordRouter _router;
    private readonly SmsSalesReports _sales;
    private readonly SmsRegistration _registration;
    private readonly SmsLoanBalance _balance;

    public SmsKeywordHandler(
        ISmsOutbox outbox,
        ISmsOptOuts optOuts,
        ISmsHelpThrottle helpThrottle,
        ICallerPreferences preferences,
        ICooperativeRepository cooperatives,
        IBeneficiaryRepository beneficiaries,
        IPinRepository pins,
        ILoanRepository loans,
        SmsTemplates templates,
        TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(templates);
        _outbox = outbox;
        _optOuts = optOuts;
        _helpThrottle = helpThrottle;
        _preferences = preferences;
        _templates = templates;
        _time = time;
        _router = new SmsKeywordRouter(templates.Keywords);
        _sales = new SmsSalesReports(cooperatives);
        _registration = new SmsRegistration(beneficiaries, time);
        _balance = new SmsLoanBalance(beneficiaries, pins, loans);
    }

    public async Task<SmsHandling> HandleAsync(InboxMessage message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        var current = SalesMonth.Current(_time);
        var command = _router.Parse(message.Text, current);
        var chosen = await _preferences.GetLanguageAsync(message.FromE164, cancellationToken).ConfigureAwait(false);
        var language = chosen ?? command.Language ?? DefaultLanguage;
        var reply = new SmsReply(_outbox, _templates, message, language);
        switch (command.Kind)
        {
            case SmsCommandKind.Stop:
                await _optOuts.OptOutAsync(message.FromE164, "keyword", message.IsTest, cancellationToken).ConfigureAwait(false);
                return await ReplyAsync(reply, "stopped", "stop: opted out", cancellationToken).ConfigureAwait(false);
            case SmsCommandKind.Start:
                await _optOuts.OptInAsync(message.FromE164, cancellationToken).ConfigureAwait(false);
                return await ReplyAsync(reply, "started", "start: opted in", cancellationToken).ConfigureAwait(false);
            case SmsCommandKind.Help:
                return await HelpAsync(message, language, "help", cancellationToken).ConfigureAwait(false);
            case SmsCommandKind.Sales or SmsCommandKind.Correct:
                return await _sales.HandleAsync(reply, command, current, cancellationToken).ConfigureAwait(false);
            case SmsCommandKind.SalesUsage:
                return await ReplyAsync(reply, "sales_usage", "sales: amount not read", cancellationToken).ConfigureAwait(false);
            case SmsCommandKind.CorrectUsage:
                return await ReplyAsync(reply, "correct_usage", "correct: amount not read", cancellationToken).ConfigureAwait(false);
            case SmsCommandKind.Register:
                return await _registration.HandleAsync(reply, command, cancellationToken).ConfigureAwait(false);
            case SmsCommandKind.RegisterUsage:
                return await ReplyAsync(reply, "register_usage", "register: name not read", cancellationToken).ConfigureAwait(false);
            case SmsCommandKind.Balance:
                return await _balance.HandleAsync(reply, command, cancellationToken).ConfigureAwait(false) with { RedactedText = MaskDigits(message.Text) };
            case SmsCommandKind.BalanceUsage:
                return await ReplyAsync(reply, "balance_usage", "balance: PIN not read", cancellationToken).ConfigureAwait(false)
                    with { RedactedText = MaskDigits(message.Text) };
            default:
                if (await _optOuts.IsOptedOutAsync(message.FromE164, cancellationToken).ConfigureAwait(false))
                    return SmsHandling.Ignored("no keyword; number opted out: no help sent");
                return await HelpAsync(message, language, "no keyword", cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>As the menus show a month: <c>11/2026</c>.</summary>
    public static string Label(SalesMonth month) => string.Create(CultureInfo.InvariantCulture, $"{month.Month:D2}/{month.Year}");

    /// <summary>The text with every digit replaced by <c>*</c> (a PIN is never kept in the inbox).</summary>
    public static string MaskDigits(string text) =>
        string.Create(text.Length, text, static (span, source) =>
        {
            for (var i = 0; i < source.Length; i++) span[i] = char.IsAsciiDigit(source[i]) ? '*' : source[i];
        });

    private async Task<SmsHandling> HelpAsync(InboxMessage message, string language, string why, CancellationToken cancellationToken)
    {
        var since = _time.GetUtcNow() - HelpPeriod;
        if (await _helpThrottle.HelpSentSinceAsync(message.FromE164, since, cancellationToken).ConfigureAwait(false))
            return SmsHandling.Ignored(why + ": help already sent within the hour");
        var text = _templates.Render("help", language);
        await _outbox.EnqueueAsync(new OutgoingSms(message.FromE164, text, HelpKeyPrefix + message.Id.ToString(CultureInfo.InvariantCulture), message.IsTest,
            SmsKind.Essential),
            cancellationToken).ConfigureAwait(false);
        return SmsHandling.Done(why + ": help sent");
    }

    private static async Task<SmsHandling> ReplyAsync(SmsReply reply, string key, string outcome, CancellationToken cancellationToken)
    {
        await reply.SendAsync(key, null, cancellationToken).ConfigureAwait(false);
        return SmsHandling.Done(outcome);
    }
}
