using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using UssdGateway.Api;
using UssdGateway.Core.Accounts;

namespace UssdGateway.Tests.Admin.Console;

/// <summary>API keys on <c>/api</c>: accepted as <c>X-Api-Key</c> or a bearer token with their role; revoked or unknown keys get 401.</summary>
public sealed class ApiKeyAuthenticationTests : IClassFixture<ConsoleFactoryFixture>
{
    private readonly ConsoleFactoryFixture _fixture;

    public ApiKeyAuthenticationTests(ConsoleFactoryFixture fixture) => _fixture = fixture;

    private IApiKeys Keys => _fixture.Factory.Services.GetRequiredService<IApiKeys>();

    [Fact]
    public async Task ApiKey_AuthenticatesWithItsRole_WhenSentAsXApiKey()
    {
        var key = await Keys.CreateAsync("kobo-" + Guid.NewGuid().ToString("N")[..6], StaffRole.Staff, "test");
        using var client = _fixture.Factory.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", key!.Key);

        var me = await client.GetFromJsonAsync<WhoAmI>("/api/whoami");

        me.Should().Be(new WhoAmI("apikey:" + key.Info.Name, "staff", "api-key"));
    }

    [Fact]
    public async Task ApiKey_Authenticates_WhenSentAsABearerToken()
    {
        var key = await Keys.CreateAsync("bearer-" + Guid.NewGuid().ToString("N")[..6], StaffRole.Viewer, "test");
        using var client = _fixture.Factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key!.Key);

        using var response = await client.GetAsync("/api/whoami");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task ApiKey_Answers401_WhenTheKeyWasRevoked()
    {
        var name = "revoked-" + Guid.NewGuid().ToString("N")[..6];
        var key = await Keys.CreateAsync(name, StaffRole.Admin, "test");
        (await Keys.RevokeAsync(name, "test")).Should().BeTrue();
        using var client = _fixture.Factory.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", key!.Key);

        using var response = await client.GetAsync("/api/whoami");

        response.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
    }

    [Theory]
    [InlineData("ugw_00000000_notakeyatall")]
    [InlineData("something else")]
    public async Task ApiKey_Answers401_WhenTheKeyIsUnknown(string key)
    {
        using var client = _fixture.Factory.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", key);

        (await client.GetAsync("/api/whoami")).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task ViewerKey_Answers403_WhenTheAdminPageIsAsked()
    {
        var key = await Keys.CreateAsync("viewer-" + Guid.NewGuid().ToString("N")[..6], StaffRole.Viewer, "test");
        using var client = _fixture.Factory.CreateClient(new() { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Add("X-Api-Key", key!.Key);

        (await client.GetAsync("/admin/users")).StatusCode.Should().Be(HttpStatusCode.Forbidden);
    }
}
