using UssdGateway.Channels.Security;
using UssdGateway.Core.Sessions;

namespace UssdGateway.Channels.AfricasTalking;

public static partial class AfricasTalkingUssdEventEndpoints
{
    public const string Path = "/webhooks/africastalking/ussd/events";

    private const string TextPlain = "text/plain; charset=utf-8";

    /// <summary>
    /// <c>POST /webhooks/africastalking/ussd/events</c>: records how a session ended and frees it. The resume
    /// snapshot of an unfinished session is kept (it has its own TTL), so the caller can still continue.
    /// </summary>
    public static IEndpointRouteBuilder MapAfricasTalkingUssdEvents(this IEndpointRouteBuilder app)
    {
        app.MapPost(Path, HandleAsync).DisableAntiforgery().AddEndpointFilter<AfricasTalkingCallerFilter>().WithName("AfricasTalkingUssdEvents");
        return app;
    }

    public static async Task<IResult> HandleAsync(
        HttpRequest http, ISessionEndLog endings, ISessionStore sessions, TimeProvider time, ILogger<SessionEnd> logger,
        CancellationToken cancellationToken)
    {
        var (form, unreadable) = await WebhookForms.ReadAsync(http, "at least sessionId", cancellationToken);
        if (form is null) return unreadable!;
        if (!AfricasTalkingUssdEventForm.TryRead(form, time.GetUtcNow(), out var end, out var problem))
            return Results.Text(problem, TextPlain, statusCode: 400);

        try
        {
            await endings.RecordAsync(end, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LogNotStored(logger, e, end.SessionId);
            return Results.Text("not stored; please retry", TextPlain, statusCode: 503);
        }
        try
        {
            await sessions.DeleteAsync(UssdSession.KeyFor(end.Provider, end.SessionId), cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LogNotFreed(logger, e, end.SessionId); // it expires with its TTL anyway
        }
        return Results.Text("OK", TextPlain);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "End of session {SessionId} could not be stored; answered 503 so the provider retries")]
    private static partial void LogNotStored(ILogger logger, Exception exception, string sessionId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Session {SessionId} could not be freed; it will expire")]
    private static partial void LogNotFreed(ILogger logger, Exception exception, string sessionId);
}
