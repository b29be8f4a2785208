using Microsoft.AspNetCore.Mvc;
using UssdGateway.Infrastructure.Records;

namespace UssdGateway.Admin.Records.Cooperatives;

/// <summary><c>/admin/cooperatives?id=</c>: cooperatives with members and leaders counts; one cooperative's leaders and sales history.</summary>
public sealed class CooperativesModel(ProgrammeRecords records) : RecordsPageModel
{
    [BindProperty(Name = "id", SupportsGet = true)]
    public long? Selected { get; set; }

    public IReadOnlyList<CooperativeRecord> List { get; private set; } = [];

    public IReadOnlyList<LeaderRecord> Leaders { get; private set; } = [];

    public IReadOnlyList<SalesReportRecord> Sales { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        List = (await records.ListCooperativesAsync(RecordsPage.All, cancellationToken)).Items;
        if (Selected is not { } id) return;
        Leaders = await records.ListLeadersAsync(id, cancellationToken);
        Sales = (await records.ListSalesReportsAsync(null, id, withHistory: true, new RecordsPage(1, RecordsPage.MaxSize), cancellationToken)).Items;
    }
}
