using UssdGateway.Core.Engine;

namespace UssdGateway.Channels.AfricasTalking;

public static class AfricasTalkingUssdEndpoints
{
    public const string Path = "/webhooks/africastalking/ussd";

    private const string TextPlain = "text/plain; charset=utf-8";

    /// <summary><c>POST /webhooks/africastalking/ussd</c>: answers <c>CON …</c> or <c>END …</c> as text/plain.</summary>
    public static IEndpointRouteBuilder MapAfricasTalkingUssd(this IEndpointRouteBuilder app)
    {
        app.MapPost(Path, HandleAsync).DisableAntiforgery().WithName("AfricasTalkingUssd");
        return app;
    }

    /// <summary>Validates the callback; a bad one gets 400 with a one-line reason, a good one the engine's reply.</summary>
    public static async Task<IResult> HandleAsync(HttpRequest http, UssdEngine engine, CancellationToken cancellationToken)
    {
        if (!http.HasFormContentType)
            return Results.Text("expected a form (application/x-www-form-urlencoded) with sessionId, serviceCode, phoneNumber, text", TextPlain, statusCode: 400);
        IFormCollection form;
        try
        {
            form = await http.ReadFormAsync(cancellationToken);
        }
        catch (Exception e) when (e is InvalidDataException or IOException or BadHttpRequestException)
        {
            return Results.Text("malformed form body: " + e.Message.Split('\n')[0], TextPlain, statusCode: 400);
        }
        if (!AfricasTalkingUssdForm.TryRead(form, out var request, out var problem))
            return Results.Text(problem, TextPlain, statusCode: 400);

        var reply = await engine.HandleAsync(request, cancellationToken);
        return Results.Text(reply.ToWire(), TextPlain);
    }
}
