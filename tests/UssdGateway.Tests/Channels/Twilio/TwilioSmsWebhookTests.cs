using System.Net;
using Dapper;
using UssdGateway.Tests.Channels.AfricasTalking;
using UssdGateway.Tests.Support;

namespace UssdGateway.Tests.Channels.Twilio;

/// <summary>Twilio's inbound SMS webhook, as raw signed bodies: the signature checked, the message stored before the empty TwiML.</summary>
public sealed class TwilioSmsWebhookTests(SmsGateway gateway) : IClassFixture<SmsGateway>
{
    private const string Path = "/webhooks/twilio/sms";
    private const string Url = "http://localhost" + Path;
    private const string TwiML = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response/>";

    private static string Body(string sid, string from = "%2B22376123456", string text = "AIDE") =>
        $"ToCountry=ML&ToState=&SmsMessageSid={sid}&NumMedia=0&ToCity=&FromZip=&SmsSid={sid}&FromState=&SmsStatus=received&FromCity="
        + $"&Body={text}&FromCountry=ML&To=%2B15005550006&ToZip=&NumSegments=1&MessageSid={sid}&AccountSid=AC00000000000000000000000000000000"
        + $"&From={from}&ApiVersion=2010-04-01";

    public static TheoryData<string, string, string?, HttpStatusCode, string, string?> RawBodies() => new()
    {
        // name, raw body, signature (null: none; "valid": computed for the URL), expected status, expected body, stored text
        { "signed message", Body("SM0001"), "valid", HttpStatusCode.OK, TwiML, "AIDE" },
        { "Bambara letters", Body("SM0002", text: "%C9%B2%C9%9B+b%C9%94+%C5%8B"), "valid", HttpStatusCode.OK, TwiML, "ɲɛ bɔ ŋ" },
        { "fields Twilio adds later are ignored", Body("SM0003") + "&OptOutType=STOP&MessagingServiceSid=MG123&NewField=1", "valid", HttpStatusCode.OK, TwiML, "AIDE" },
        { "only SmsSid", "SmsSid=SM0004&From=%2B22376123456&To=%2B15005550006&Body=START", "valid", HttpStatusCode.OK, TwiML, "START" },
        { "unsigned", Body("SM0005"), null, HttpStatusCode.Forbidden, "missing or wrong X-Twilio-Signature", null },
        { "wrongly signed", Body("SM0006"), "AAAAAAAAAAAAAAAAAAAAAAAAAAA=", HttpStatusCode.Forbidden, "missing or wrong X-Twilio-Signature", null },
        { "signed with another token", Body("SM0007"), "other-token", HttpStatusCode.Forbidden, "missing or wrong X-Twilio-Signature", null },
        { "body changed after signing", Body("SM0008"), "tampered", HttpStatusCode.Forbidden, "missing or wrong X-Twilio-Signature", null },
        { "missing MessageSid", "From=%2B22376123456&To=%2B15005550006&Body=AIDE", "valid", HttpStatusCode.BadRequest, "missing field MessageSid", null },
        { "missing From", "MessageSid=SM0010&To=%2B15005550006&Body=AIDE", "valid", HttpStatusCode.BadRequest, "missing field From", null },
    };

