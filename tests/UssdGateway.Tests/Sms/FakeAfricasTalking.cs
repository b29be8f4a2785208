using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using UssdGateway.Testing;

namespace UssdGateway.Tests.Sms;

/// <summary>
/// Africa's Talking's messaging API on 127.0.0.1 (a free port), speaking its wire format: <c>POST /version1/messaging</c>
/// answered by the scripted replies in order (the last one repeats), every request recorded.
/// </summary>
public sealed class FakeAfricasTalking : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<Func<HttpContext, Task>> _script = new();
    private readonly CancellationTokenSource _stopping = new();
    private Func<HttpContext, Task> _last = Accepted(101);

    private FakeAfricasTalking(WebApplication app) => _app = app;

    public ConcurrentQueue<RecordedRequest> Requests { get; } = new();

    public string BaseUrl { get; private set; } = "";

    /// <summary>Released once per request received, before it is answered.</summary>
    public SemaphoreSlim Received { get; } = new(0);

    /// <summary>Starts listening on <paramref name="port"/> (0: a free port of the OS's choice).</summary>
    public static async Task<FakeAfricasTalking> StartAsync(int port = 0)
    {
        FakeAfricasTalking? fake = null;
        var (_, baseUrl) = await LoopbackApp.StartAsync(app => { fake = new FakeAfricasTalking(app); app.MapPost("/version1/messaging", fake.HandleAsync); }, port);
        fake!.BaseUrl = baseUrl;
        return fake;
    }

    /// <summary>The next replies, in order; the last one keeps answering.</summary>
    public void Script(params Func<HttpContext, Task>[] replies)
    {
        foreach (var reply in replies) _script.Enqueue(reply);
    }

    /// <summary>201 with one recipient judged by <paramref name="statusCode"/>, as Africa's Talking answers.</summary>
    public static Func<HttpContext, Task> Accepted(int statusCode, string status = "Success") => async context =>
    {
        var form = await context.Request.ReadFormAsync();
        var number = form["to"].ToString();
        var id = "ATXid_" + Guid.NewGuid().ToString("N");
        var accepted = statusCode is >= 100 and <= 102;
        context.Response.StatusCode = 201;
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(
            "{\"SMSMessageData\":{\"Message\":\"Sent to " + (accepted ? 1 : 0) + "/1 Total Cost: XOF 25.0000\",\"Recipients\":[{\"statusCode\":"
            + statusCode + ",\"number\":\"" + number + "\",\"status\":\"" + status + "\",\"cost\":\"" + (accepted ? "XOF 25.0000" : "0")
            + "\",\"messageId\":\"" + (accepted ? id : "None") + "\"}]}}");
    };

    public static Func<HttpContext, Task> Status(int httpStatus, string body = "Internal Server Error") => async context =>
    {
        context.Response.StatusCode = httpStatus;
        await context.Response.WriteAsync(body);
    };

    /// <summary>Takes the request, then never answers (until the fake stops): a timeout after sending.</summary>
    public Func<HttpContext, Task> Hang() => async context =>
    {
        try
        {
            await Task.Delay(Timeout.Infinite, CancellationTokenSource.CreateLinkedTokenSource(_stopping.Token, context.RequestAborted).Token);
        }
        catch (OperationCanceledException)
        {
            // the client gave up
        }
    };

    private async Task HandleAsync(HttpContext context)
    {
        var form = await context.Request.ReadFormAsync();
        Requests.Enqueue(new RecordedRequest(
            context.Request.Headers["apiKey"].ToString(),
            context.Request.Headers.Accept.ToString(),
            form.ToDictionary(f => f.Key, f => f.Value.ToString())));
        Received.Release();
        if (_script.TryDequeue(out var next)) _last = next;
        await _last(context);
    }

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync();
        await _app.StopAsync();
        await _app.DisposeAsync();
        _stopping.Dispose();
        Received.Dispose();
    }
}
