using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using UssdGateway.Testing;

namespace UssdGateway.ScaleOut.Tests.Support;

/// <summary>
/// Africa's Talking's messaging API on 127.0.0.1 (a free port): accepts every message (201, one recipient,
/// <c>statusCode</c> 101) and counts what it was given per recipient and text, so a message sent twice shows.
/// </summary>
internal sealed class CountingSmsProvider : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<(string To, string Message), int> _received = new();

    private CountingSmsProvider(WebApplication app) => _app = app;

    public string BaseUrl { get; private set; } = "";

    public IReadOnlyDictionary<(string To, string Message), int> Received => _received;

    public int Total => _received.Values.Sum();

    public static async Task<CountingSmsProvider> StartAsync()
    {
        CountingSmsProvider? provider = null;
        var (_, baseUrl) = await LoopbackApp.StartAsync(app => { provider = new CountingSmsProvider(app); app.MapPost("/version1/messaging", provider.AcceptAsync); });
        provider!.BaseUrl = baseUrl;
        return provider;
    }

    private async Task AcceptAsync(HttpContext context)
    {
        var form = await context.Request.ReadFormAsync();
        var to = form["to"].ToString();
        _received.AddOrUpdate((to, form["message"].ToString()), 1, (_, n) => n + 1);
        context.Response.StatusCode = 201;
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(
            "{\"SMSMessageData\":{\"Message\":\"Sent to 1/1 Total Cost: XOF 25.0000\",\"Recipients\":[{\"statusCode\":101,\"number\":\""
            + to + "\",\"status\":\"Success\",\"cost\":\"XOF 25.0000\",\"messageId\":\"ATXid_" + Guid.NewGuid().ToString("N") + "\"}]}}");
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
