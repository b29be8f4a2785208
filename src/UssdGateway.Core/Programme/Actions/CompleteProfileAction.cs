using System.Globalization;
using UssdGateway.Core.Engine;

namespace UssdGateway.Core.Programme.Actions;

/// <summary>
/// <c>complete_profile</c>: saves the answers <c>gender</c>, <c>birth_year</c>, <c>commune</c>, <c>region</c>,
/// <c>sector</c> (those given) on the calling youth's registration, writing only the fields still not given.
/// Outcomes: <c>success</c> (written, or nothing left to write), <c>not_registered</c>, <c>failure</c> (no answer at all).
/// </summary>
public sealed class CompleteProfileAction(IBeneficiaryRepository beneficiaries) : IMenuAction
{
    public const string NotRegistered = "not_registered";

    public string Name => "complete_profile";

    public async Task<ActionResult> RunAsync(ActionContext context, CancellationToken cancellationToken)
    {
        var completion = new ProfileCompletion(
            Given(context, ProfileCompletion.GenderField),
            int.TryParse(context.Var(ProfileCompletion.BirthYearField), NumberStyles.None, CultureInfo.InvariantCulture, out var year) ? year : null,
            Given(context, ProfileCompletion.CommuneField),
            Given(context, ProfileCompletion.RegionField),
            Given(context, ProfileCompletion.SectorField));
        if (completion is { Gender: null, BirthYear: null, Commune: null, RegionOfOrigin: null, Sector: null }) return ActionResult.Failure;
        if (await CallerLookup.FindAsync(beneficiaries, context, cancellationToken) is not { } youth) return new ActionResult(NotRegistered);

        var result = await beneficiaries.CompleteProfileAsync(youth.Id, completion, ProgrammeActor.Ussd(context.Phone, context.IsTest), cancellationToken);
        return result.Outcome == ProfileCompletionOutcome.BeneficiaryNotFound ? new ActionResult(NotRegistered) : ActionResult.Success();
    }

    private static string? Given(ActionContext context, string name) => context.Var(name) is { Length: > 0 } value ? value : null;
}
