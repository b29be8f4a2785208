using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using UssdGateway.Testing;

namespace UssdGateway.Tests.Sms;

/// <summary>
/// Twilio's Messages API on 127.0.0.1 (a free port): <c>POST /2010-04-01/Accounts/{sid}/Messages.json</c> answered
/// with Twilio's JSON (201 and the message, or an error body with its code), every form recorded.
/// </summary>
public sealed class FakeTwilio : IAsyncDisposable
{
    private readonly WebApplication _app;

    private FakeTwilio(WebApplication app) => _app = app;

    public ConcurrentQueue<IReadOnlyDictionary<string, string>> Requests { get; } = new();

    public ConcurrentQueue<string> Authorizations { get; } = new();

    /// <summary>(HTTP status, Twilio error code); (201, 0) accepts.</summary>
    public (int Status, int Code) Answer { get; set; } = (201, 0);

    public string BaseUrl { get; private set; } = "";

    public static async Task<FakeTwilio> StartAsync()
    {
        FakeTwilio? fake = null;
        var (_, baseUrl) = await LoopbackApp.StartAsync(app => { fake = new FakeTwilio(app); app.MapPost("/2010-04-01/Accounts/{account}/Messages.json", fake.HandleAsync); });
        fake!.BaseUrl = baseUrl;
        return fake;
    }

    private async Task HandleAsync(HttpContext context, string account)
    {
        var form = await context.Request.ReadFormAsync();
        Requests.Enqueue(form.ToDictionary(f => f.Key, f => f.Value.ToString()));
        Authorizations.Enqueue(context.Request.Headers.Authorization.ToString());
        context.Response.ContentType = "application/json";
        context.Response.StatusCode = Answer.Status;
        if (Answer.Status == 201)
        {
            await context.Response.WriteAsync(
                "{\"account_sid\":\"" + account + "\",\"api_version\":\"2010-04-01\",\"body\":\"" + form["Body"] + "\",\"direction\":\"outbound-api\","
                + "\"from\":\"" + form["From"] + "\",\"to\":\"" + form["To"] + "\",\"num_segments\":\"1\",\"price\":null,\"sid\":\"SM"
                + Guid.NewGuid().ToString("N") + "\",\"status\":\"queued\",\"uri\":\"/2010-04-01/Accounts/" + account + "/Messages/SM1.json\"}");
            return;
        }
        await context.Response.WriteAsync(
            "{\"code\":" + Answer.Code + ",\"message\":\"The 'To' number is not a valid phone number.\",\"more_info\":\"https://www.twilio.com/docs/errors/"
            + Answer.Code + "\",\"status\":" + Answer.Status + "}");
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
