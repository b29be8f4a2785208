using System.Net;
using System.Text;
using UssdGateway.Tests.Support;

namespace UssdGateway.Tests.Channels.AfricasTalking;

/// <summary>
/// The Africa's Talking USSD callback, fed raw request bodies as the provider sends them (and as it
/// should never send them), with the status and body the gateway must answer.
/// </summary>
public sealed class UssdWebhookTests(GatewayFactory factory) : IClassFixture<GatewayFactory>
{
    private const string Form = "application/x-www-form-urlencoded";
    private const string Path = "/webhooks/africastalking/ussd";

    public static TheoryData<string, string, string, HttpStatusCode, string> RawBodies()
    {
        var n = 100;
        string Phone() => "%2B22376000" + n++;
        return new()
        {
            // name, content type, raw body, expected status, expected body start
            { "first hop", Form, $"sessionId=ATUid_a1&serviceCode=*384*123%23&phoneNumber={Phone()}&networkCode=61002&text=", HttpStatusCode.OK, "CON Langue / Kan:\n1. Français\n2. Bamanankan" },
            { "first hop without networkCode", Form, $"sessionId=ATUid_a2&serviceCode=*384*123%23&phoneNumber={Phone()}&text=", HttpStatusCode.OK, "CON Langue / Kan:" },
            { "first hop without text", Form, $"sessionId=ATUid_a3&serviceCode=*384*123%23&phoneNumber={Phone()}", HttpStatusCode.OK, "CON Langue / Kan:" },
            { "extra fields are ignored", Form, $"sessionId=ATUid_a4&serviceCode=*384*123%23&phoneNumber={Phone()}&networkCode=61002&text=&cost=0&hopsCount=1&foo=bar", HttpStatusCode.OK, "CON Langue / Kan:" },
            { "code without the closing #", Form, $"sessionId=ATUid_a5&serviceCode=*384*123&phoneNumber={Phone()}&text=", HttpStatusCode.OK, "CON Langue / Kan:" },
            { "dial string carries the answers", Form, $"sessionId=ATUid_a6&serviceCode=*384*123*1*1%23&phoneNumber={Phone()}&text=", HttpStatusCode.OK, "CON Votre nom complet" },
            { "a local number is normalised", Form, "sessionId=ATUid_a7&serviceCode=*384*123%23&phoneNumber=76+12+34+99&text=", HttpStatusCode.OK, "CON " },
            { "unknown service code", Form, $"sessionId=ATUid_b1&serviceCode=*999%23&phoneNumber={Phone()}&text=", HttpStatusCode.OK, "END Ce code n'est pas en service." },
            { "missing sessionId", Form, $"serviceCode=*384*123%23&phoneNumber={Phone()}&text=", HttpStatusCode.BadRequest, "missing field sessionId" },
            { "empty sessionId", Form, $"sessionId=&serviceCode=*384*123%23&phoneNumber={Phone()}&text=", HttpStatusCode.BadRequest, "field sessionId is empty" },
            { "missing serviceCode", Form, $"sessionId=ATUid_c1&phoneNumber={Phone()}&text=", HttpStatusCode.BadRequest, "missing field serviceCode" },
            { "missing phoneNumber", Form, "sessionId=ATUid_c2&serviceCode=*384*123%23&text=", HttpStatusCode.BadRequest, "missing field phoneNumber" },
            { "phoneNumber not a number", Form, "sessionId=ATUid_c3&serviceCode=*384*123%23&phoneNumber=hello&text=", HttpStatusCode.BadRequest, "phoneNumber is not a valid phone number" },
            { "phoneNumber too short", Form, "sessionId=ATUid_c4&serviceCode=*384*123%23&phoneNumber=%2B2237612&text=", HttpStatusCode.BadRequest, "phoneNumber is not a valid phone number" },
            { "sessionId given twice", Form, $"sessionId=ATUid_c5&sessionId=ATUid_c6&serviceCode=*384*123%23&phoneNumber={Phone()}&text=", HttpStatusCode.BadRequest, "field sessionId is given 2 times" },
            { "serviceCode with letters", Form, $"sessionId=ATUid_c7&serviceCode=abc&phoneNumber={Phone()}&text=", HttpStatusCode.BadRequest, "serviceCode must be a USSD code" },
            { "sessionId with a control character", Form, $"sessionId=AT%01x&serviceCode=*384*123%23&phoneNumber={Phone()}&text=", HttpStatusCode.BadRequest, "sessionId must not contain" },
            { "text far too long", Form, $"sessionId=ATUid_c8&serviceCode=*384*123%23&phoneNumber={Phone()}&text={new string('1', 2001)}", HttpStatusCode.BadRequest, "field text is longer than 2000 characters" },
            { "JSON instead of a form", "application/json", "{\"sessionId\":\"ATUid_d1\"}", HttpStatusCode.BadRequest, "expected a form" },
            { "no content type", "", "sessionId=ATUid_d2", HttpStatusCode.BadRequest, "expected a form" },
        };
    }

    [Theory]
    [MemberData(nameof(RawBodies))]
    public async Task Post_AnswersExpectedStatusAndBody_ForRawProviderBody(string name, string contentType, string body, HttpStatusCode status, string expected)
    {
        using var client = factory.CreateClient();
        using var content = new ByteArrayContent(Encoding.UTF8.GetBytes(body));
        if (contentType.Length > 0) content.Headers.TryAddWithoutValidation("Content-Type", contentType);

        using var response = await client.PostAsync(Path, content);
        var text = await response.Content.ReadAsStringAsync();

        response.StatusCode.Should().Be(status, name);
        response.Content.Headers.ContentType!.MediaType.Should().Be("text/plain", name);
        text.Should().StartWith(expected, name);
        text.Should().NotContain("Exception", name).And.NotContain("   at ", name);
        if (status == HttpStatusCode.BadRequest) text.Should().NotContain("\n", "a 400 carries a one-line reason");
    }

    [Fact]
    public async Task Get_IsNotAllowed_OnTheWebhook()
    {
        using var client = factory.CreateClient();

        using var response = await client.GetAsync(Path);

        response.StatusCode.Should().Be(HttpStatusCode.MethodNotAllowed);
    }

    [Fact]
    public async Task Post_RepeatsTheSameScreen_WhenTheTelcoRetriesAHop()
    {
        using var client = factory.CreateClient();
        var phone = new UssdPhone(client, TestPhones.Next());
        await phone.DialAsync();
        var first = await phone.SendAsync("1");

        var retried = await phone.RetryAsync();

        retried.Should().Be(first).And.StartWith("CON RENAPESS");
        (await phone.SendAsync("2")).Should().StartWith("CON Les formes d'entreprise de l'ESS:", "the retry did not advance the session");
    }
}
