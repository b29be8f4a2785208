using Microsoft.AspNetCore.Mvc;
using UssdGateway.Core.Programme;
using UssdGateway.Infrastructure.Records;

namespace UssdGateway.Admin.Records.Beneficiaries;

/// <summary><c>/admin/beneficiaries?q=&amp;page=</c>: registered young people, searched by name or number, by name; the count of privacy requests waiting.</summary>
public sealed class BeneficiariesModel(ProgrammeRecords records, IDeletionRequests requests) : RecordsPageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(Name = "page", SupportsGet = true)]
    public int PageNumber { get; set; } = 1;

    public RecordsList<Beneficiary> Found { get; private set; } = new([], 1, RecordsPage.DefaultSize, false);

    /// <summary>Deletion and consent-withdrawal requests waiting for staff (linked to <c>/admin/privacy</c>).</summary>
    public int PendingPrivacyRequests { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Found = await records.SearchBeneficiariesAsync(Q, new RecordsPage(Math.Max(1, PageNumber), RecordsPage.DefaultSize), cancellationToken);
        PendingPrivacyRequests = (await requests.GetPendingAsync(1000, cancellationToken)).Count;
    }
}
