using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using UssdGateway.Api.Records;
using UssdGateway.Core.Phones;
using UssdGateway.Core.Programme;
using UssdGateway.Infrastructure.Records;

namespace UssdGateway.Admin.Records.Loans;

/// <summary>
/// <c>/admin/loans</c>: every loan with its schedule and where it stands today; staff record a loan (to a youth found by
/// phone number, or to a cooperative, with an equal monthly schedule) and a repayment (idempotent by reference).
/// </summary>
public sealed class LoansModel(ProgrammeRecords records, ILoanRepository loans, IBeneficiaryRepository beneficiaries, TimeProvider time) : RecordsPageModel
{

    [BindProperty(Name = "page", SupportsGet = true)]
    public int PageNumber { get; set; } = 1;

    public RecordsList<LoanSummary> List { get; private set; } = new([], 1, RecordsPage.DefaultSize, false);

    /// <summary>The cooperatives a loan may go to.</summary>
    public IReadOnlyList<CooperativeRecord> Cooperatives { get; private set; } = [];

    /// <summary>The people registered on the number typed, when several share it (staff then choose one).</summary>
    public IReadOnlyList<Beneficiary> Household { get; private set; } = [];

    public LoanDraft Draft { get; private set; } = new(null, null, null, null, null, null, null);

    public DateOnly Today => BamakoTime.Today(time);

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    /// <summary>The schedule the form would write, shown before recording (nothing written).</summary>
    public IReadOnlyList<LoanInstalment> Preview { get; private set; } = [];

    public async Task<IActionResult> OnPostLoanAsync(string? reference, string? phone, long? beneficiaryId, long? cooperativeId, string? principal,
        DateOnly? disbursedOn, int? instalments, CancellationToken cancellationToken)
    {
        if (StaffOnly() is { } forbidden) return forbidden;
        Draft = new LoanDraft(reference, phone, beneficiaryId, cooperativeId, principal, disbursedOn, instalments);
        if (await BuildAsync(cancellationToken) is { } loan)
        {
            try
            {
                await loans.CreateLoanAsync(loan, Actor, cancellationToken);
                Draft = new LoanDraft(null, null, null, null, null, null, null);
                Household = [];
                var first = loan.Schedule[0];
                var last = loan.Schedule[^1];
                Done($"Prêt {loan.Reference} enregistré : {Xof.Format(loan.PrincipalXof)} en {loan.Schedule.Count} échéance(s) de {Xof.Format(first.AmountXof)}"
                    + (last.AmountXof != first.AmountXof ? $" (la dernière {Xof.Format(last.AmountXof)})" : "")
                    + $", du {first.DueOn.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)} au {last.DueOn.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)}.");
            }
            catch (InvalidOperationException)
            {
                Refused($"Prêt refusé : la référence « {loan.Reference} » est déjà utilisée par un autre prêt.");
            }
            catch (ArgumentException e)
            {
                Refused("Prêt refusé : " + e.Message);
            }
        }
        await LoadAsync(cancellationToken);
        return Page();
    }

    /// <summary>The same form, checked the same way, answered with the schedule it would write; nothing is recorded.</summary>
    public async Task<IActionResult> OnPostPreviewAsync(string? reference, string? phone, long? beneficiaryId, long? cooperativeId, string? principal,
        DateOnly? disbursedOn, int? instalments, CancellationToken cancellationToken)
    {
        if (StaffOnly() is { } forbidden) return forbidden;
        Draft = new LoanDraft(reference, phone, beneficiaryId, cooperativeId, principal, disbursedOn, instalments);
        if (await BuildAsync(cancellationToken) is { } loan)
        {
            Preview = loan.Schedule;
            Done("Aperçu de l'échéancier : rien n'est encore enregistré.");
        }
        await LoadAsync(cancellationToken);
        return Page();
    }

