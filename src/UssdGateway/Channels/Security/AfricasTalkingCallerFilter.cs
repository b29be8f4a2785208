namespace UssdGateway.Channels.Security;

/// <summary>Answers 403 with its reason before an Africa's Talking webhook reads anything when <see cref="AfricasTalkingCallerCheck"/> refuses the caller.</summary>
public sealed partial class AfricasTalkingCallerFilter(AfricasTalkingCallerCheck check, ILogger<AfricasTalkingCallerFilter> logger) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        if (check.Refusal(http) is { } reason)
        {
            LogRefused(logger, http.Request.Path.Value ?? "", reason, http.Connection.RemoteIpAddress?.ToString() ?? "unknown");
            return Results.Text(reason, WebhookForms.TextPlain, statusCode: StatusCodes.Status403Forbidden);
        }
        return await next(context);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Africa's Talking callback {Path} refused ({Reason}) from {Address}")]
    private static partial void LogRefused(ILogger logger, string path, string reason, string address);
}
