using System.Text;
using CsvHelper;

namespace UssdGateway.Admin.Records.Csv;

/// <summary>
/// CSV as the console writes and reads it (CsvHelper): UTF-8 with a byte-order mark (so Excel reads accents),
/// comma-separated by default or semicolon-separated (<c>?sep=;</c>, what Excel expects in a French locale). Text that
/// a spreadsheet would run as a formula (<c>= + - @</c>) is written behind an apostrophe, which imports take off again;
/// imports detect the separator.
/// </summary>
public static class CsvText
{
    /// <summary>The separator asked for: <c>;</c> when <paramref name="sep"/> says so, a comma otherwise.</summary>
    public static char Separator(string? sep) => sep is ";" or "semicolon" ? ';' : ',';

    public static byte[] Write<T>(IEnumerable<T> rows, char separator, IReadOnlyList<CsvColumn<T>> columns)
    {
        using var buffer = new MemoryStream();
        using (var csv = CsvWriter.Create(buffer, new CsvWriterOptions { Separator = separator, WriteByteOrderMark = true, Injection = CsvInjection.Escape }, leaveOpen: true))
        {
            csv.WriteHeader([.. columns.Select(c => c.Header)]);
            foreach (var row in rows)
            {
                foreach (var column in columns) csv.WriteField(column.Value(row));
                csv.EndRecord();
            }
        }
        return buffer.ToArray();
    }

    /// <summary>A reader over <paramref name="text"/> (separator detected, values trimmed, line numbers tracked).</summary>
    public static CsvReader Reader(string text) =>
        CsvReader.FromText(text.TrimStart('\uFEFF'), new CsvReaderOptions { TrimWhitespace = true, TrackLineNumbers = true });

    /// <summary>A field as imported: trimmed, without the apostrophe an export put before a would-be formula.</summary>
    public static string Field(CsvReader csv, string name)
    {
        var value = (csv.GetString(name) ?? "").Trim();
        return value.Length > 1 && value[0] == '\'' && "=+-@".Contains(value[1], StringComparison.Ordinal) ? value[1..] : value;
    }

    /// <summary>The header names the file lacks, as line-1 errors.</summary>
    public static IReadOnlyList<CsvLineError> MissingColumns(CsvReader csv, IEnumerable<string> columns)
    {
        var headers = csv.Headers.Select(h => h.Trim().ToLowerInvariant()).ToHashSet();
        return [.. columns.Where(c => !headers.Contains(c)).Select(c => new CsvLineError(1, c, "colonne manquante"))];
    }
}
