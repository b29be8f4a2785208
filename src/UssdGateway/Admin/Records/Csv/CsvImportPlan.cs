namespace UssdGateway.Admin.Records.Csv;

/// <summary>What an import would do: the lines it would create (with their line numbers), those already there, and the errors.</summary>
public sealed record CsvImportPlan<T>(
    IReadOnlyList<(int Line, T Item)> ToCreate,
    IReadOnlyList<(int Line, string What)> AlreadyThere,
    IReadOnlyList<CsvLineError> Errors);
