using System.Globalization;
using UssdGateway.Core.Programme;

namespace UssdGateway.Admin.Records.Csv;

/// <summary>The beneficiaries export's columns (an import reads them back, but for <c>id</c> and <c>created_at</c>).</summary>
public static class BeneficiaryCsvRow
{
    public static readonly IReadOnlyList<CsvColumn<Beneficiary>> Columns =
    [
        new("id", b => b.Id),
        new("phone", b => b.Phone),
        new("full_name", b => b.FullName),
        new("gender", b => b.Gender),
        new("birth_year", b => b.BirthYear),
        new("commune", b => b.Commune),
        new("region_of_origin", b => b.RegionOfOrigin),
        new("sector", b => b.Sector),
        new("language", b => b.Language),
        new("created_at", b => b.CreatedAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)),
    ];
}
