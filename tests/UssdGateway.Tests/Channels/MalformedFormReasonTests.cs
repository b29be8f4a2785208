using System.Net;
using System.Text;
using UssdGateway.Tests.Support;

namespace UssdGateway.Tests.Channels;

/// <summary>
/// Found by the fuzz test: a malformed multipart body's reason quoted the sender's own header, whatever its length (up to
/// the 16 KB header limit). The reason is now one line of at most 160 characters from the parser, without control characters.
/// </summary>
public sealed class MalformedFormReasonTests(SmsGateway gateway) : IClassFixture<SmsGateway>
{
    [Theory]
    [InlineData("/webhooks/africastalking/ussd")]
    [InlineData("/webhooks/africastalking/sms")]
    [InlineData("/webhooks/twilio/sms")]
    public async Task Post_Answers400WithAShortReason_WhenAMultipartHeaderIsLongAndBroken(string path)
    {
        using var client = gateway.Factory.CreateClient();
        var body = "--B\r\nContent-Disposition: form-data; name=\"" + new string('n', 5000) + "\u0001\r\n\r\nvalue\r\n--B--\r\n";
        using var content = new ByteArrayContent(Encoding.UTF8.GetBytes(body));
        content.Headers.TryAddWithoutValidation("Content-Type", "multipart/form-data; boundary=B");

        using var response = await client.PostAsync(path, content);
        var reason = await response.Content.ReadAsStringAsync();

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        reason.Should().StartWith("malformed form body: ");
        reason.Length.Should().BeLessThanOrEqualTo(200);
        reason.Should().NotContain("\u0001");
    }
}
