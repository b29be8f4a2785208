using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.RegularExpressions;
using UssdGateway.Tests.Support;

namespace UssdGateway.Tests.Admin.Records;

/// <summary>Posts the records pages' forms as a browser would: the anti-forgery token first, then the fields (or a CSV file).</summary>
internal static partial class RecordsPageClient
{
    public static async Task<HttpResponseMessage> PostFormAsync(this HttpClient client, string path, string handler, Dictionary<string, string> fields)
    {
        fields["__RequestVerificationToken"] = await ConsoleSignIn.AntiforgeryTokenAsync(client, path);
        return await client.PostAsync(path + (path.Contains('?', StringComparison.Ordinal) ? "&" : "?") + "handler=" + handler, new FormUrlEncodedContent(fields));
    }

    /// <summary>Uploads <paramref name="csv"/> to the import page's preview; returns the page's HTML.</summary>
    public static async Task<string> PreviewImportAsync(this HttpClient client, string kind, byte[] csv)
    {
        var path = "/admin/records/import/" + kind;
        using var form = new MultipartFormDataContent
        {
            { new StringContent(await ConsoleSignIn.AntiforgeryTokenAsync(client, path)), "__RequestVerificationToken" },
        };
        var file = new ByteArrayContent(csv);
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        form.Add(file, "file", kind + ".csv");
        using var response = await client.PostAsync(path + "?handler=Preview", form);
        var html = await response.Content.ReadAsStringAsync();
        response.StatusCode.Should().Be(HttpStatusCode.OK, html);
        return html;
    }

    /// <summary>Confirms an import with the CSV text the preview page carried back in its hidden field.</summary>
    public static async Task<string> ConfirmImportAsync(this HttpClient client, string kind, string previewHtml, bool consent = true)
    {
        var csv = WebUtility.HtmlDecode(CsvField().Match(previewHtml).Groups[1].Value);
        var token = WebUtility.HtmlDecode(TokenField().Matches(previewHtml)[^1].Groups[1].Value);
        var fields = new Dictionary<string, string> { ["csv"] = csv, ["__RequestVerificationToken"] = token };
        if (consent) fields["consent"] = "true";
        using var response = await client.PostAsync($"/admin/records/import/{kind}?handler=Confirm", new FormUrlEncodedContent(fields));
        var html = await response.Content.ReadAsStringAsync();
        response.StatusCode.Should().Be(HttpStatusCode.OK, html);
        return html;
    }

    public static string Text(byte[] csv) => Encoding.UTF8.GetString(csv).TrimStart('\uFEFF');

    [GeneratedRegex("name=\"csv\" value=\"([^\"]*)\"", RegexOptions.Singleline)]
    private static partial Regex CsvField();

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenField();
}
