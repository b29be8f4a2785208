using System.Globalization;
using UssdGateway.Core.Programme;
using UssdGateway.Core.Programme.Actions;

namespace UssdGateway.Core.Sms.Handling;

/// <summary>
/// <c>SOLDE &lt;PIN&gt;</c>: the sender's loan balance, after the PIN check of the USSD menu (<see cref="IPinRepository.VerifyAsync"/>:
/// wrong tries counted, locked for the Bamako day after the last) and the same reading of the loans (<see cref="LoanDetails"/>).
/// The PIN is never put in a reply or an outcome. A number shared by several registered people is sent to the menu, which
/// asks who is calling: a PIN tried against each of them would count wrong tries against the others.
/// </summary>
internal sealed class SmsLoanBalance(IBeneficiaryRepository beneficiaries, IPinRepository pins, ILoanRepository loans)
{
    public async Task<SmsHandling> HandleAsync(SmsReply reply, SmsCommand command, CancellationToken cancellationToken)
    {
        var message = reply.Message;
        var people = await beneficiaries.FindByPhoneAsync(message.FromE164, cancellationToken).ConfigureAwait(false);
        if (people.Count == 0) return await SendAsync(reply, "balance_not_registered", null, "not registered", cancellationToken).ConfigureAwait(false);
        if (people.Count > 1) return await SendAsync(reply, "balance_shared_phone", null, "number shared, sent to the menu", cancellationToken).ConfigureAwait(false);

        var youth = people[0];
        var check = await pins.VerifyAsync(youth.Id, command.Argument ?? "", ProgrammeActor.Sms(message.FromE164, message.IsTest), cancellationToken)
            .ConfigureAwait(false);
        var attempts = new Dictionary<string, string> { ["attempts"] = check.RemainingAttempts.ToString(CultureInfo.InvariantCulture) };
        switch (check.Outcome)
        {
            case PinCheckOutcome.Wrong:
                return await SendAsync(reply, "balance_wrong_pin", attempts, "wrong PIN, " + attempts["attempts"] + " tries left", cancellationToken).ConfigureAwait(false);
            case PinCheckOutcome.Locked:
                return await SendAsync(reply, "balance_locked", null, "PIN locked", cancellationToken).ConfigureAwait(false);
            case PinCheckOutcome.NotSet:
                return await SendAsync(reply, "balance_pin_not_set", null, "no PIN set", cancellationToken).ConfigureAwait(false);
        }

        var details = await LoanDetails.ReadAsync(loans, youth.Id, new Dictionary<string, string>(), cancellationToken).ConfigureAwait(false);
        var (key, outcome) = details.Outcome switch
        {
            LoanDetails.NoLoan => ("balance_no_loan", "no loan"),
            LoanDetails.Repaid => ("balance_repaid", "repaid"),
            LoanDetails.Overdue => ("balance_overdue", "overdue"),
            _ => ("balance", "sent"),
        };
        return await SendAsync(reply, key, details.Vars, "balance " + outcome, cancellationToken).ConfigureAwait(false);
    }

    private static async Task<SmsHandling> SendAsync(
        SmsReply reply, string key, IReadOnlyDictionary<string, string>? values, string outcome, CancellationToken cancellationToken)
    {
        await reply.SendAsync(key, values, cancellationToken).ConfigureAwait(false);
        return SmsHandling.Done("balance: " + outcome);
    }
}
