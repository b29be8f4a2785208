using Microsoft.AspNetCore.Diagnostics;
using UssdGateway.Core.Engine;

namespace UssdGateway.Hosting;

public static class WebhookErrorAnswers
{
    /// <summary>
    /// The last safety net: an unexpected failure never shows a stack trace. A USSD callback still gets
    /// a polite <c>END</c> (the phone shows it); anything else gets a one-line 500.
    /// </summary>
    public static IApplicationBuilder UseWebhookErrorAnswers(this IApplicationBuilder app) =>
        app.UseExceptionHandler(error => error.Run(async context =>
        {
            var path = context.Request.Path;
            var failure = context.Features.Get<IExceptionHandlerFeature>()?.Error;
            context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger("UssdGateway.Errors")
                .LogError(failure, "Unhandled failure on {Path}", path.Value);
            context.Response.ContentType = "text/plain; charset=utf-8";
            if (path.Equals(UssdGateway.Channels.AfricasTalking.AfricasTalkingUssdEndpoints.Path, StringComparison.OrdinalIgnoreCase))
            {
                context.Response.StatusCode = StatusCodes.Status200OK;
                await context.Response.WriteAsync(UssdEngine.ApologyFor(null, null).ToWire());
                return;
            }
            context.Response.StatusCode = StatusCodes.Status500InternalServerError;
            await context.Response.WriteAsync("internal error; it has been logged");
        }));
}
