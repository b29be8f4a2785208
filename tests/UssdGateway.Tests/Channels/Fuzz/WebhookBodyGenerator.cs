using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.WebUtilities;
using UssdGateway.Tests.Support;

namespace UssdGateway.Tests.Channels.Fuzz;

/// <summary>
/// Bodies for the six webhooks from a seeded <see cref="Random"/>: the same seed gives the same requests. Each starts as a
/// plausible provider callback and gets one or two mutations (fields dropped or doubled, huge or hostile values, bytes
/// that are not UTF-8, broken percent-encoding, a wrong or missing content type, an empty body...). Africa's Talking
/// requests carry the configured token unless the mutation is about the token; half of Twilio's are correctly signed,
/// so that their body parser really runs; one request in ten is sent without a Content-Length (chunked).
/// </summary>
internal sealed class WebhookBodyGenerator(int seed, string africasTalkingToken)
{
    public const string Form = "application/x-www-form-urlencoded";

    private static readonly string[] Kinds =
    [
        "valid", "valid", "valid", "missing-fields", "duplicate-fields", "huge-value", "hostile-value", "hostile-value", "hostile-name",
        "invalid-utf8-escaped", "raw-bytes", "broken-percent", "control-characters", "too-many-fields", "long-name", "json", "multipart",
        "multipart-broken", "no-content-type", "wrong-content-type", "empty-body", "token", "bambara-and-emoji", "deep-input", "odd-query",
    ];

    private static readonly int[] HugeSizes = [1_000, 2_001, 8_192, 8_193, 30_000, 60_000, 64 * 1024 - 200, 64 * 1024 + 1, 100_000, 300_000];

    private static readonly string[] Phones = Enumerable.Range(0, 6).Select(i => "+2237600010" + i).ToArray();

    private readonly Random _random = new(seed);

    public static readonly string[] Paths =
    [
        "/webhooks/africastalking/ussd", "/webhooks/africastalking/ussd/events", "/webhooks/africastalking/sms",
        "/webhooks/africastalking/sms/delivery", "/webhooks/twilio/sms", "/webhooks/twilio/sms/status",
    ];

    public IReadOnlyList<WebhookFuzzCase> Generate(int count) => Enumerable.Range(0, count).Select(Next).ToList();

