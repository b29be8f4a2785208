using System.Globalization;
using UssdGateway.Core.Programme;
using UssdGateway.Infrastructure.Records;

namespace UssdGateway.Admin.Records.Csv;

/// <summary>Reads a cohorts CSV (<c>name, commune, sector, starts_on, ends_on</c>; dates yyyy-MM-dd) into a plan, then creates the planned cohorts.</summary>
public sealed class CohortCsvImport(ITrainingRepository training, ProgrammeRecords records)
{
    public static readonly string[] Columns = ["name", "commune", "sector", "starts_on", "ends_on"];

    public async Task<CsvImportPlan<NewTrainingCohort>> PlanAsync(string text, CancellationToken cancellationToken = default)
    {
        var create = new List<(int, NewTrainingCohort)>();
        var there = new List<(int, string)>();
        var errors = new List<CsvLineError>();
        var existing = (await records.ListCohortsAsync(RecordsPage.All, cancellationToken)).Items.Select(c => c.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        using var csv = CsvText.Reader(text);
        if (text.Trim('\uFEFF', ' ', '\r', '\n').Length == 0) return new([], [], [new CsvLineError(1, "", "fichier vide")]);
        if (CsvText.MissingColumns(csv, Columns) is { Count: > 0 } missing) return new([], [], missing);

        while (csv.Read())
        {
            var line = checked((int)csv.LineNumber);
            var before = errors.Count;
            string Field(string name) => CsvText.Field(csv, name);
            var name = Field("name");
            if (name.Length is < 2 or > 200) errors.Add(new CsvLineError(line, "name", "nom de 2 à 200 caractères"));
            var commune = Field("commune");
            if (!BamakoCommunes.Codes.Contains(commune)) errors.Add(new CsvLineError(line, "commune", "I à VI"));
            var sector = Field("sector");
            if (sector.Length == 0) errors.Add(new CsvLineError(line, "sector", "filière manquante"));
            var startsOk = DateOnly.TryParseExact(Field("starts_on"), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var starts);
            if (!startsOk) errors.Add(new CsvLineError(line, "starts_on", "date attendue au format AAAA-MM-JJ"));
            var endsOk = DateOnly.TryParseExact(Field("ends_on"), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var ends);
            if (!endsOk) errors.Add(new CsvLineError(line, "ends_on", "date attendue au format AAAA-MM-JJ"));
            else if (startsOk && ends < starts) errors.Add(new CsvLineError(line, "ends_on", "avant le premier jour"));
            if (errors.Count > before) continue;

            if (!seen.Add(name)) errors.Add(new CsvLineError(line, "name", "déjà plus haut dans le fichier"));
            else if (existing.Contains(name)) there.Add((line, $"la cohorte « {name} » existe déjà"));
            else create.Add((line, new NewTrainingCohort(name, commune, sector, starts, ends)));
        }
        return new(create, there, errors);
    }

    /// <summary>Creates the planned cohorts; a name taken meanwhile is skipped. Returns how many were created.</summary>
    public async Task<int> ImportAsync(CsvImportPlan<NewTrainingCohort> plan, ProgrammeActor actor, CancellationToken cancellationToken = default)
    {
        var created = 0;
        foreach (var (_, cohort) in plan.ToCreate)
        {
            try
            {
                await training.CreateCohortAsync(cohort, actor, cancellationToken);
                created++;
            }
            catch (InvalidOperationException)
            {
                // created by someone else since the preview
            }
        }
        return created;
    }
}
