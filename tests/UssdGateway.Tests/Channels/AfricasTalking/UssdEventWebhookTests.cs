using System.Net;
using System.Text;
using Dapper;
using Microsoft.Extensions.DependencyInjection;
using UssdGateway.Core.Sessions;
using UssdGateway.Tests.Support;

namespace UssdGateway.Tests.Channels.AfricasTalking;

/// <summary>Africa's Talking's end-of-session notifications, as raw bodies: tolerant of missing and extra fields.</summary>
public sealed class UssdEventWebhookTests(GatewayFactory factory) : IClassFixture<GatewayFactory>
{
    private const string Form = "application/x-www-form-urlencoded";
    private const string Path = "/webhooks/africastalking/ussd/events";

    public static TheoryData<string, string, string, HttpStatusCode, string, string?> RawBodies() => new()
    {
        // name, content type, raw body, expected status, expected body, expected stored status (null: nothing stored)
        {
            "complete notification", Form,
            "date=2026-11-29+10%3A05%3A00&sessionId=ATUid_e1&serviceCode=*384*123%23&networkCode=61002&phoneNumber=%2B22376123456"
            + "&status=Success&cost=XOF+10.0000&durationInMillis=41234&hopsCount=9&input=1*1&lastAppResponse=END+Merci&errorMessage=",
            HttpStatusCode.OK, "OK", "Success"
        },
        { "incomplete, few fields", Form, "sessionId=ATUid_e2&status=Incomplete", HttpStatusCode.OK, "OK", "Incomplete" },
        { "failed with an error", Form, "sessionId=ATUid_e3&status=Failed&errorMessage=Timeout&hopsCount=2&durationInMillis=180000", HttpStatusCode.OK, "OK", "Failed" },
        { "no status", Form, "sessionId=ATUid_e4&hopsCount=3", HttpStatusCode.OK, "OK", "Unknown" },
        { "unreadable numbers and date are dropped", Form, "sessionId=ATUid_e5&status=Success&hopsCount=many&durationInMillis=-4&date=yesterday&phoneNumber=abc", HttpStatusCode.OK, "OK", "Success" },
        { "ISO date and extra fields", Form, "sessionId=ATUid_e6&status=Success&date=2026-11-29T10%3A00%3A00Z&foo=bar&extra=1", HttpStatusCode.OK, "OK", "Success" },
        { "missing sessionId", Form, "status=Success&hopsCount=3", HttpStatusCode.BadRequest, "missing field sessionId", null },
        { "sessionId with spaces", Form, "sessionId=AT+Uid&status=Success", HttpStatusCode.BadRequest, "sessionId must be at most 128 characters, without spaces or control characters", null },
        { "JSON", "application/json", "{\"sessionId\":\"ATUid_e9\"}", HttpStatusCode.BadRequest, "expected a form (application/x-www-form-urlencoded) with at least sessionId", null },
    };

    [Theory]
    [MemberData(nameof(RawBodies))]
    public async Task Post_RecordsHowTheSessionEnded_ForRawProviderBody(
        string name, string contentType, string body, HttpStatusCode status, string expected, string? storedStatus)
    {
        using var client = factory.CreateClient();
        using var content = new ByteArrayContent(Encoding.UTF8.GetBytes(body));
        content.Headers.TryAddWithoutValidation("Content-Type", contentType);

        using var response = await client.PostAsync(Path, content);

        response.StatusCode.Should().Be(status, name);
        (await response.Content.ReadAsStringAsync()).Should().Be(expected, name);
        if (storedStatus is null) return;
        var sessionId = body.Split('&').Single(p => p.StartsWith("sessionId=", StringComparison.Ordinal))["sessionId=".Length..];
        using var db = factory.OpenDatabase();
        (await db.QuerySingleAsync<string>("SELECT status FROM ussd_session_ends WHERE session_id = @sessionId", new { sessionId }))
            .Should().Be(storedStatus, name);
    }

    [Fact]
    public async Task Post_KeepsOneRecord_WhenTheNotificationIsRepeated()
    {
        using var client = factory.CreateClient();
        var body = new Dictionary<string, string> { ["sessionId"] = "ATUid_twice", ["status"] = "Success", ["hopsCount"] = "4" };

        (await client.PostAsync(Path, new FormUrlEncodedContent(body))).StatusCode.Should().Be(HttpStatusCode.OK);
        (await client.PostAsync(Path, new FormUrlEncodedContent(body))).StatusCode.Should().Be(HttpStatusCode.OK);

        using var db = factory.OpenDatabase();
        (await db.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM ussd_session_ends WHERE session_id = 'ATUid_twice'")).Should().Be(1);
    }

    [Fact]
    public async Task Post_FreesTheSession_WhenItEnded()
    {
        var store = factory.Services.GetRequiredService<ISessionStore>();
        using var client = factory.CreateClient();
        var phone = new UssdPhone(client, TestPhones.Next());
        await phone.DialAsync();
        await phone.SendAsync("1");
        (await store.GetAsync(UssdSession.KeyFor("africastalking", phone.SessionId))).Should().NotBeNull();

        await client.PostAsync(Path, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["sessionId"] = phone.SessionId,
            ["status"] = "Incomplete",
        }));

        (await store.GetAsync(UssdSession.KeyFor("africastalking", phone.SessionId))).Should().BeNull();
    }
}
