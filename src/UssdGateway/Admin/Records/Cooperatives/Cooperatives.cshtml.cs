using Microsoft.AspNetCore.Mvc;
using UssdGateway.Api.Records;
using UssdGateway.Core.Programme;
using UssdGateway.Infrastructure.Records;

namespace UssdGateway.Admin.Records.Cooperatives;

/// <summary>
/// <c>/admin/cooperatives?id=</c>: cooperatives with members and leaders counts; one cooperative's leaders and sales
/// history. Staff create a cooperative and add a leader by phone number (linked to the person registered on it).
/// </summary>
public sealed class CooperativesModel(ProgrammeRecords records, ICooperativeRepository cooperatives, CooperativeLeaders leaders) : RecordsPageModel
{
    [BindProperty(Name = "id", SupportsGet = true)]
    public long? Selected { get; set; }

    public IReadOnlyList<CooperativeRecord> List { get; private set; } = [];

    public IReadOnlyList<LeaderRecord> Leaders { get; private set; } = [];

    public IReadOnlyList<SalesReportRecord> Sales { get; private set; } = [];

    /// <summary>What was typed in the creation form, shown again when it is refused.</summary>
    public CooperativeBody Draft { get; private set; } = new(null, null, null, null, null);

    public string? LeaderDraft { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostCooperativeAsync(string? name, string? form, string? sector, string? commune, string? membersCount, CancellationToken cancellationToken)
    {
        if (StaffOnly() is { } forbidden) return forbidden;
        int? members = int.TryParse(membersCount?.Replace(" ", "", StringComparison.Ordinal), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var m) ? m : null;
        Draft = new CooperativeBody(name, form, sector, commune, members);
        var (cooperative, problem) = Draft.ToCooperative();
        if (cooperative is null) Refused("Coopérative refusée : " + French(problem) + ".");
        else
        {
            try
            {
                var id = await cooperatives.CreateAsync(cooperative, Actor, cancellationToken);
                return RedirectToPage("/Records/Cooperatives/Cooperatives", new { id, created = 1 });
            }
            catch (InvalidOperationException)
            {
                Refused($"Une coopérative nommée « {cooperative.Name} » existe déjà dans la {BamakoCommunes.Label(cooperative.Commune)}.");
            }
        }
        await LoadAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostLeaderAsync(long cooperativeId, string? phone, CancellationToken cancellationToken)
    {
        if (StaffOnly() is { } forbidden) return forbidden;
        Selected = cooperativeId;
        LeaderDraft = phone;
        var result = await leaders.AddAsync(cooperativeId, new LeaderBody(phone), Actor, cancellationToken);
        var who = result.LinkedTo is { } person ? $" ({person.FullName})" : "";
        switch (result.Outcome)
        {
            case LeaderOutcome.Added:
                LeaderDraft = null;
                Done($"{result.Phone}{who} est maintenant responsable : ses ventes peuvent être déclarées par SMS (VENTE) et par le menu USSD."
                    + (result.LinkedTo is null && result.RegisteredOnNumber > 1 ? " Plusieurs personnes sont inscrites sur ce numéro : aucune n'a été liée." : ""));
                break;
            case LeaderOutcome.AlreadyLeader: Done($"{result.Phone}{who} est déjà responsable de cette coopérative."); break;
            case LeaderOutcome.CooperativeNotFound: Refused("Coopérative inconnue."); break;
            default: Refused("Numéro refusé : un numéro malien de 8 chiffres est attendu (ex. 76 12 34 56 ou +223 76 12 34 56)."); break;
        }
        await LoadAsync(cancellationToken);
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        if (Message is null && Request.Query.ContainsKey("created") && Selected is not null) Done("Coopérative créée. Ajoutez maintenant ses responsables.");
        List = (await records.ListCooperativesAsync(RecordsPage.All, cancellationToken)).Items;
        if (Selected is not { } id) return;
        Leaders = await records.ListLeadersAsync(id, cancellationToken);
        Sales = (await records.ListSalesReportsAsync(null, id, withHistory: true, new RecordsPage(1, RecordsPage.MaxSize), cancellationToken)).Items;
    }

    /// <summary>The API's reason in the console's words.</summary>
    private static string French(string problem) => problem switch
    {
        _ when problem.StartsWith("name is", StringComparison.Ordinal) => "le nom est obligatoire",
        _ when problem.StartsWith("name has", StringComparison.Ordinal) => "le nom a au plus 200 caractères",
        _ when problem.StartsWith("form", StringComparison.Ordinal) => "choisissez la forme",
        _ when problem.StartsWith("sector", StringComparison.Ordinal) => "choisissez la filière",
        _ when problem.StartsWith("commune", StringComparison.Ordinal) => "choisissez une commune de Bamako (I à VI)",
        _ when problem.StartsWith("membersCount", StringComparison.Ordinal) => "le nombre de membres va de 0 à 100 000",
        _ => problem,
    };
}
