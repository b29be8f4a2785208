using Microsoft.AspNetCore.Mvc;
using UssdGateway.Api.Records;
using UssdGateway.Core.Programme;
using UssdGateway.Infrastructure.Records;

namespace UssdGateway.Admin.Records.Loans;

/// <summary><c>/admin/loans</c>: every loan with its schedule and where it stands today; staff record a repayment (idempotent by reference).</summary>
public sealed class LoansModel(ProgrammeRecords records, ILoanRepository loans, TimeProvider time) : RecordsPageModel
{
    [BindProperty(Name = "page", SupportsGet = true)]
    public int PageNumber { get; set; } = 1;

    public RecordsList<LoanSummary> List { get; private set; } = new([], 1, RecordsPage.DefaultSize, false);

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

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

    private async Task LoadAsync(CancellationToken cancellationToken) =>
        List = await records.ListLoansAsync(null, new RecordsPage(Math.Max(1, PageNumber), RecordsPage.DefaultSize), cancellationToken);
}