    private WebhookFuzzCase Next(int index)
    {
        var path = Paths[index % Paths.Length];
        var twilio = path.Contains("twilio", StringComparison.Ordinal);
        var kind = Pick(Kinds);
        if (twilio && kind == "token") kind = "valid";
        var fields = ValidFields(path);
        string? contentType = Form;
        var query = twilio ? "" : "?token=" + Uri.EscapeDataString(africasTalkingToken);
        byte[] body;

        switch (kind)
        {
            case "missing-fields":
                fields.RemoveAll(_ => _random.Next(3) == 0);
                body = Encode(fields);
                break;
            case "duplicate-fields":
                foreach (var field in fields.ToList().Where(_ => _random.Next(2) == 0)) fields.Add((_random.Next(3) == 0 ? field.Name.ToUpperInvariant() : field.Name, Value()));
                body = Encode(fields);
                break;
            case "huge-value":
                Replace(fields, new string(Pick("a1*ɛ😀 %"), Pick(HugeSizes) / 2));
                body = Encode(fields);
                break;
            case "hostile-value":
            case "bambara-and-emoji":
                Replace(fields, kind == "hostile-value" ? Pick(FuzzValues.Nasty) : Pick(["ɛɔɲŋ", "😀", "Ɲɛ 👍🏿", "Awa Traoré ŋ", "ƐƆ"]) + Value());
                if (_random.Next(2) == 0) Replace(fields, Pick(FuzzValues.Nasty));
                body = Encode(fields);
                break;
            case "hostile-name":
                fields.Add((Pick(FuzzValues.Nasty), Value()));
                body = Encode(fields);
                break;
            case "control-characters":
                Replace(fields, Value() + (char)_random.Next(0, 32) + Value() + "\u007F");
                body = Encode(fields);
                break;
            case "invalid-utf8-escaped":
                body = Insert(Encode(fields), Encoding.ASCII.GetBytes(Pick(FuzzValues.InvalidUtf8Escapes)), afterEquals: true);
                break;
            case "raw-bytes":
                body = Insert(Encode(fields), Pick(FuzzValues.RawBytes), afterEquals: _random.Next(2) == 0);
                break;
            case "broken-percent":
                body = Insert(Encode(fields), Encoding.ASCII.GetBytes(Pick(FuzzValues.BrokenEncoding)), afterEquals: _random.Next(2) == 0);
                break;
            case "too-many-fields":
                var extra = Pick([60, 65, 200, 1500]);
                for (var i = 0; i < extra; i++) fields.Add(("extra" + i.ToString(CultureInfo.InvariantCulture), "x"));
                body = Encode(fields);
                break;
            case "long-name":
                fields.Add((new string('k', Pick([64, 65, 500, 5000])), "v"));
                body = Encode(fields);
                break;
            case "json":
                contentType = Pick(["application/json", Form]);
                body = Encoding.UTF8.GetBytes("{" + string.Join(",", fields.Select(f => $"\"{f.Name}\":\"{f.Value.Replace("\"", "\\\"", StringComparison.Ordinal)}\"")) + "}");
                break;
            case "multipart":
                contentType = "multipart/form-data; boundary=fuzzBoundary";
                body = Multipart(fields, "fuzzBoundary", withFile: _random.Next(3) == 0);
                break;
            case "multipart-broken":
                contentType = Pick(["multipart/form-data; boundary=fuzzBoundary", "multipart/form-data", "multipart/form-data; boundary=other"]);
                var multipart = Multipart(fields, "fuzzBoundary", withFile: false);
                body = multipart[..Math.Max(0, multipart.Length - _random.Next(1, 40))];
                break;
            case "no-content-type":
                contentType = null;
                body = Encode(fields);
                break;
            case "wrong-content-type":
                contentType = Pick(FuzzValues.WrongContentTypes);
                body = Encode(fields);
                break;
            case "empty-body":
                contentType = Pick<string?>([Form, null, "application/json"]);
                body = [];
                break;
            case "deep-input":
                // Many '*'-separated inputs in one hop (a dial string or a cumulative text): the engine applies each.
                var inputs = Enumerable.Range(0, Pick([20, 200, 999])).Select(_ => Pick(["1", "2", "0", "00", "98", "99", "9", "Awa", "2008", ""]));
                Replace(fields, "text", string.Join("*", inputs));
                body = Encode(fields);
                break;
            case "odd-query":
                query += (query.Length == 0 ? "?" : "&") + Pick(["%%%", "token", "a=%ZZ&b", new string('q', 5000) + "=1", "text=1*2", "sessionId=other", "x=1#fragment"]);
                body = Encode(fields);
                break;
            case "token":
                query = Pick(["", "?token=", "?token=wrong", "?token=" + africasTalkingToken + "&token=" + africasTalkingToken, "?token=%ZZ",
                    "?token=" + africasTalkingToken.ToUpperInvariant(), "?TOKEN=" + africasTalkingToken, "?token=" + africasTalkingToken + "x", "?token=%00"]);
                body = Encode(fields);
                break;
            default:
                body = Encode(fields);
                break;
        }

        var signature = twilio ? Sign(path, query, body, contentType, correctly: index % 12 < 6) : null;
        if (signature is not null && _random.Next(20) == 0) signature = Pick(["", "not base64!", new string('A', 10_000), "=", signature + signature]);
        return new WebhookFuzzCase(index, path, kind, body, contentType, query, signature, Chunked: _random.Next(10) == 0);
    }

    /// <summary>A plausible callback for the path, from a small pool of numbers (so that the rate limits are reached) and random ids.</summary>
    private List<(string Name, string Value)> ValidFields(string path)
    {
        var phone = _random.Next(4) == 0 ? "+2237" + _random.Next(0, 10_000_000).ToString("D7", CultureInfo.InvariantCulture) : Pick(Phones);
        var id = "fz" + _random.Next().ToString(CultureInfo.InvariantCulture);
        return path switch
        {
            "/webhooks/africastalking/ussd" =>
            [
                ("sessionId", "ATUid_" + Pick([id, "shared1", "shared2"])), ("serviceCode", Pick(["*384*123#", "*384*123*1*2#", "*999#"])), ("phoneNumber", phone),
                ("networkCode", "61002"), ("text", Pick(["", "1", "1*1", "2*1*Awa Traore", "1*9*9*9", "0", "00", "98", "99", "1*1*Awa*1*2008"])),
            ],
            "/webhooks/africastalking/ussd/events" =>
            [
                ("sessionId", "ATUid_" + id), ("status", Pick(["Success", "Incomplete", "Failed"])), ("date", "2026-11-29 10:00:00"), ("phoneNumber", phone),
                ("serviceCode", "*384*123#"), ("networkCode", "61002"), ("durationInMillis", "1234"), ("hopsCount", "3"), ("cost", "XOF 10"),
                ("input", "1*2"), ("lastAppResponse", "END Merci"), ("errorMessage", ""),
            ],
            "/webhooks/africastalking/sms" =>
            [
                ("from", phone), ("to", "36123"), ("text", Pick(["AIDE", "STOP", "VENTE 150000", "bonjour", ""])), ("date", "2026-11-29 10:00:00"), ("id", "ATXid_" + id),
                ("linkId", "link" + id), ("networkCode", "61002"),
            ],
            "/webhooks/africastalking/sms/delivery" =>
            [
                ("id", "ATXid_" + id), ("status", Pick(["Success", "Failed", "Rejected", "Sent", "Buffered", "Expired", "Weird"])), ("phoneNumber", phone),
                ("networkCode", "61002"), ("failureReason", Pick(["", "InsufficientCredit", "UserInBlackList"])), ("retryCount", "0"),
            ],
            "/webhooks/twilio/sms" =>
            [
                ("MessageSid", "SM" + id), ("AccountSid", "AC00000000000000000000000000000000"), ("From", phone), ("To", "+15005550006"),
                ("Body", Pick(["AIDE", "STOP", "VENTE 150000", "bonjour", ""])), ("NumMedia", "0"), ("NumSegments", "1"), ("SmsStatus", "received"), ("ApiVersion", "2010-04-01"),
            ],
            _ =>
            [
                ("MessageSid", "SM" + id), ("MessageStatus", Pick(["delivered", "failed", "undelivered", "sent", "read", "weird"])), ("ErrorCode", Pick(["", "30003", "21610"])),
                ("To", phone), ("From", "+15005550006"),
            ],
        };
    }

    private string Value() => Pick(["", "x", "12", "Awa", "ɲɛ", "😀", "+22376123456", "1*2"]);

    /// <summary>The named field's value replaced (added when absent).</summary>
    private static void Replace(List<(string Name, string Value)> fields, string name, string value)
    {
        var at = fields.FindIndex(f => f.Name == name);
        if (at < 0) fields.Add((name, value));
        else fields[at] = (name, value);
    }

    private void Replace(List<(string Name, string Value)> fields, string value)
    {
        if (fields.Count == 0) return;
        var at = _random.Next(fields.Count);
        fields[at] = (fields[at].Name, value);
    }

    private T Pick<T>(IReadOnlyList<T> items) => items[_random.Next(items.Count)];

    private char Pick(string characters) => characters[_random.Next(characters.Length)];

    /// <summary>Bytes inserted at a random place of the encoded body, or right after a random <c>=</c>.</summary>
    private byte[] Insert(byte[] body, byte[] extra, bool afterEquals)
    {
        var positions = afterEquals ? Enumerable.Range(0, body.Length).Where(i => body[i] == (byte)'=').Select(i => i + 1).ToList() : [];
        var at = positions.Count > 0 ? Pick(positions) : _random.Next(body.Length + 1);
        return [.. body.AsSpan(0, at), .. extra, .. body.AsSpan(at)];
    }

    private static byte[] Encode(IEnumerable<(string Name, string Value)> fields) =>
        Encoding.UTF8.GetBytes(string.Join("&", fields.Select(f => Escape(f.Name) + "=" + Escape(f.Value))));

    /// <summary>Form-encoding that never throws: a lone surrogate goes out as U+FFFD, as a browser would send it.</summary>
    private static string Escape(string text) =>
        Uri.EscapeDataString(Encoding.UTF8.GetString(Encoding.UTF8.GetBytes(text))).Replace("%20", "+", StringComparison.Ordinal);

    private byte[] Multipart(IEnumerable<(string Name, string Value)> fields, string boundary, bool withFile)
    {
        var text = new StringBuilder();
        foreach (var (name, value) in fields)
            text.Append("--").Append(boundary).Append("\r\nContent-Disposition: form-data; name=\"").Append(name).Append("\"\r\n\r\n").Append(value).Append("\r\n");
        if (withFile)
            text.Append("--").Append(boundary).Append("\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.txt\"\r\nContent-Type: text/plain\r\n\r\n")
                .Append(new string('f', Pick([10, 70_000]))).Append("\r\n");
        text.Append("--").Append(boundary).Append("--\r\n");
        return Encoding.UTF8.GetBytes(text.ToString());
    }

    /// <summary>
    /// Twilio's signature over the form as the server will read it (ASP.NET Core's own <see cref="FormReader"/>), or a wrong one.
    /// A body that does not read as a form is signed as if it had no parameters.
    /// </summary>
    private static string Sign(string path, string query, byte[] body, string? contentType, bool correctly)
    {
        if (!correctly) return "d3Jvbmcgc2lnbmF0dXJl";
        Dictionary<string, Microsoft.Extensions.Primitives.StringValues> form;
        try
        {
            form = contentType is not null && contentType.StartsWith(Form, StringComparison.OrdinalIgnoreCase)
                ? new FormReader(Encoding.UTF8.GetString(body)).ReadForm()
                : [];
        }
        catch (InvalidDataException)
        {
            form = [];
        }
        var data = new StringBuilder("http://localhost" + path + query);
        foreach (var (name, value) in form.OrderBy(p => p.Key, StringComparer.Ordinal)) data.Append(name).Append(value.ToString());
        return Convert.ToBase64String(HMACSHA1.HashData(Encoding.UTF8.GetBytes(SmsGateway.TwilioAuthToken), Encoding.UTF8.GetBytes(data.ToString())));
    }
}
