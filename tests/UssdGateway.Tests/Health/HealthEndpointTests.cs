using System.Net;
using System.Text.Json;
using UssdGateway.Tests.Support;

namespace UssdGateway.Tests.Health;

public sealed class HealthEndpointTests(GatewayFactory factory) : IClassFixture<GatewayFactory>
{
    [Fact]
    public async Task Live_AnswersOk()
    {
        using var client = factory.CreateClient();

        using var response = await client.GetAsync("/health/live");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Ready_ListsTheMenusAndReportsDependencies()
    {
        using var client = factory.CreateClient();

        using var response = await client.GetAsync("/health/ready");
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var root = json.RootElement;
        root.GetProperty("status").GetString().Should().Be("ready");
        root.GetProperty("menus")[0].GetProperty("id").GetString().Should().Be("renapess");
        root.GetProperty("menus")[0].GetProperty("version").GetString().Should().MatchRegex("^[0-9a-f]{16}$");
        root.GetProperty("dependencies").GetProperty("sessionStore").GetString().Should().Be("ok");
        root.GetProperty("dependencies").GetProperty("database").GetString().Should().Be("ok");
    }
}
