using System.Globalization;
using UssdGateway.Core.Programme;

namespace UssdGateway.Core.Sms.Handling;

/// <summary>
/// <c>VENTE</c> and <c>CORRIGER</c>: a leader's figure for a month (the current or the last one), through
/// <see cref="ICooperativeRepository.ReportSalesAsync"/> as on the USSD menu. A month already reported is replaced and the
/// old figure kept as history; the reply reads back the figure (and the old one). A number leading no cooperative is
/// politely refused; a leader of several is asked which (by its number in the list).
/// </summary>
internal sealed class SmsSalesReports(ICooperativeRepository cooperatives)
{
    public async Task<SmsHandling> HandleAsync(SmsReply reply, SmsCommand command, SalesMonth current, CancellationToken cancellationToken)
    {
        var message = reply.Message;
        var verb = command.Kind == SmsCommandKind.Correct ? "correct" : "sales";
        var led = await cooperatives.GetLedByPhoneAsync(message.FromE164, cancellationToken).ConfigureAwait(false);
        if (led.Count == 0)
        {
            await reply.SendAsync("sales_not_leader", null, cancellationToken).ConfigureAwait(false);
            return SmsHandling.Done(verb + ": not a leader");
        }

        var (cooperative, amount) = Choose(led, command);
        if (cooperative is null)
        {
            if (led.Count == 1)
            {
                await reply.SendAsync(verb == "correct" ? "correct_usage" : "sales_usage", null, cancellationToken).ConfigureAwait(false);
                return SmsHandling.Done(verb + ": amount not read");
            }
            var list = string.Join(", ", led.Select((c, i) => (i + 1).ToString(CultureInfo.InvariantCulture) + ". " + c.Name));
            await reply.SendAsync("sales_choose", new Dictionary<string, string> { ["cooperatives"] = list }, cancellationToken).ConfigureAwait(false);
            return SmsHandling.Done(verb + ": several cooperatives, asked which");
        }

        var month = command.Month ?? current.Previous();
        var values = new Dictionary<string, string>
        {
            ["cooperative"] = cooperative.Name,
            ["month"] = SmsKeywordHandler.Label(month),
            ["amount"] = Xof.Format(amount),
            ["current"] = SmsKeywordHandler.Label(current),
            ["previous_month"] = SmsKeywordHandler.Label(current.Previous()),
        };
        if (month > current || month < current.Previous())
        {
            await reply.SendAsync("sales_month_refused", values, cancellationToken).ConfigureAwait(false);
            return SmsHandling.Done($"{verb}: month {month} refused");
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
        await reply.SendAsync(key, values, cancellationToken).ConfigureAwait(false);
        return SmsHandling.Done(string.Create(CultureInfo.InvariantCulture, $"{verb}: {outcome} {month} cooperative {cooperative.Id} {amount} XOF"));
    }

    /// <summary>
    /// The cooperative and amount meant: a leader of one takes the whole figure (or <c>1 &lt;amount&gt;</c>); a leader of
    /// several must name one by its number in the list.
    /// </summary>
    private static (Cooperative? Cooperative, long Amount) Choose(IReadOnlyList<Cooperative> led, SmsCommand command)
    {
        if (led.Count > 1)
        {
            return command.Choice is { } n && n <= led.Count && command.ChoiceAmount is { } chosen
                ? (led[n - 1], chosen)
                : (null, 0);
        }
        if (command.Amount is { } whole) return (led[0], whole);
        if (command is { Choice: 1, ChoiceAmount: { } first }) return (led[0], first);
        return (null, 0);
    }
}
