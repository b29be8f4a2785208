using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using UssdGateway.Tests.Support;

namespace UssdGateway.Tests.Channels.Security;

/// <summary>
/// Africa's Talking's callbacks are not signed: when <c>Webhooks:AfricasTalking:Token</c> is set each must carry it as
/// <c>?token=</c>, and when <c>AllowedIps</c> is not empty it must come from one of them; both off by default.
/// </summary>
public sealed class AfricasTalkingCallerTests
{
    private const string Token = "at-callback-token-42";

    public static TheoryData<string, string> Webhooks() => new()
    {
        { "/webhooks/africastalking/ussd", "sessionId=ATUid_tok1&serviceCode=*384*123%23&phoneNumber=%2B22376550001&text=" },
        { "/webhooks/africastalking/ussd/events", "sessionId=ATUid_tok2&status=Success&phoneNumber=%2B22376550002" },
        { "/webhooks/africastalking/sms", "from=%2B22376550003&to=36123&text=AIDE&id=ATXid_tok3" },
        { "/webhooks/africastalking/sms/delivery", "id=ATXid_tok4&status=Success" },
    };

    [Theory]
    [MemberData(nameof(Webhooks))]
    public async Task Post_Answers403WithAReason_WhenTheTokenIsMissingOrWrong(string path, string body)
    {
        using var factory = SmsGateway.Create(new Dictionary<string, string?> { ["Webhooks:AfricasTalking:Token"] = Token });
        using var client = factory.CreateClient();

        foreach (var query in new[] { "", "?token=", "?token=wrong", "?token=" + Token + "x", "?token=" + Token.ToUpperInvariant(), "?token=" + Token + "&token=" + Token })
        {
            using var response = await client.PostAsync(path + query, Form(body));

            response.StatusCode.Should().Be(HttpStatusCode.Forbidden, query);
            (await response.Content.ReadAsStringAsync()).Should().Be("missing or wrong token", query);
        }
    }

    [Theory]
    [MemberData(nameof(Webhooks))]
    public async Task Post_IsServed_WhenTheTokenIsRight(string path, string body)
    {
        using var factory = SmsGateway.Create(new Dictionary<string, string?> { ["Webhooks:AfricasTalking:Token"] = Token });
        using var client = factory.CreateClient();

        using var response = await client.PostAsync(path + "?token=" + Token, Form(body));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Theory]
    [MemberData(nameof(Webhooks))]
    public async Task Post_NeedsNoToken_WhenNoneIsConfigured(string path, string body)
    {
        using var factory = SmsGateway.Create();
        using var client = factory.CreateClient();

        using var response = await client.PostAsync(path, Form(body));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Theory]
    [InlineData("196.201.214.10", HttpStatusCode.OK)]
    [InlineData("196.201.215.77", HttpStatusCode.OK)]
    [InlineData("::ffff:196.201.215.77", HttpStatusCode.OK)]
    [InlineData("203.0.113.5", HttpStatusCode.Forbidden)]
    [InlineData("", HttpStatusCode.Forbidden)]
    public async Task Post_IsServedOnlyFromAllowedAddresses_WhenAnAllowListIsSet(string remote, HttpStatusCode expected)
    {
        using var factory = SmsGateway.Create(
            new Dictionary<string, string?>
            {
                ["Webhooks:AfricasTalking:AllowedIps:0"] = "196.201.214.10",
                ["Webhooks:AfricasTalking:AllowedIps:1"] = "196.201.215.0/24",
            },
            services => services.AddSingleton<IStartupFilter, RemoteAddressFromHeader>());
        using var client = factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/webhooks/africastalking/sms") { Content = Form("from=%2B22376550005&to=36123&text=AIDE&id=ATXid_ip" + remote) };
        request.Headers.Add(RemoteAddressFromHeader.Header, remote);

        using var response = await client.SendAsync(request);

        response.StatusCode.Should().Be(expected);
        if (expected == HttpStatusCode.Forbidden) (await response.Content.ReadAsStringAsync()).Should().Be("caller address not allowed");
    }

    [Fact]
    public async Task Post_ToTwilio_IsNotAskedForTheToken()
    {
        using var factory = SmsGateway.Create(new Dictionary<string, string?> { ["Webhooks:AfricasTalking:Token"] = Token });
        using var client = factory.CreateClient();
        const string body = "MessageSid=SMtok1&From=%2B22376550006&To=%2B15005550006&Body=AIDE";
        using var request = new HttpRequestMessage(HttpMethod.Post, "/webhooks/twilio/sms") { Content = Form(body) };
        request.Headers.Add("X-Twilio-Signature", SmsGateway.TwilioSignature("http://localhost/webhooks/twilio/sms", body));

        using var response = await client.SendAsync(request);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public void Start_Fails_WhenAnAllowListEntryIsNotAnAddress()
    {
        using var factory = SmsGateway.Create(new Dictionary<string, string?> { ["Webhooks:AfricasTalking:AllowedIps:0"] = "africastalking.example" });

        var start = () => factory.CreateClient();

        start.Should().Throw<Exception>().Which.ToString().Should().Contain("AllowedIps");
    }

    private static StringContent Form(string body) => new(body, System.Text.Encoding.UTF8, "application/x-www-form-urlencoded");
}
