namespace UssdGateway.Core.Programme;

/// <summary>
/// Profile fields a youth gives to complete a registration made with the name only (by SMS): each is <c>null</c>
/// when not given now. Only fields still stored as <see cref="BeneficiaryRegistration.NotGiven"/> are written.
/// </summary>
public sealed record ProfileCompletion(
    string? Gender,
    int? BirthYear,
    string? Commune,
    string? RegionOfOrigin,
    string? Sector)
{
    public const string GenderField = "gender";
    public const string BirthYearField = "birth_year";
    public const string CommuneField = "commune";
    public const string RegionField = "region";
    public const string SectorField = "sector";

    /// <summary>The profile fields in the order the menu asks them (also the menu's variable names).</summary>
    public static readonly IReadOnlyList<string> Fields = [GenderField, BirthYearField, CommuneField, RegionField, SectorField];

    /// <summary>The fields of <paramref name="person"/> still not given, in <see cref="Fields"/> order.</summary>
    public static IReadOnlyList<string> MissingOf(Beneficiary person)
    {
        ArgumentNullException.ThrowIfNull(person);
        var missing = new List<string>(Fields.Count);
        if (person.Gender == BeneficiaryRegistration.NotGiven) missing.Add(GenderField);
        if (person.BirthYear == BeneficiaryRegistration.BirthYearNotGiven) missing.Add(BirthYearField);
        if (person.Commune == BeneficiaryRegistration.NotGiven) missing.Add(CommuneField);
        if (person.RegionOfOrigin == BeneficiaryRegistration.NotGiven) missing.Add(RegionField);
        if (person.Sector == BeneficiaryRegistration.NotGiven) missing.Add(SectorField);
        return missing;
    }

    /// <summary>The fields this completion would write on <paramref name="person"/>: given now and still not given there.</summary>
    public IReadOnlyList<string> FieldsToWrite(Beneficiary person) =>
        [.. MissingOf(person).Where(field => field switch
        {
            GenderField => Given(Gender),
            BirthYearField => BirthYear is { } year && year != BeneficiaryRegistration.BirthYearNotGiven,
            CommuneField => Given(Commune),
            RegionField => Given(RegionOfOrigin),
            _ => Given(Sector),
        })];

    private static bool Given(string? value) => !string.IsNullOrWhiteSpace(value) && value != BeneficiaryRegistration.NotGiven;
}
