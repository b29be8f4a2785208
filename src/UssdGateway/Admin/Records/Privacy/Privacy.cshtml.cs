using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using UssdGateway.Api.Records;
using UssdGateway.Core.Programme;

namespace UssdGateway.Admin.Records.Privacy;

/// <summary>
/// <c>/admin/privacy</c>: deletion and consent-withdrawal requests made by USSD or SMS. Pending ones oldest first, with
/// the people concerned and a warning when a loan is not repaid; staff erase the data (after ticking the confirmation)
/// or refuse with a reason; viewers read. Handled ones below, most recent first.
/// </summary>
public sealed class PrivacyModel(IDeletionRequests requests, PrivacyHandling handling) : RecordsPageModel
{
    public IReadOnlyList<PrivacySubject> Pending { get; private set; } = [];

    public IReadOnlyList<PrivacyRequest> Handled { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostEraseAsync(long requestId, bool confirm, CancellationToken cancellationToken)
    {
        if (StaffOnly() is { } forbidden) return forbidden;
        if (!confirm) Refused("Cochez la case de confirmation pour effacer les données : l'effacement est définitif.");
        else
        {
            var decision = await handling.EraseAsync(requestId, Actor, cancellationToken);
            switch (decision.Outcome)
            {
                case PrivacyDecisionOutcome.Handled:
                    Done($"Données effacées ({decision.PeopleErased} personne(s)){(decision.ErasedNumber is null ? "" : ", numéro et SMS compris")}.");
                    break;
                case PrivacyDecisionOutcome.OutstandingLoan:
                    Refused($"Effacement impossible : un prêt n'est pas remboursé (reste {Xof(decision.OutstandingXof)} F CFA). "
                        + "Les données financières doivent être gardées : refusez la demande en donnant ce motif.");
                    break;
                default: Refused("Cette demande est inconnue ou déjà traitée."); break;
            }
        }
        await LoadAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostRefuseAsync(long requestId, string? reason, CancellationToken cancellationToken)
    {
        if (StaffOnly() is { } forbidden) return forbidden;
        var decision = await handling.RefuseAsync(requestId, reason, Actor, cancellationToken);
        switch (decision.Outcome)
        {
            case PrivacyDecisionOutcome.Handled: Done("Demande refusée ; le motif est gardé."); break;
            case PrivacyDecisionOutcome.ReasonRequired: Refused("Donnez le motif du refus."); break;
            default: Refused("Cette demande est inconnue ou déjà traitée."); break;
        }
        await LoadAsync(cancellationToken);
        return Page();
    }

    public static string Xof(long amount) => amount.ToString("N0", CultureInfo.GetCultureInfo("fr-FR"));

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        var pending = new List<PrivacySubject>();
        foreach (var request in await requests.GetPendingAsync(200, cancellationToken))
            if (await requests.GetSubjectAsync(request.Id, cancellationToken) is { } subject) pending.Add(subject);
        Pending = pending;
        Handled = await requests.GetHandledAsync(50, cancellationToken);
    }
}
