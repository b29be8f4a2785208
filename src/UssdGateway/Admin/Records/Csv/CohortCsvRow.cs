using System.Globalization;
using UssdGateway.Infrastructure.Records;

namespace UssdGateway.Admin.Records.Csv;

/// <summary>The cohorts export's columns (an import reads back name, commune, sector, starts_on, ends_on).</summary>
public static class CohortCsvRow
{
    public static readonly IReadOnlyList<CsvColumn<CohortRecord>> Columns =
    [
        new("id", c => c.Id),
        new("name", c => c.Name),
        new("commune", c => c.Commune),
        new("sector", c => c.Sector),
        new("starts_on", c => c.StartsOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
        new("ends_on", c => c.EndsOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
        new("sessions", c => c.Sessions),
    ];
}
