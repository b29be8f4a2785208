using System.Net;
using System.Text;
using Dapper;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using UssdGateway.Core.Sms;
using UssdGateway.Tests.Support;

namespace UssdGateway.Tests.Channels.AfricasTalking;

/// <summary>Africa's Talking's inbound SMS callback, as raw bodies: stored in the inbox before the 200, once per message id.</summary>
public sealed class SmsWebhookTests(SmsGateway gateway) : IClassFixture<SmsGateway>
{
    private const string Form = "application/x-www-form-urlencoded";
    private const string Path = "/webhooks/africastalking/sms";

    public static TheoryData<string, string, string, HttpStatusCode, string, string?, string?> RawBodies() => new()
    {
        // name, content type, raw body, expected status, expected body, stored text (null: nothing stored), stored sender E.164
        {
            "complete message", Form,
            "from=%2B22376123456&to=36123&text=VENTE+150000&date=2026-11-29+10%3A00%3A00&id=ATXid_s1&linkId=SampleLinkId123&networkCode=61002",
            HttpStatusCode.OK, "OK", "VENTE 150000", "+22376123456"
        },
        { "ISO date, no linkId", Form, "from=%2B22366123456&to=36123&text=AIDE&date=2026-11-29T10%3A00%3A00Z&id=ATXid_s2", HttpStatusCode.OK, "OK", "AIDE", "+22366123456" },
        { "extra fields are ignored", Form, "from=%2B22376123457&to=36123&text=STOP&id=ATXid_s3&foo=bar&cost=0&networkCode=61002", HttpStatusCode.OK, "OK", "STOP", "+22376123457" },
        { "Bambara letters", Form, "from=%2B22376123458&to=36123&text=%C9%B2%C9%9B+b%C9%94+%C5%8B&id=ATXid_s4", HttpStatusCode.OK, "OK", "ɲɛ bɔ ŋ", "+22376123458" },
        { "French accents and a line break", Form, "from=%2B22376123459&to=36123&text=ARR%C3%8AT%0Amerci+%C3%A7a&id=ATXid_s5", HttpStatusCode.OK, "OK", "ARRÊT\nmerci ça", "+22376123459" },
        { "empty text", Form, "from=%2B22376123460&to=36123&text=&id=ATXid_s6", HttpStatusCode.OK, "OK", "", "+22376123460" },
        { "invalid sender stored as received, flagged", Form, "from=abc123&to=36123&text=hello&id=ATXid_s7", HttpStatusCode.OK, "OK", "hello", null },
        { "missing id", Form, "from=%2B22376123456&to=36123&text=hello", HttpStatusCode.BadRequest, "missing field id", null, null },
        { "missing from and to", Form, "text=hello&id=ATXid_s9", HttpStatusCode.BadRequest, "missing fields from, to", null, null },
        { "missing text", Form, "from=%2B22376123456&to=36123&id=ATXid_s10", HttpStatusCode.BadRequest, "missing field text", null, null },
        { "JSON", "application/json", "{\"from\":\"+22376123456\"}", HttpStatusCode.BadRequest, "expected a form (application/x-www-form-urlencoded) with from, to, text and id", null, null },
    };

    [Theory]
    [MemberData(nameof(RawBodies))]
    public async Task Post_StoresTheMessage_ForRawProviderBody(
        string name, string contentType, string body, HttpStatusCode status, string expected, string? storedText, string? storedFrom)
    {
        using var client = gateway.Factory.CreateClient();

        using var response = await client.PostAsync(Path, Raw(body, contentType));

        response.StatusCode.Should().Be(status, name);
        (await response.Content.ReadAsStringAsync()).Should().Be(expected, name);
        if (storedText is null) return;
        var id = body.Split('&').Single(p => p.StartsWith("id=", StringComparison.Ordinal))["id=".Length..];
        using var db = gateway.Factory.OpenDatabase();
        var row = await db.QuerySingleAsync<(string Text, string? FromE164, string Status)>(
            "SELECT text, from_e164, status FROM sms_inbox WHERE provider = 'africastalking' AND provider_message_id = @id", new { id });
        row.Text.Should().Be(storedText, name);
        row.FromE164.Should().Be(storedFrom, name);
        row.Status.Should().Be(storedFrom is null ? "ignored" : "received", name);
    }

    [Fact]
    public async Task Post_StoresOnce_WhenTheProviderRetries()
    {
        using var client = gateway.Factory.CreateClient();
        const string body = "from=%2B22376120001&to=36123&text=AIDE&id=ATXid_retry";

        (await client.PostAsync(Path, Raw(body))).StatusCode.Should().Be(HttpStatusCode.OK);
        (await client.PostAsync(Path, Raw(body))).StatusCode.Should().Be(HttpStatusCode.OK);
        await Task.WhenAll(Enumerable.Range(0, 4).Select(async _ => (await client.PostAsync(Path, Raw(body))).StatusCode.Should().Be(HttpStatusCode.OK)));

        using var db = gateway.Factory.OpenDatabase();
        (await db.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM sms_inbox WHERE provider_message_id = 'ATXid_retry'")).Should().Be(1);
    }

    [Fact]
    public async Task Post_Answers503_WhenTheDatabaseIsUnavailable()
    {
        using var factory = SmsGateway.Create(services: s => s.Replace(ServiceDescriptor.Singleton<ISmsInbox>(new FailingInbox())));
        using var client = factory.CreateClient();

        using var response = await client.PostAsync(Path, Raw("from=%2B22376120002&to=36123&text=AIDE&id=ATXid_503"));

        response.StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable);
        (await response.Content.ReadAsStringAsync()).Should().Be("not stored; please retry");
    }

    [Fact]
    public async Task Post_Answers403AndStoresNothing_WhenAfricasTalkingIsNotConfigured()
    {
        using var factory = SmsGateway.Create(new Dictionary<string, string?> { ["Sms:AfricasTalking:ApiKey"] = "" });
        using var client = factory.CreateClient();

        using var response = await client.PostAsync(Path, Raw("from=%2B22376120003&to=36123&text=AIDE&id=ATXid_403"));

        response.StatusCode.Should().Be(HttpStatusCode.Forbidden);
        using var db = factory.OpenDatabase();
        (await db.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM sms_inbox")).Should().Be(0);
    }

    internal static ByteArrayContent Raw(string body, string contentType = Form)
    {
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes(body));
        content.Headers.TryAddWithoutValidation("Content-Type", contentType);
        return content;
    }

    private sealed class FailingInbox : ISmsInbox
    {
        public Task<bool> StoreAsync(InboundSms message, CancellationToken cancellationToken = default) =>
            throw new InvalidOperationException("database is locked");
    }
}
