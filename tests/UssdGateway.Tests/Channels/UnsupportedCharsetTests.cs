using System.Net;
using System.Text;
using UssdGateway.Tests.Support;

namespace UssdGateway.Tests.Channels;

/// <summary>
/// Found by the fuzz test: a form declared <c>charset=utf-7</c> made ASP.NET Core's form reader throw
/// <see cref="NotSupportedException"/>: a 500 on the SMS webhooks and a hidden crash (the apology END) on the USSD one.
/// Every webhook now answers 415 with its reason.
/// </summary>
public sealed class UnsupportedCharsetTests(SmsGateway gateway) : IClassFixture<SmsGateway>
{
    public static TheoryData<string> Paths() => new()
    {
        "/webhooks/africastalking/ussd", "/webhooks/africastalking/ussd/events", "/webhooks/africastalking/sms",
        "/webhooks/africastalking/sms/delivery", "/webhooks/twilio/sms", "/webhooks/twilio/sms/status",
    };

    [Theory]
    [MemberData(nameof(Paths))]
    public async Task Post_Answers415WithAReason_WhenTheFormIsDeclaredUtf7(string path)
    {
        using var client = gateway.Factory.CreateClient();
        using var content = new ByteArrayContent(Encoding.ASCII.GetBytes("sessionId=ATUid_u7&from=%2B22376123456&to=36123&text=AIDE&id=ATXid_u7"));
        content.Headers.TryAddWithoutValidation("Content-Type", "application/x-www-form-urlencoded; charset=utf-7");

        using var response = await client.PostAsync(path, content);

        response.StatusCode.Should().Be(HttpStatusCode.UnsupportedMediaType);
        (await response.Content.ReadAsStringAsync()).Should().Be("charset utf-7 is not supported; send UTF-8");
    }

    [Fact]
    public async Task Post_ReadsTheForm_WhenTheCharsetIsUnknown()
    {
        using var client = gateway.Factory.CreateClient();
        using var content = new ByteArrayContent(Encoding.ASCII.GetBytes("from=%2B22376123456&to=36123&text=AIDE&id=ATXid_cs1"));
        content.Headers.TryAddWithoutValidation("Content-Type", "application/x-www-form-urlencoded; charset=nonsense");

        using var response = await client.PostAsync("/webhooks/africastalking/sms", content);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
    }
}