    /// <summary>The loan the form describes, or null once refused with the reason.</summary>
    private async Task<NewLoan?> BuildAsync(CancellationToken cancellationToken)
    {
        if (await CheckAsync(cancellationToken) is { } problem)
        {
            Refused("Prêt refusé : " + problem);
            return null;
        }
        var (loan, reason) = new LoanBody(Draft.Reference, Draft.BeneficiaryId, Draft.CooperativeId, Xof.TryParse(Draft.Principal, out var p) ? p : null,
            Draft.DisbursedOn, Draft.Instalments, null).ToLoan(Today);
        if (loan is null) Refused("Prêt refusé : " + reason + ".");
        return loan;
    }

    /// <summary>The form's fields in French, the borrower resolved (null: go on).</summary>
    private async Task<string?> CheckAsync(CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(Draft.Reference)) return "la référence est obligatoire.";
        if (Draft.Reference.Trim().Length > LoanBody.MaxReferenceLength) return $"la référence a au plus {LoanBody.MaxReferenceLength} caractères.";
        var byPhone = !string.IsNullOrWhiteSpace(Draft.Phone);
        if (byPhone == (Draft.CooperativeId is not null)) return "indiquez soit le numéro d'un bénéficiaire inscrit, soit une coopérative (l'un des deux).";
        if (byPhone)
        {
            if (!PhoneNumberNormalizer.TryNormalizeMali(Draft.Phone, out var e164)) return "numéro refusé : un numéro malien de 8 chiffres est attendu (ex. 76 12 34 56).";
            var people = await beneficiaries.FindByPhoneAsync(e164, cancellationToken);
            if (people.Count == 0) return $"personne n'est inscrit sur le {e164}.";
            var chosen = people.Count == 1 ? people[0] : people.FirstOrDefault(b => b.Id == Draft.BeneficiaryId);
            if (chosen is null)
            {
                Household = people;
                return $"plusieurs personnes sont inscrites sur le {e164} : choisissez qui emprunte.";
            }
            Draft = Draft with { BeneficiaryId = chosen.Id };
        }
        else Draft = Draft with { BeneficiaryId = null };
        if (!Xof.TryParse(Draft.Principal, out var principal) || principal < 1) return $"montant non valide : un nombre de FCFA de 1 à {Xof.Format(Xof.Max)} (ex. 150 000).";
        if (Draft.DisbursedOn is not { } disbursed) return "la date de versement est obligatoire.";
        if (disbursed > Today) return "la date de versement ne peut pas être dans le futur.";
        if (Draft.Instalments is not { } count || count < LoanSchedule.MinInstalments || count > LoanSchedule.MaxInstalments)
            return $"le nombre d'échéances mensuelles va de {LoanSchedule.MinInstalments} à {LoanSchedule.MaxInstalments}.";
        if (count > principal) return "plus d'échéances que de francs prêtés.";
        return null;
    }

    public async Task<IActionResult> OnPostRepaymentAsync(long loanId, long? amountXof, DateOnly? paidOn, string? channel, string? reference, CancellationToken cancellationToken)
    {
        if (StaffOnly() is { } forbidden) return forbidden;
        var (repayment, problem) = new RepaymentBody(amountXof, paidOn, channel, reference).ToRepayment(loanId, BamakoTime.Today(time));
        if (repayment is null) Refused("Remboursement refusé : " + problem + ".");
        else
        {
            var result = await loans.RecordRepaymentAsync(repayment, Actor, cancellationToken);
            switch (result.Outcome)
            {
                case RepaymentOutcome.Recorded: Done($"Remboursement {repayment.Reference} enregistré."); break;
                case RepaymentOutcome.Duplicate: Done($"Remboursement {repayment.Reference} déjà enregistré : rien de plus."); break;
                case RepaymentOutcome.ExceedsBalance: Refused("Montant supérieur au reste à payer."); break;
                case RepaymentOutcome.LoanNotFound: Refused("Prêt inconnu."); break;
                default: Refused("Cette référence est déjà utilisée par un autre remboursement."); break;
            }
        }
        await LoadAsync(cancellationToken);
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        List = await records.ListLoansAsync(null, new RecordsPage(Math.Max(1, PageNumber), RecordsPage.DefaultSize), cancellationToken);
        if (IsStaff) Cooperatives = (await records.ListCooperativesAsync(RecordsPage.All, cancellationToken)).Items;
    }
}
