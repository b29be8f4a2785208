using System.Globalization;
using UssdGateway.Core.Engine;
using UssdGateway.Core.Sms;

namespace UssdGateway.Core.Programme.Actions;

/// <summary>
/// <c>register_beneficiary</c>: writes the youth from the answers <c>full_name</c>, <c>gender</c>,
/// <c>birth_year</c>, <c>commune</c>, <c>region</c>, <c>sector</c>, after <c>consent</c> = <c>yes</c>.
/// Outcomes: <c>success</c>, <c>already_registered</c>, <c>number_full</c>, <c>failure</c> (answers missing).
/// A new registration queues the confirmation SMS <c>confirm_registration</c> (key <c>confirm:registration:{id}</c>).
/// </summary>
public sealed class RegisterBeneficiaryAction(IBeneficiaryRepository beneficiaries, IConfirmationSms confirmations) : IMenuAction, IDeclaresVariables
{
    public const string AlreadyRegistered = "already_registered";
    public const string NumberFull = "number_full";

    public string Name => "register_beneficiary";

    public IReadOnlyCollection<string> SetsVariables { get; } = ["beneficiary_id"];

    public async Task<ActionResult> RunAsync(ActionContext context, CancellationToken cancellationToken)
    {
        if (context.Var("consent") != "yes"
            || context.Var("full_name") is not { Length: > 0 } name
            || context.Var("gender") is not { Length: > 0 } gender
            || !int.TryParse(context.Var("birth_year"), NumberStyles.None, CultureInfo.InvariantCulture, out var birthYear)
            || context.Var("commune") is not { Length: > 0 } commune
            || context.Var("region") is not { Length: > 0 } region
            || context.Var("sector") is not { Length: > 0 } sector)
        {
            return ActionResult.Failure;
        }

        var registration = new BeneficiaryRegistration(
            context.Phone, PersonName.Clean(name), gender, birthYear, commune, region, sector, context.Language,
            context.Now, context.Menu.Id + "@" + context.Menu.Version, "ussd", context.Session.SessionId, context.IsTest);
        var result = await beneficiaries.RegisterAsync(registration, cancellationToken);
        var id = result.BeneficiaryId.ToString(CultureInfo.InvariantCulture);
        var vars = new Dictionary<string, string> { ["beneficiary_id"] = id };
        if (result.Outcome == RegistrationOutcome.Registered)
        {
            await confirmations.QueueAsync(new SmsConfirmation(
                ConfirmationSms.RegistrationTemplate, context.Phone, context.Language, "confirm:registration:" + id,
                new Dictionary<string, string> { ["name"] = registration.FullName, ["beneficiary_id"] = id }, context.IsTest), cancellationToken);
        }
        return result.Outcome switch
        {
            RegistrationOutcome.Registered => ActionResult.Success(vars),
            RegistrationOutcome.AlreadyRegistered => new ActionResult(AlreadyRegistered, vars),
            _ => new ActionResult(NumberFull, vars),
        };
    }
}
