using System.Globalization;
using Microsoft.Net.Http.Headers;

namespace UssdGateway.Channels;

/// <summary>Reading providers' form callbacks the same way everywhere: tolerant of extra fields, strict on the ones needed.</summary>
public static class WebhookForms
{
    public const string TextPlain = "text/plain; charset=utf-8";

    /// <summary>The largest body a webhook reads (64 KB); a larger one is answered 413 before anything else is looked at.</summary>
    public const int MaxBodyBytes = 64 * 1024;

    /// <summary>
    /// The form, or the answer saying why it could not be read: 413 for a body over <see cref="MaxBodyBytes"/> (judged by
    /// <c>Content-Length</c>, or by counting a chunked body), 415 for a charset .NET refuses (<c>utf-7</c>), 400 otherwise.
    /// </summary>
    public static async Task<(IFormCollection? Form, IResult? Problem)> ReadAsync(HttpRequest http, string expected, CancellationToken cancellationToken)
    {
        if (http.ContentLength > MaxBodyBytes) return (null, TooLarge());
        if (http.ContentLength is null && !await BufferWithinLimitAsync(http, cancellationToken)) return (null, TooLarge());
        if (!http.HasFormContentType)
            return (null, Results.Text($"expected a form (application/x-www-form-urlencoded) with {expected}", TextPlain, statusCode: 400));
        if (UnsupportedCharset(http.ContentType) is { } charset)
            return (null, Results.Text($"charset {charset} is not supported; send UTF-8", TextPlain, statusCode: StatusCodes.Status415UnsupportedMediaType));
        try
        {
            return (await http.ReadFormAsync(cancellationToken), null);
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return (null, TooLarge());
        }
        catch (Exception e) when (e is InvalidDataException or IOException or BadHttpRequestException)
        {
            return (null, Results.Text("malformed form body: " + Reason(e), TextPlain, statusCode: 400));
        }
    }

    /// <summary>
    /// The content type's charset when .NET refuses it (UTF-7 throws <see cref="NotSupportedException"/> inside the form
    /// reader, which was a 500); an unknown name is not refused: the form reader falls back to UTF-8.
    /// </summary>
    private static string? UnsupportedCharset(string? contentType)
    {
        if (!MediaTypeHeaderValue.TryParse(contentType, out var mediaType) || mediaType.Charset.Length == 0) return null;
        try
        {
            _ = mediaType.Encoding;
            return null;
        }
        catch (NotSupportedException)
        {
            return mediaType.Charset.Value;
        }
    }

    /// <summary>The parser's first line, at most 160 characters: it may quote the sender's own bytes (a multipart header).</summary>
    private static string Reason(Exception e)
    {
        var line = new string(e.Message.Split('\n')[0].Where(c => !char.IsControl(c)).ToArray());
        return line.Length > 160 ? line[..160] + "…" : line;
    }

    private static IResult TooLarge() =>
        Results.Text($"body larger than {MaxBodyBytes / 1024} KB", TextPlain, statusCode: StatusCodes.Status413PayloadTooLarge);

    /// <summary>A body of unknown length (chunked) read into memory up to the limit; false when it is longer.</summary>
    private static async Task<bool> BufferWithinLimitAsync(HttpRequest http, CancellationToken cancellationToken)
    {
        var buffer = new MemoryStream();
        var chunk = new byte[8192];
        int read;
        while ((read = await http.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > MaxBodyBytes) return false;
            buffer.Write(chunk, 0, read);
        }
        buffer.Position = 0;
        http.Body = buffer;
        http.HttpContext.Response.RegisterForDispose(buffer);
        return true;
    }

    /// <summary>A field's first value without control characters (line breaks kept in message texts), bounded; null when absent.</summary>
    public static string? Field(IFormCollection form, string name, int maxLength = 500, bool keepLineBreaks = false)
    {
        if (!form.TryGetValue(name, out var values) || values.Count == 0 || values[0] is null) return null;
        var value = new string(values[0]!.Where(c => !char.IsControl(c) || (keepLineBreaks && c is '\n' or '\r')).ToArray());
        if (!keepLineBreaks) value = value.Trim();
        return value.Length > maxLength ? value[..maxLength] : value;
    }

    /// <summary>The first of <paramref name="names"/> that is present and not blank.</summary>
    public static string? FirstField(IFormCollection form, params string[] names) =>
        names.Select(n => Field(form, n)).FirstOrDefault(v => !string.IsNullOrWhiteSpace(v));

    /// <summary>The names of required fields that are absent or blank, for a 400's reason.</summary>
    public static IResult? Missing(IFormCollection form, params string[] names)
    {
        var missing = names.Where(n => string.IsNullOrWhiteSpace(Field(form, n))).ToList();
        return missing.Count == 0 ? null : Results.Text((missing.Count == 1 ? "missing field " : "missing fields ") + string.Join(", ", missing), TextPlain, statusCode: 400);
    }

    /// <summary>Dates are seen as <c>2026-11-29 10:00:00</c> and as ISO 8601; both are UTC.</summary>
    public static DateTimeOffset? ParseDate(string? text) =>
        text is not null && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture,
            DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var date)
            ? date
            : null;
}
