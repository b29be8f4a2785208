using Microsoft.AspNetCore.Mvc;
using UssdGateway.Api.Records;

namespace UssdGateway.Admin.Records.Beneficiaries;

/// <summary><c>/admin/beneficiaries/{id}</c>: one person, their bookings, loans and latest SMS in and out.</summary>
public sealed class BeneficiaryModel(BeneficiaryDetails details) : RecordsPageModel
{
    [BindProperty(SupportsGet = true)]
    public long Id { get; set; }

    public BeneficiaryDetail Detail { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await details.GetAsync(Id, cancellationToken) is not { } detail) return NotFound();
        Detail = detail;
        return Page();
    }
}
