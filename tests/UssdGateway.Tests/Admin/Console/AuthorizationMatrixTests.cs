using System.Net;
using System.Net.Http.Json;

namespace UssdGateway.Tests.Admin.Console;

/// <summary>
/// Who gets what, in Production: anonymous pages are redirected to the login page and anonymous API calls get 401,
/// known or unknown paths alike; signed-in users get 403 where their role falls short, 404 for unknown paths.
/// Webhooks and health stay anonymous.
/// </summary>
public sealed class AuthorizationMatrixTests : IClassFixture<ConsoleFactoryFixture>
{
    private readonly ConsoleFactoryFixture _fixture;

    public AuthorizationMatrixTests(ConsoleFactoryFixture fixture) => _fixture = fixture;

    [Theory]
    [InlineData("anonymous", "/admin", 302)]
    [InlineData("anonymous", "/admin/users", 302)]
    [InlineData("anonymous", "/admin/simulator", 302)]
    [InlineData("anonymous", "/admin/jobs", 302)]
    [InlineData("anonymous", "/admin/no-such-page", 302)]
    [InlineData("anonymous", "/api/whoami", 401)]
    [InlineData("anonymous", "/api/no-such-thing", 401)]
    [InlineData("anonymous", "/admin/login", 200)]
    [InlineData("anonymous", "/health/live", 200)]
    [InlineData("viewer", "/admin", 200)]
    [InlineData("viewer", "/admin/users", 403)]
    [InlineData("viewer", "/admin/simulator", 403)]
    [InlineData("viewer", "/admin/no-such-page", 404)]
    [InlineData("viewer", "/api/whoami", 200)]
    [InlineData("viewer", "/api/no-such-thing", 404)]
    [InlineData("staff", "/admin", 200)]
    [InlineData("staff", "/admin/users", 403)]
    [InlineData("staff", "/admin/simulator", 200)]
    [InlineData("admin", "/admin", 200)]
    [InlineData("admin", "/admin/users", 200)]
    [InlineData("admin", "/admin/simulator", 200)]
    [InlineData("admin", "/admin/no-such-page", 404)]
    public async Task Get_AnswersByRole_WhenAPathIsRequested(string who, string path, int status)
    {
        using var response = await _fixture.For(who).GetAsync(path);

        ((int)response.StatusCode).Should().Be(status, "{0} GET {1}", who, path);
    }

    [Theory]
    [InlineData("/admin")]
    [InlineData("/admin/no-such-page")]
    public async Task AnonymousPage_RedirectsToLoginWithTheReturnUrl_WhenNotSignedIn(string path)
    {
        using var response = await _fixture.Anonymous.GetAsync(path + "?x=1");

        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        response.Headers.Location!.PathAndQuery.Should().Be("/admin/login?ReturnUrl=" + Uri.EscapeDataString(path + "?x=1"));
    }

    [Fact]
    public async Task AnonymousApi_Answers401ProblemJson_WhenNoCredentialIsSent()
    {
        using var response = await _fixture.Anonymous.PostAsJsonAsync("/api/no-such-thing", new { });

        response.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        (await response.Content.ReadAsStringAsync()).Should().Contain("\"status\":401");
    }

    [Fact]
    public async Task Webhook_StaysAnonymous_WhenTheConsoleIsProtected()
    {
        using var response = await _fixture.Anonymous.PostAsync("/webhooks/africastalking/ussd", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["sessionId"] = "matrix-1", ["serviceCode"] = "*384*123#", ["phoneNumber"] = "+22376999001", ["text"] = "",
        }));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).Should().StartWith("CON ");
    }

    [Theory]
    [InlineData("anonymous", "/admin/login")]
    [InlineData("viewer", "/admin")]
    [InlineData("anonymous", "/api/whoami")]
    public async Task ConsoleResponse_ForbidsFramingSniffingAndCaching_WhateverTheStatus(string who, string path)
    {
        using var response = await _fixture.For(who).GetAsync(path);

        response.Headers.GetValues("X-Frame-Options").Should().Equal("DENY");
        response.Headers.GetValues("X-Content-Type-Options").Should().Equal("nosniff");
        response.Headers.GetValues("Content-Security-Policy").Single().Should().Contain("frame-ancestors 'none'");
        response.Headers.CacheControl!.NoStore.Should().BeTrue();
    }

    [Theory]
    [InlineData("/Dashboard/Dashboard")]
    [InlineData("/Users/Users")]
    [InlineData("/Login/Login")]
    public async Task PageFilePath_IsNotAnotherWayIn_WhenAsked(string path)
    {
        using var response = await _fixture.Viewer.GetAsync(path);

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task SignInCookie_IsHttpOnlyAndSameSiteStrict_WhenIssued()
    {
        var username = await Support.ConsoleSignIn.AddAccountAsync(_fixture.Factory, Core.Accounts.StaffRole.Viewer);
        using var client = Support.ConsoleSignIn.AnonymousClient(_fixture.Factory);

        using var response = await Support.ConsoleSignIn.PostLoginAsync(client, username, Support.ConsoleSignIn.Password);

        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("ussdgw.console=", StringComparison.Ordinal));
        cookie.Should().Contain("httponly").And.Contain("samesite=strict").And.Contain("path=/");
    }
}
