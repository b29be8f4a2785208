using System.Globalization;
using UssdGateway.Core.Phones;
using UssdGateway.Core.Programme;

namespace UssdGateway.Admin.Records.Csv;

/// <summary>
/// Reads a beneficiaries CSV (columns <c>phone, full_name, gender, birth_year, commune, region_of_origin, sector,
/// language</c>; others such as <c>id</c> are ignored, so an export imports as it is) into a plan, then registers the
/// planned people. Consent is the staff's: the import page asks them to confirm it was collected on paper.
/// </summary>
public sealed class BeneficiaryCsvImport(IBeneficiaryRepository beneficiaries, TimeProvider time)
{
    public const string ConsentVersion = "staff-import";

    public static readonly string[] Columns = ["phone", "full_name", "gender", "birth_year", "commune", "region_of_origin", "sector", "language"];

    public async Task<CsvImportPlan<BeneficiaryRegistration>> PlanAsync(string text, CancellationToken cancellationToken = default)
    {
        var create = new List<(int, BeneficiaryRegistration)>();
        var there = new List<(int, string)>();
        var errors = new List<CsvLineError>();
        var seen = new HashSet<(string, string)>();
        using var csv = CsvText.Reader(text);
        if (text.Trim('\uFEFF', ' ', '\r', '\n').Length == 0) return new([], [], [new CsvLineError(1, "", "fichier vide")]);
        if (CsvText.MissingColumns(csv, Columns) is { Count: > 0 } missing) return new([], [], missing);

        while (csv.Read())
        {
            var line = checked((int)csv.LineNumber);
            var lineErrors = new List<CsvLineError>();
            string Field(string name) => CsvText.Field(csv, name);
            void Error(string field, string reason) => lineErrors.Add(new CsvLineError(line, field, reason));

            if (!PhoneNumberNormalizer.TryNormalizeMali(Field("phone"), out var phone)) Error("phone", "numéro malien invalide");
            var name = Field("full_name");
            if (name.Length is < 2 or > 60) Error("full_name", "nom de 2 à 60 caractères");
            var gender = Field("gender");
            if (gender is not ("F" or "M" or BeneficiaryRegistration.NotGiven)) Error("gender", "F, M ou unknown");
            if (!int.TryParse(Field("birth_year"), NumberStyles.None, CultureInfo.InvariantCulture, out var year)
                || (year != BeneficiaryRegistration.BirthYearNotGiven && (year < 1950 || year > BamakoTime.Today(time).Year)))
                Error("birth_year", "année de naissance invalide");
            var commune = Field("commune");
            if (!BamakoCommunes.Codes.Contains(commune) && commune != BeneficiaryRegistration.NotGiven) Error("commune", "I à VI");
            var region = Field("region_of_origin");
            if (region.Length == 0) Error("region_of_origin", "région manquante");
            var sector = Field("sector");
            if (!ProgrammeSectors.Codes.Contains(sector) && sector != BeneficiaryRegistration.NotGiven) Error("sector", "filière inconnue : " + string.Join(", ", ProgrammeSectors.Codes));
            var language = Field("language");
            if (language is not ("fr" or "bm")) Error("language", "fr ou bm");
            if (lineErrors.Count > 0)
            {
                errors.AddRange(lineErrors);
                continue;
            }

            var registration = new BeneficiaryRegistration(phone, name, gender, year, commune, region, sector, language,
                time.GetUtcNow(), ConsentVersion, "staff", null, false);
            if (!seen.Add((phone, registration.NameKey))) errors.Add(new CsvLineError(line, "full_name", "déjà plus haut dans le fichier"));
            else if ((await beneficiaries.FindByPhoneAsync(phone, cancellationToken)).Any(b => PersonName.Key(b.FullName) == registration.NameKey))
                there.Add((line, $"{name} ({phone}) est déjà inscrit·e"));
            else create.Add((line, registration));
        }
        return new(create, there, errors);
    }

    /// <summary>Registers the planned people; returns how many were registered (a full number or a race makes fewer).</summary>
    public async Task<int> ImportAsync(CsvImportPlan<BeneficiaryRegistration> plan, CancellationToken cancellationToken = default)
    {
        var registered = 0;
        foreach (var (_, registration) in plan.ToCreate)
            if ((await beneficiaries.RegisterAsync(registration, cancellationToken)).Outcome == RegistrationOutcome.Registered) registered++;
        return registered;
    }
}
