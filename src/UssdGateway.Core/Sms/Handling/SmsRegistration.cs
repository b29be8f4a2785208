using System.Globalization;
using UssdGateway.Core.Programme;

namespace UssdGateway.Core.Sms.Handling;

/// <summary>
/// <c>INSCRIPTION &lt;name&gt;</c>: registers the sender's number with that name through
/// <see cref="IBeneficiaryRepository.RegisterAsync"/>, the USSD menu's code path and duplicate rules (same number and name:
/// already registered; at most <see cref="IBeneficiaryRepository.MaxPeoplePerPhone"/> people per number). The profile's other
/// fields are stored as <see cref="BeneficiaryRegistration.NotGiven"/> until completed; the registration is written before
/// the reply, which invites the person to dial the short code.
/// </summary>
internal sealed class SmsRegistration(IBeneficiaryRepository beneficiaries, TimeProvider time)
{
    /// <summary>The consent version of a registration by SMS: the person sent the keyword and their name themselves.</summary>
    public const string ConsentVersion = "sms-inscription";

    /// <summary>The registration an <c>INSCRIPTION name</c> writes: the name only, every other profile field not given.</summary>
    public static BeneficiaryRegistration NameOnly(string phone, string name, string language, DateTimeOffset at, bool isTest) => new(
        phone, name, BeneficiaryRegistration.NotGiven, BeneficiaryRegistration.BirthYearNotGiven,
        BeneficiaryRegistration.NotGiven, BeneficiaryRegistration.NotGiven, BeneficiaryRegistration.NotGiven,
        language, at, ConsentVersion, "sms", null, isTest);

    public async Task<SmsHandling> HandleAsync(SmsReply reply, SmsCommand command, CancellationToken cancellationToken)
    {
        var message = reply.Message;
        var name = command.Argument ?? "";
        var registration = NameOnly(message.FromE164, name, reply.Language, time.GetUtcNow(), message.IsTest);
        var result = await beneficiaries.RegisterAsync(registration, cancellationToken).ConfigureAwait(false);
        var id = result.BeneficiaryId.ToString(CultureInfo.InvariantCulture);
        var values = new Dictionary<string, string> { ["name"] = name, ["beneficiary_id"] = id };
        var (key, outcome) = result.Outcome switch
        {
            RegistrationOutcome.Registered => ("register_done", "registered"),
            RegistrationOutcome.AlreadyRegistered => ("register_already", "already registered"),
            _ => ("register_number_full", "number full"),
        };
        await reply.SendAsync(key, values, cancellationToken).ConfigureAwait(false);
        return SmsHandling.Done($"register: {outcome}" + (result.BeneficiaryId > 0 ? " beneficiary " + id : ""));
    }
}