    [Theory]
    [MemberData(nameof(RawBodies))]
    public async Task Post_VerifiesAndStores_ForRawProviderBody(
        string name, string body, string? signature, HttpStatusCode status, string expected, string? storedText)
    {
        using var client = gateway.Factory.CreateClient();
        using var content = SmsWebhookTests.Raw(body);
        var sent = body;
        var header = signature switch
        {
            null => null,
            "valid" => SmsGateway.TwilioSignature(Url, body),
            "other-token" => SmsGateway.TwilioSignature(Url, body, "another-token"),
            "tampered" => SmsGateway.TwilioSignature(Url, body.Replace("Body=AIDE", "Body=STOP", StringComparison.Ordinal)),
            _ => signature,
        };
        using var request = new HttpRequestMessage(HttpMethod.Post, Path) { Content = content };
        if (header is not null) request.Headers.Add("X-Twilio-Signature", header);

        using var response = await client.SendAsync(request);

        response.StatusCode.Should().Be(status, name);
        (await response.Content.ReadAsStringAsync()).Should().Be(expected, name);
        var sid = sent.Split('&').Select(p => p.Split('=', 2)).FirstOrDefault(p => p[0] is "MessageSid" or "SmsSid")?[1];
        if (sid is null) return;
        using var db = gateway.Factory.OpenDatabase();
        var stored = await db.QuerySingleOrDefaultAsync<string>(
            "SELECT text FROM sms_inbox WHERE provider = 'twilio' AND provider_message_id = @sid", new { sid });
        stored.Should().Be(storedText, name);
    }

    [Fact]
    public async Task Post_AnswersXml_WhenTheMessageIsStored()
    {
        using var client = gateway.Factory.CreateClient();

        using var response = await PostSignedAsync(client, Body("SM0100"), Url);

        response.Content.Headers.ContentType!.MediaType.Should().Be("text/xml");
    }

    [Fact]
    public async Task Post_StoresOnce_WhenTwilioRetries()
    {
        using var client = gateway.Factory.CreateClient();

        (await PostSignedAsync(client, Body("SM0200"), Url)).StatusCode.Should().Be(HttpStatusCode.OK);
        (await PostSignedAsync(client, Body("SM0200"), Url)).StatusCode.Should().Be(HttpStatusCode.OK);

        using var db = gateway.Factory.OpenDatabase();
        (await db.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM sms_inbox WHERE provider_message_id = 'SM0200'")).Should().Be(1);
    }

    [Fact]
    public async Task Post_VerifiesThePublicUrl_WhenForwardedHeadersAreTrusted()
    {
        using var factory = SmsGateway.Create(new Dictionary<string, string?> { ["Sms:Twilio:TrustForwardedHeaders"] = "true" });
        using var client = factory.CreateClient();
        const string publicUrl = "https://sms.example.org" + Path;

        using var forwarded = await PostSignedAsync(client, Body("SM0300"), publicUrl, ("X-Forwarded-Proto", "https"), ("X-Forwarded-Host", "sms.example.org"));
        using var internalUrl = await PostSignedAsync(client, Body("SM0301"), Url, ("X-Forwarded-Proto", "https"), ("X-Forwarded-Host", "sms.example.org"));

        forwarded.StatusCode.Should().Be(HttpStatusCode.OK);
        internalUrl.StatusCode.Should().Be(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Post_IgnoresForwardedHeaders_WhenNotTrusted()
    {
        using var client = gateway.Factory.CreateClient();

        using var response = await PostSignedAsync(client, Body("SM0400"), "https://sms.example.org" + Path, ("X-Forwarded-Proto", "https"), ("X-Forwarded-Host", "sms.example.org"));

        response.StatusCode.Should().Be(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Post_Answers403_WhenTwilioIsNotConfigured()
    {
        using var factory = SmsGateway.Create(new Dictionary<string, string?> { ["Sms:Twilio:AuthToken"] = "" });
        using var client = factory.CreateClient();

        using var response = await PostSignedAsync(client, Body("SM0500"), Url);

        response.StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await response.Content.ReadAsStringAsync()).Should().Be("Twilio SMS is not configured here");
    }

    internal static async Task<HttpResponseMessage> PostSignedAsync(HttpClient client, string body, string signedUrl, params (string Name, string Value)[] headers)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(signedUrl).PathAndQuery) { Content = SmsWebhookTests.Raw(body) };
        request.Headers.Add("X-Twilio-Signature", SmsGateway.TwilioSignature(signedUrl, body));
        foreach (var (name, value) in headers) request.Headers.Add(name, value);
        return await client.SendAsync(request);
    }
}
