using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using UssdGateway.Testing;

namespace UssdGateway.Benchmarks.Sms;

/// <summary>
/// Africa's Talking's messaging API on 127.0.0.1 (a free port, Kestrel in this process): <c>POST /version1/messaging</c>
/// answered 201 with one recipient, <c>statusCode</c> 101 (Sent), and counted. Reads the form as the real one would.
/// </summary>
internal sealed class FakeProvider : IAsyncDisposable
{
    private readonly WebApplication _app;
    private long _accepted;

    private FakeProvider(WebApplication app) => _app = app;

    public string BaseUrl { get; private set; } = "";

    /// <summary>Messages answered 101 so far.</summary>
    public long Accepted => Interlocked.Read(ref _accepted);

    public static async Task<FakeProvider> StartAsync()
    {
        FakeProvider? fake = null;
        var (_, baseUrl) = await LoopbackApp.StartAsync(app => { fake = new FakeProvider(app); app.MapPost("/version1/messaging", fake.AnswerAsync); });
        fake!.BaseUrl = baseUrl;
        return fake;
    }

    private async Task AnswerAsync(HttpContext context)
    {
        var form = await context.Request.ReadFormAsync();
        var number = form["to"].ToString();
        if (string.IsNullOrEmpty(context.Request.Headers["apiKey"]) || string.IsNullOrEmpty(form["message"]))
        {
            context.Response.StatusCode = 401;
            return;
        }
        var id = Interlocked.Increment(ref _accepted);
        context.Response.StatusCode = 201;
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(
            "{\"SMSMessageData\":{\"Message\":\"Sent to 1/1 Total Cost: XOF 25.0000\",\"Recipients\":[{\"statusCode\":101,\"number\":\""
            + number + "\",\"status\":\"Success\",\"cost\":\"XOF 25.0000\",\"messageId\":\"ATXid_bench" + id + "\"}]}}");
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
