using Microsoft.AspNetCore.Http.HttpResults;
using UssdGateway.Admin.Security;
using UssdGateway.Core.Engine;
using UssdGateway.Core.Phones;
using UssdGateway.Core.Simulation;

namespace UssdGateway.Admin.Simulator;

/// <summary>
/// The web simulator for staff: <c>GET /admin/simulator</c> is a page that looks like a feature phone, which talks to
/// <c>POST /admin/simulator/ussd</c>, the same engine as the telco webhook with every request flagged as a test.
/// It is mapped in every environment and requires the <see cref="ConsolePolicies.Staff"/> policy (staff or admin). The
/// JSON hop carries no anti-forgery token: the sign-in cookie is <c>SameSite=Strict</c> and a cross-site JSON post
/// needs a CORS preflight the service never grants.
/// </summary>
public static class SimulatorEndpoints
{
    public const string Path = "/admin/simulator";

    private const string PageResource = "UssdGateway.Admin.Simulator.simulator.html";
    private const int MaxText = 1000;
    private static readonly Lazy<string> Page = new(ReadPage);

    public static IEndpointRouteBuilder MapSimulator(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup(Path).ExcludeFromDescription().RequireAuthorization(ConsolePolicies.Staff);
        group.MapGet("", ShowPage).WithName("SimulatorPage");
        group.MapGet("/menus", ListMenus).WithName("SimulatorMenus");
        group.MapPost("/ussd", HandleAsync).WithName("SimulatorUssd");
        return app;
    }

    /// <summary>The phone page (plain HTML and a little JavaScript, embedded in the assembly).</summary>
    public static ContentHttpResult ShowPage() => TypedResults.Text(Page.Value, "text/html; charset=utf-8");

    /// <summary>The menus being served, with the code to dial each.</summary>
    public static Ok<SimulatorMenu[]> ListMenus(IMenuCatalog catalog) =>
        TypedResults.Ok(catalog.Menus
            .Select(m => new SimulatorMenu(m.Definition.Id, m.Definition.ServiceCodes[0], m.Definition.Languages))
            .OrderBy(m => m.Id, StringComparer.Ordinal)
            .ToArray());

    /// <summary>One hop through the engine, flagged as a test; a malformed hop gets 400 with a one-line reason.</summary>
    public static async Task<Results<Ok<SimulatorScreen>, BadRequest<string>>> HandleAsync(
        SimulatorHop hop, UssdEngine engine, UssdOptions options, CancellationToken cancellationToken)
    {
        if (hop.SessionId is not { Length: > 0 and <= 100 } sessionId)
            return TypedResults.BadRequest("sessionId is required (at most 100 characters)");
        if (!PhoneNumberNormalizer.TryNormalize(hop.PhoneNumber, out var phone))
            return TypedResults.BadRequest("phoneNumber is not a phone number (+223 and 8 digits)");
        if (hop.ServiceCode is not { Length: > 0 and <= 50 } serviceCode)
            return TypedResults.BadRequest("serviceCode is required, e.g. *384*123#");
        var text = hop.Text ?? "";
        if (text.Length > MaxText) return TypedResults.BadRequest($"text is longer than {MaxText} characters");

        var reply = await engine.HandleAsync(
            new UssdRequest(SimulatedPhone.Provider, "web-" + sessionId, phone, serviceCode, "simulator", text, IsTest: true), cancellationToken);
        return TypedResults.Ok(new SimulatorScreen(reply.Text, reply.End, ScreenSize.Describe(reply.Text, options.Budget)));
    }

    private static string ReadPage()
    {
        using var stream = typeof(SimulatorEndpoints).Assembly.GetManifestResourceStream(PageResource)
            ?? throw new InvalidOperationException($"embedded resource {PageResource} is missing");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
