namespace UssdGateway.Admin.Records.Csv;

/// <summary>One column of an export: its header and how a row gives its value (text, number or date, formatted invariantly).</summary>
public sealed record CsvColumn<T>(string Header, Func<T, object?> Value);
