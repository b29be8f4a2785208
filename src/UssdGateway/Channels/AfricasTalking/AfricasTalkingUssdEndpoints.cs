using UssdGateway.Channels.Security;
using UssdGateway.Core.Engine;
using UssdGateway.Core.Phones;
using UssdGateway.Core.Programme;

namespace UssdGateway.Channels.AfricasTalking;

public static partial class AfricasTalkingUssdEndpoints
{
    public const string Path = "/webhooks/africastalking/ussd";

    private const string TextPlain = "text/plain; charset=utf-8";

    /// <summary><c>POST /webhooks/africastalking/ussd</c>: answers <c>CON …</c> or <c>END …</c> as text/plain.</summary>
    public static IEndpointRouteBuilder MapAfricasTalkingUssd(this IEndpointRouteBuilder app)
    {
        app.MapPost(Path, HandleAsync).DisableAntiforgery().AddEndpointFilter<AfricasTalkingCallerFilter>().WithName("AfricasTalkingUssd");
        return app;
    }

    /// <summary>
    /// Validates the callback; a bad one gets 400 (413 over 64 KB) with a one-line reason, a number over its rate limit a
    /// polite <c>END</c> without the engine, a good one the engine's reply.
    /// </summary>
    public static async Task<IResult> HandleAsync(
        HttpRequest http, UssdEngine engine, WebhookRateLimits limits, IMenuCatalog catalog, ICallerPreferences preferences, TimeProvider time,
        ILogger<UssdEngine> logger, CancellationToken cancellationToken)
    {
        var (form, problem) = await WebhookForms.ReadAsync(http, "sessionId, serviceCode, phoneNumber, text", cancellationToken);
        if (form is null) return problem!;
        if (!AfricasTalkingUssdForm.TryRead(form, out var request, out var reason))
            return Results.Text(reason, TextPlain, statusCode: 400);

        var decision = limits.Ussd.Acquire(request.Phone);
        if (decision != RateDecision.Allowed)
        {
            if (decision == RateDecision.FirstRefused) LogLimited(logger, PhoneMask.Mask(request.Phone), limits.Ussd.PerMinute);
            return Results.Text((await UssdRateLimitReply.ForAsync(request, catalog, preferences, time, cancellationToken)).ToWire(), TextPlain);
        }
        var reply = await engine.HandleAsync(request, cancellationToken);
        return Results.Text(reply.ToWire(), TextPlain);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "USSD hops from {Phone} over {PerMinute} a minute: answered END without the engine until the minute ends")]
    private static partial void LogLimited(ILogger logger, string phone, int perMinute);
}
