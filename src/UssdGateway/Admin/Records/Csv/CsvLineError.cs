namespace UssdGateway.Admin.Records.Csv;

/// <summary>Why a line of an imported file cannot be imported: its line number in the file (the header is line 1), the column, the reason.</summary>
public sealed record CsvLineError(int Line, string Field, string Reason);
