using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using UssdGateway.Admin.Security;

namespace UssdGateway.Admin.Records.Csv;

/// <summary>
/// <c>/admin/records/import/{kind}</c> (beneficiaries or cohorts), staff: a CSV file is first previewed (what would be
/// created, what is already there, and each bad line with its field and reason) and nothing is written; confirming
/// imports the lines shown as to be created. The file travels back with the confirmation, so nothing is kept between.
/// </summary>
[Authorize(Policy = ConsolePolicies.Staff)]
public sealed class ImportModel(BeneficiaryCsvImport beneficiaries, CohortCsvImport cohorts) : RecordsPageModel
{
    public const int MaxBytes = 2 * 1024 * 1024;

    [BindProperty(SupportsGet = true)]
    public string Kind { get; set; } = "";

    public string? Csv { get; private set; }

    public IReadOnlyList<(int Line, string What)> ToCreate { get; private set; } = [];

    public IReadOnlyList<(int Line, string What)> AlreadyThere { get; private set; } = [];

    public IReadOnlyList<CsvLineError> Errors { get; private set; } = [];

    public int? Imported { get; private set; }

    public string Title => Kind == "cohorts" ? "Importer des cohortes" : "Importer des bénéficiaires";

    public IReadOnlyList<string> Columns => Kind == "cohorts" ? CohortCsvImport.Columns : BeneficiaryCsvImport.Columns;

    public IActionResult OnGet() => Known ? Page() : NotFound();

    public async Task<IActionResult> OnPostPreviewAsync(IFormFile? file, CancellationToken cancellationToken)
    {
        if (!Known) return NotFound();
        if (file is null || file.Length == 0) Refused("Choisissez un fichier CSV.");
        else if (file.Length > MaxBytes) Refused("Fichier trop gros (2 Mo au plus).");
        else
        {
            using var reader = new StreamReader(file.OpenReadStream(), detectEncodingFromByteOrderMarks: true);
            Csv = await reader.ReadToEndAsync(cancellationToken);
            await PlanAsync(Csv, import: false, cancellationToken);
        }
        return Page();
    }

    public async Task<IActionResult> OnPostConfirmAsync(string csv, bool consent, CancellationToken cancellationToken)
    {
        if (!Known) return NotFound();
        if (Kind == "beneficiaries" && !consent)
        {
            Csv = csv;
            await PlanAsync(csv, import: false, cancellationToken);
            Refused("Confirmez que le consentement de chaque personne a été recueilli.");
            return Page();
        }
        await PlanAsync(csv, import: true, cancellationToken);
        Done($"{Imported} ligne(s) importée(s).");
        return Page();
    }

    private bool Known => Kind is "beneficiaries" or "cohorts";

    private async Task PlanAsync(string csv, bool import, CancellationToken cancellationToken)
    {
        if (Kind == "cohorts")
        {
            var plan = await cohorts.PlanAsync(csv, cancellationToken);
            (ToCreate, AlreadyThere, Errors) = ([.. plan.ToCreate.Select(c => (c.Line, $"{c.Item.Name} · commune {c.Item.Commune} · {c.Item.Sector} · {c.Item.StartsOn:yyyy-MM-dd} → {c.Item.EndsOn:yyyy-MM-dd}"))], plan.AlreadyThere, plan.Errors);
            if (import) Imported = await cohorts.ImportAsync(plan, Actor, cancellationToken);
        }
        else
        {
            var plan = await beneficiaries.PlanAsync(csv, cancellationToken);
            (ToCreate, AlreadyThere, Errors) = ([.. plan.ToCreate.Select(b => (b.Line, $"{b.Item.FullName} · {b.Item.Phone} · commune {b.Item.Commune} · {b.Item.Sector}"))], plan.AlreadyThere, plan.Errors);
            if (import) Imported = await beneficiaries.ImportAsync(plan, cancellationToken);
        }
    }
}
