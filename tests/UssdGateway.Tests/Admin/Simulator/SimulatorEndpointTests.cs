using System.Net;
using System.Net.Http.Json;
using Dapper;
using UssdGateway.Core.Accounts;
using UssdGateway.Tests.Support;

namespace UssdGateway.Tests.Admin.Simulator;

/// <summary>The web simulator's routes: in every environment behind the staff role, the real engine behind them, every call a test.</summary>
public sealed class SimulatorEndpointTests : IDisposable
{
    private readonly GatewayFactory _factory = new() { EnvironmentName = "Production" };

    public void Dispose() => _factory.Dispose();

    private sealed record Screen(string Text, bool End, string Size);

    [Fact]
    public async Task Simulator_SendsAnonymousVisitorsToSignIn_InProduction()
    {
        using var client = _factory.AnonymousClient();

        using var page = await client.GetAsync("/admin/simulator");
        using var hop = await client.PostAsJsonAsync("/admin/simulator/ussd", new { sessionId = "a", phoneNumber = "+22376000000", serviceCode = "*384*123#", text = "" });

        page.StatusCode.Should().Be(HttpStatusCode.Redirect);
        page.Headers.Location!.ToString().Should().Be("http://localhost/admin/login?ReturnUrl=%2Fadmin%2Fsimulator");
        hop.StatusCode.Should().Be(HttpStatusCode.Redirect);
    }

    [Fact]
    public async Task Simulator_Answers403_WhenTheUserIsAViewer()
    {
        using var client = await _factory.SignedInClientAsync(StaffRole.Viewer);

        (await client.GetAsync("/admin/simulator")).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await client.PostAsJsonAsync("/admin/simulator/ussd", new { sessionId = "a", phoneNumber = "+22376000000", serviceCode = "*384*123#", text = "" }))
            .StatusCode.Should().Be(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Page_ServesThePhone_WhenStaffIsSignedIn()
    {
        using var client = await _factory.SignedInClientAsync(StaffRole.Staff);

        using var response = await client.GetAsync("/admin/simulator");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be("text/html");
        var html = await response.Content.ReadAsStringAsync();
        html.Should().Contain("id=\"screen\"").And.Contain("data-key=\"9\"").And.Contain("/ussd");
    }

    [Fact]
    public async Task Menus_ListsTheShippedMenuWithItsCode_WhenStaffIsSignedIn()
    {
        using var client = await _factory.SignedInClientAsync(StaffRole.Staff);

        var menus = await client.GetStringAsync("/admin/simulator/menus");

        menus.Should().Be("""[{"id":"renapess","serviceCode":"*384*123#","languages":["fr","bm"]}]""");
    }

    [Fact]
    public async Task Ussd_RegistersAndFlagsTheRowAsATest_WhenARegistrationIsWalked()
    {
        using var client = await _factory.SignedInClientAsync(StaffRole.Staff);
        var phone = TestPhones.Next();
        var typed = new List<string>();
        async Task<Screen> HopAsync(string? input)
        {
            if (input is not null) typed.Add(input);
            using var response = await client.PostAsJsonAsync("/admin/simulator/ussd",
                new { sessionId = "reg", phoneNumber = phone, serviceCode = "*384*123#", text = string.Join('*', typed) });
            response.StatusCode.Should().Be(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
            return (await response.Content.ReadFromJsonAsync<Screen>())!;
        }

        (await HopAsync(null)).Should().Be(new Screen("Langue / Kan:\n1. Français\n2. Bamanankan", false, "[UCS-2 · 39/80]"));
        (await HopAsync("1")).Size.Should().Be("[GSM-7 · 101/160 septets]");
        foreach (var answer in new[] { "1", "1", "Awa Traoré", "1", "2004", "2", "6", "1" }) await HopAsync(answer);
        var last = await HopAsync("1");

        last.Should().Be(new Screen(
            "Merci Awa Traoré! Votre inscription est enregistrée. Vous recevrez un SMS pour la formation.", true, "[GSM-7 · 92/160 septets]"));
        using var db = _factory.OpenDatabase();
        (await db.QuerySingleAsync<long>("SELECT is_test FROM beneficiaries WHERE phone_e164 = @phone", new { phone })).Should().Be(1);
    }

    [Theory]
    [InlineData("", "+22376000000", "*384*123#", "sessionId is required")]
    [InlineData("s", "12", "*384*123#", "phoneNumber is not a phone number")]
    [InlineData("s", "+22376000000", "", "serviceCode is required")]
    public async Task Ussd_Answers400WithAReason_WhenAFieldIsWrong(string sessionId, string phoneNumber, string serviceCode, string reason)
    {
        using var client = await _factory.SignedInClientAsync(StaffRole.Staff);

        using var response = await client.PostAsJsonAsync("/admin/simulator/ussd", new { sessionId, phoneNumber, serviceCode, text = "" });

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync()).Should().Contain(reason);
    }
}
