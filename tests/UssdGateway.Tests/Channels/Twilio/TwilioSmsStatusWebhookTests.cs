using System.Net;
using Dapper;
using UssdGateway.Tests.Channels.AfricasTalking;
using UssdGateway.Tests.Support;

namespace UssdGateway.Tests.Channels.Twilio;

/// <summary>Twilio's status callbacks, as raw signed bodies: they move the outbox row; unsigned → 403; an unknown sid answers 200.</summary>
public sealed class TwilioSmsStatusWebhookTests(SmsGateway gateway) : IClassFixture<SmsGateway>
{
    private const string Url = "http://localhost/webhooks/twilio/sms/status";

    public static TheoryData<string, string, string, bool, HttpStatusCode, string, string?> RawBodies() => new()
    {
        // name, sid, raw body after MessageSid=, signed, expected status, stored status, stored failure reason
        { "delivered", "SMd1", "&MessageStatus=delivered&To=%2B22376123456&From=%2B15005550006&AccountSid=AC0&ApiVersion=2010-04-01", true, HttpStatusCode.OK, "delivered", null },
        { "undelivered with an error", "SMd2", "&MessageStatus=undelivered&ErrorCode=30003&To=%2B22376123456", true, HttpStatusCode.OK, "failed", "Twilio error 30003" },
        { "failed, opted out", "SMd3", "&MessageStatus=failed&ErrorCode=21610", true, HttpStatusCode.OK, "failed", "Twilio error 21610" },
        { "sent", "SMd4", "&MessageStatus=sent&SmsStatus=sent", true, HttpStatusCode.OK, "sent", null },
        { "read", "SMd5", "&MessageStatus=read&NewField=x", true, HttpStatusCode.OK, "delivered", null },
        { "unsigned", "SMd6", "&MessageStatus=delivered", false, HttpStatusCode.Forbidden, "sent", null },
        { "missing MessageStatus", "SMd7", "&To=%2B22376123456", true, HttpStatusCode.BadRequest, "sent", null },
    };

    [Theory]
    [MemberData(nameof(RawBodies))]
    public async Task Post_UpdatesTheOutbox_ForRawProviderBody(
        string name, string sid, string rest, bool signed, HttpStatusCode status, string storedStatus, string? storedReason)
    {
        await SmsDeliveryWebhookTests.SentMessageAsync(gateway.Factory, "twilio", sid);
        using var client = gateway.Factory.CreateClient();
        var body = "MessageSid=" + sid + rest;

        using var response = signed
            ? await TwilioSmsWebhookTests.PostSignedAsync(client, body, Url)
            : await client.PostAsync(new Uri(Url).PathAndQuery, SmsWebhookTests.Raw(body));

        response.StatusCode.Should().Be(status, name);
        using var db = gateway.Factory.OpenDatabase();
        var row = await db.QuerySingleAsync<(string Status, string? Reason)>(
            "SELECT status, failure_reason FROM sms_outbox WHERE provider_message_id = @sid", new { sid });
        row.Should().Be((storedStatus, storedReason), name);
    }

    [Fact]
    public async Task Post_Answers200_WhenTheSidIsUnknown()
    {
        using var client = gateway.Factory.CreateClient();

        using var response = await TwilioSmsWebhookTests.PostSignedAsync(client, "MessageSid=SMnobody&MessageStatus=delivered", Url);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
    }
}
