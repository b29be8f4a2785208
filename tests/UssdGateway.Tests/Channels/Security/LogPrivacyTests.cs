using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using UssdGateway.Infrastructure.Sms;
using UssdGateway.Tests.Support;

namespace UssdGateway.Tests.Channels.Security;

/// <summary>
/// Logs at every level, from start to a round of webhook calls: phone numbers appear only masked (<c>+22376****56</c>)
/// and no secret (Africa's Talking's API key and callback token, Twilio's auth token) appears at all.
/// </summary>
public sealed class LogPrivacyTests
{
    private const string Phone = "+22376123456";
    private const string Token = "at-callback-token-secret-77";
    private const string ApiKey = "at-test-key";

    [Fact]
    public async Task Logs_NeverHoldAFullPhoneNumberOrASecret_DuringStartAndWebhookCalls()
    {
        var logs = new CapturedLogs();
        using var factory = SmsGateway.Create(
            new Dictionary<string, string?>
            {
                ["Webhooks:AfricasTalking:Token"] = Token,
                ["Webhooks:RateLimits:UssdHopsPerMinute"] = "1",
                ["Webhooks:RateLimits:SmsPerMinute"] = "1",
                ["Logging:LogLevel:Default"] = "Trace",
                ["Logging:LogLevel:Microsoft"] = "Trace",
                ["Logging:LogLevel:Microsoft.AspNetCore"] = "Trace",
            },
            services => services.AddSingleton<ILoggerProvider>(logs));
        using var client = factory.CreateClient();
        var q = "?token=" + Token;

        await PostAsync(client, "/webhooks/africastalking/ussd" + q, $"sessionId=ATUid_p1&serviceCode=*384*123%23&phoneNumber={Uri.EscapeDataString(Phone)}&text=");
        await PostAsync(client, "/webhooks/africastalking/ussd" + q, $"sessionId=ATUid_p1&serviceCode=*384*123%23&phoneNumber={Uri.EscapeDataString(Phone)}&text=1");
        await PostAsync(client, "/webhooks/africastalking/ussd/events" + q, $"sessionId=ATUid_p1&status=Success&phoneNumber={Uri.EscapeDataString(Phone)}");
        await PostAsync(client, "/webhooks/africastalking/sms" + q, $"from={Uri.EscapeDataString(Phone)}&to=36123&text=AIDE&id=ATXid_p1");
        await PostAsync(client, "/webhooks/africastalking/sms" + q, $"from={Uri.EscapeDataString(Phone)}&to=36123&text=AIDE&id=ATXid_p2");
        await PostAsync(client, "/webhooks/africastalking/sms/delivery" + q, $"id=ATXid_unknown&status=Failed&phoneNumber={Uri.EscapeDataString(Phone)}");
        await PostAsync(client, "/webhooks/africastalking/sms", $"from={Uri.EscapeDataString(Phone)}&to=36123&text=AIDE&id=ATXid_p3");
        var twilio = $"MessageSid=SMp1&From={Uri.EscapeDataString(Phone)}&To=%2B15005550006&Body=AIDE";
        using (var signed = new HttpRequestMessage(HttpMethod.Post, "/webhooks/twilio/sms") { Content = Form(twilio) })
        {
            signed.Headers.Add("X-Twilio-Signature", SmsGateway.TwilioSignature("http://localhost/webhooks/twilio/sms", twilio));
            (await client.SendAsync(signed)).StatusCode.Should().Be(HttpStatusCode.OK);
        }

        var text = logs.AllText;
        text.Should().Contain("+22376****56", "the rate limits' log lines name the number, masked");
        text.Should().NotContain("2237612345").And.NotContain("76123456");
        text.Should().NotContain(Token).And.NotContain(ApiKey).And.NotContain(SmsGateway.TwilioAuthToken);
    }

    [Fact]
    public async Task LogSmsSender_WritesTheRecipientMasked()
    {
        var logs = new CapturedLogs();
        using var loggers = new LoggerFactory([logs]);

        await new LogSmsSender(loggers.CreateLogger<LogSmsSender>()).SendAsync(Phone, "Bonjour");

        logs.AllText.Should().Contain("+22376****56").And.NotContain(Phone);
    }

    private static async Task PostAsync(HttpClient client, string path, string body)
    {
        using var response = await client.PostAsync(path, Form(body));
        ((int)response.StatusCode).Should().BeLessThan(500);
    }

    private static StringContent Form(string body) => new(body, System.Text.Encoding.UTF8, "application/x-www-form-urlencoded");
}
