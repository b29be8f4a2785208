using Microsoft.AspNetCore.Mvc;
using UssdGateway.Core.Programme;
using UssdGateway.Infrastructure.Records;

namespace UssdGateway.Admin.Records.Beneficiaries;

/// <summary><c>/admin/beneficiaries?q=&amp;page=</c>: registered young people, searched by name or number, by name.</summary>
public sealed class BeneficiariesModel(ProgrammeRecords records) : RecordsPageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(Name = "page", SupportsGet = true)]
    public int PageNumber { get; set; } = 1;

    public RecordsList<Beneficiary> Found { get; private set; } = new([], 1, RecordsPage.DefaultSize, false);

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Found = await records.SearchBeneficiariesAsync(Q, new RecordsPage(Math.Max(1, PageNumber), RecordsPage.DefaultSize), cancellationToken);
}
