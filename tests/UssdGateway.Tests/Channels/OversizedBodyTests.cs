using System.Net;
using System.Text;
using UssdGateway.Tests.Support;

namespace UssdGateway.Tests.Channels;

/// <summary>Every SMS webhook answers 413 with a one-line reason to a body over 64 KB, with or without a Content-Length.</summary>
public sealed class OversizedBodyTests(SmsGateway gateway) : IClassFixture<SmsGateway>
{
    public static TheoryData<string, bool> Endpoints()
    {
        var data = new TheoryData<string, bool>();
        foreach (var path in new[] { "/webhooks/africastalking/sms", "/webhooks/africastalking/sms/delivery", "/webhooks/twilio/sms", "/webhooks/twilio/sms/status" })
        {
            data.Add(path, true);
            data.Add(path, false);
        }
        return data;
    }

    private static string Body(int bytes)
    {
        const string head = "from=%2B22376123456&to=36123&id=ATXid_big&text=";
        return head + new string('a', bytes - head.Length);
    }

    [Theory]
    [MemberData(nameof(Endpoints))]
    public async Task Post_Answers413WithAReason_WhenTheBodyIsOver64KB(string path, bool withContentLength)
    {
        using var client = gateway.Factory.CreateClient();

        using var response = await client.PostAsync(path, Content(Body(64 * 1024 + 1), withContentLength));

        response.StatusCode.Should().Be(HttpStatusCode.RequestEntityTooLarge);
        (await response.Content.ReadAsStringAsync()).Should().Be("body larger than 64 KB");
    }

    [Theory]
    [MemberData(nameof(Endpoints))]
    public async Task Post_IsRead_WhenTheBodyIsExactly64KB(string path, bool withContentLength)
    {
        using var client = gateway.Factory.CreateClient();

        using var response = await client.PostAsync(path, Content(Body(64 * 1024), withContentLength));

        response.StatusCode.Should().NotBe(HttpStatusCode.RequestEntityTooLarge, "Twilio answers 403 (unsigned), Africa's Talking reads it");
    }

    private static HttpContent Content(string body, bool withContentLength)
    {
        var bytes = Encoding.ASCII.GetBytes(body);
        HttpContent content = withContentLength ? new ByteArrayContent(bytes) : new UnknownLengthContent(bytes);
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/x-www-form-urlencoded");
        return content;
    }

    /// <summary>Sent chunked: no Content-Length for the server to judge by.</summary>
    private sealed class UnknownLengthContent(byte[] bytes) : HttpContent
    {
        protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) => stream.WriteAsync(bytes).AsTask();

        protected override bool TryComputeLength(out long length)
        {
            length = -1;
            return false;
        }
    }
}
