using System.Net;
using Dapper;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;
using UssdGateway.Core.Programme;
using UssdGateway.Core.Sessions;
using UssdGateway.Tests.Support;

namespace UssdGateway.Tests.Channels.Security;

/// <summary>
/// Per-number limits (<c>Webhooks:RateLimits</c>): a USSD hop over the limit gets a polite <c>END</c> in the caller's
/// language without the engine; an SMS over the limit is stored, marked <c>ignored</c> / <c>rate limited</c>, never answered.
/// </summary>
public sealed class RateLimitWebhookTests : IDisposable
{
    private const string Ussd = "/webhooks/africastalking/ussd";
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 29, 10, 0, 0, TimeSpan.Zero));
    private readonly GatewayFactory _factory;

    public RateLimitWebhookTests() => _factory = SmsGateway.Create(
        new Dictionary<string, string?> { ["Webhooks:RateLimits:UssdHopsPerMinute"] = "2", ["Webhooks:RateLimits:SmsPerMinute"] = "2" },
        services => services.Replace(ServiceDescriptor.Singleton<TimeProvider>(_time)));

    [Fact]
    public async Task UssdHop_AnswersEndInFrench_WhenTheNumberIsOverItsLimit()
    {
        using var client = _factory.CreateClient();

        (await HopAsync(client, "ATUid_rl1", "+22376660001")).Should().StartWith("CON ");
        (await HopAsync(client, "ATUid_rl2", "+22376660001")).Should().StartWith("CON ");
        var limited = await HopAsync(client, "ATUid_rl3", "+22376660001");

        limited.Should().Be("END Trop de demandes. Merci de réessayer dans une minute.");
        (await HopAsync(client, "ATUid_rl4", "+22376660002")).Should().StartWith("CON ", "another number has its own count");
    }

    [Fact]
    public async Task UssdHop_AnswersEndInBambara_WhenTheCallerChoseBambara()
    {
        using (var scope = _factory.Services.CreateScope())
            await scope.ServiceProvider.GetRequiredService<ICallerPreferences>().SetLanguageAsync("+22376660003", "bm");
        using var client = _factory.CreateClient();
        await HopAsync(client, "ATUid_rl5", "+22376660003");
        await HopAsync(client, "ATUid_rl6", "+22376660003");

        var limited = await HopAsync(client, "ATUid_rl7", "+22376660003");

        limited.Should().Be("END I ye ɲininkali caman kɛ. I ka segin miniti kelen kɔfɛ.");
    }

    [Fact]
    public async Task UssdHop_DoesNotRunTheEngine_WhenTheNumberIsOverItsLimit()
    {
        using var client = _factory.CreateClient();
        await HopAsync(client, "ATUid_rl8", "+22376660004");
        await HopAsync(client, "ATUid_rl8", "+22376660004", "1");

        (await HopAsync(client, "ATUid_rl8", "+22376660004", "1*1")).Should().StartWith("END Trop de demandes");

        var session = await _factory.Services.GetRequiredService<ISessionStore>().GetAsync(UssdSession.KeyFor("africastalking", "ATUid_rl8"));
        session!.LastText.Should().Be("1", "the refused hop left the session where it was");
        _time.Advance(TimeSpan.FromMinutes(1));
        (await HopAsync(client, "ATUid_rl8", "+22376660004", "1*1")).Should().StartWith("CON ");
    }

    [Theory]
    [InlineData("africastalking")]
    [InlineData("twilio")]
    public async Task InboundSms_IsStoredIgnoredAsRateLimited_WhenTheSenderIsOverItsLimit(string provider)
    {
        using var client = _factory.CreateClient();

        for (var i = 1; i <= 4; i++)
            (await PostSmsAsync(client, provider, "rl-" + provider + i, "+22376660010")).StatusCode.Should().Be(HttpStatusCode.OK);

        using var db = _factory.OpenDatabase();
        var rows = (await db.QueryAsync<(string Id, string Status, string? Outcome)>(
            "SELECT provider_message_id, status, outcome FROM sms_inbox WHERE provider = @provider ORDER BY id", new { provider })).ToList();
        rows.Should().Equal(
            ("rl-" + provider + "1", "received", null),
            ("rl-" + provider + "2", "received", null),
            ("rl-" + provider + "3", "ignored", "rate limited"),
            ("rl-" + provider + "4", "ignored", "rate limited"));
    }

    [Fact]
    public async Task InboundSms_IsAnsweredAgain_WhenTheMinuteHasPassed()
    {
        using var client = _factory.CreateClient();
        for (var i = 1; i <= 3; i++) await PostSmsAsync(client, "africastalking", "rl-again" + i, "+22376660011");

        _time.Advance(TimeSpan.FromMinutes(1));
        await PostSmsAsync(client, "africastalking", "rl-again4", "+22376660011");

        using var db = _factory.OpenDatabase();
        (await db.ExecuteScalarAsync<string>("SELECT status FROM sms_inbox WHERE provider_message_id = 'rl-again4'")).Should().Be("received");
    }

    private static async Task<string> HopAsync(HttpClient client, string sessionId, string phone, string text = "")
    {
        using var response = await client.PostAsync(Ussd, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["sessionId"] = sessionId, ["serviceCode"] = "*384*123#", ["phoneNumber"] = phone, ["text"] = text,
        }));
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        return await response.Content.ReadAsStringAsync();
    }

    private static async Task<HttpResponseMessage> PostSmsAsync(HttpClient client, string provider, string id, string from)
    {
        if (provider == "africastalking")
            return await client.PostAsync("/webhooks/africastalking/sms", new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["from"] = from, ["to"] = "36123", ["text"] = "AIDE", ["id"] = id,
            }));
        var body = $"MessageSid={id}&From={Uri.EscapeDataString(from)}&To=%2B15005550006&Body=AIDE";
        using var request = new HttpRequestMessage(HttpMethod.Post, "/webhooks/twilio/sms")
        {
            Content = new StringContent(body, System.Text.Encoding.UTF8, "application/x-www-form-urlencoded"),
        };
        request.Headers.Add("X-Twilio-Signature", SmsGateway.TwilioSignature("http://localhost/webhooks/twilio/sms", body));
        return await client.SendAsync(request);
    }

    public void Dispose() => _factory.Dispose();
}
