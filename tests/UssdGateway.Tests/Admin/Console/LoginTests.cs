using System.Net;
using Microsoft.Extensions.DependencyInjection;
using UssdGateway.Core.Accounts;
using UssdGateway.Tests.Support;

namespace UssdGateway.Tests.Admin.Console;

/// <summary>The login page in Production: first-admin notice, sign-in, throttling, anti-forgery, sessions ended by changes.</summary>
public sealed class LoginTests : IDisposable
{
    private readonly GatewayFactory _factory = new() { EnvironmentName = "Production" };

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task LoginPage_SaysHowToCreateTheFirstAdmin_WhenNoAccountExists()
    {
        using var client = _factory.AnonymousClient();

        var html = await client.GetStringAsync("/admin/login");

        html.Should().Contain("La console attend son premier administrateur").And.Contain("ussdgw users add --username");
    }

    [Fact]
    public async Task Login_RedirectsToTheReturnUrl_WhenThePasswordIsRight()
    {
        var username = await _factory.AddAccountAsync(StaffRole.Admin);
        using var client = _factory.AnonymousClient();

        using var response = await client.PostLoginAsync(username, ConsoleSignIn.Password, "/admin/users");

        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        response.Headers.Location!.ToString().Should().Be("/admin/users");
        (await client.GetAsync("/admin/users")).StatusCode.Should().Be(HttpStatusCode.OK);
        (await _factory.Services.GetRequiredService<IStaffAccounts>().FindAsync(username))!.LastLoginAt.Should().NotBeNull();
    }

    [Theory]
    [InlineData("https://evil.example/admin")]
    [InlineData("//evil.example/admin")]
    [InlineData("/webhooks/twilio/sms")]
    public async Task Login_RedirectsToTheDashboard_WhenTheReturnUrlLeavesTheConsole(string returnUrl)
    {
        var username = await _factory.AddAccountAsync(StaffRole.Viewer);
        using var client = _factory.AnonymousClient();

        using var response = await client.PostLoginAsync(username, ConsoleSignIn.Password, returnUrl);

        response.Headers.Location!.ToString().Should().Be("/admin");
    }

    [Fact]
    public async Task Login_ShowsOneMessage_WhenThePasswordIsWrongOrTheUserUnknown()
    {
        var username = await _factory.AddAccountAsync(StaffRole.Viewer);
        using var client = _factory.AnonymousClient();

        using var wrong = await client.PostLoginAsync(username, "not the password");
        using var unknown = await client.PostLoginAsync("nobody-here", "not the password");

        foreach (var response in new[] { wrong, unknown })
        {
            response.StatusCode.Should().Be(HttpStatusCode.OK);
            (await response.Content.ReadAsStringAsync()).Should().Contain("Nom d&#x27;utilisateur ou mot de passe incorrect.");
        }
        (await client.GetAsync("/admin")).StatusCode.Should().Be(HttpStatusCode.Redirect);
    }

    [Fact]
    public async Task Login_Answers429EvenWithTheRightPassword_WhenFiveFailuresCameBefore()
    {
        var username = await _factory.AddAccountAsync(StaffRole.Admin);
        using var client = _factory.AnonymousClient();
        for (var i = 0; i < 5; i++) await client.PostLoginAsync(username, "wrong password " + i);

        using var response = await client.PostLoginAsync(username, ConsoleSignIn.Password);

        response.StatusCode.Should().Be(HttpStatusCode.TooManyRequests);
        (await response.Content.ReadAsStringAsync()).Should().Contain("Trop de tentatives");
    }

    [Fact]
    public async Task Login_Answers400_WhenTheAntiforgeryTokenIsMissing()
    {
        var username = await _factory.AddAccountAsync(StaffRole.Admin);
        using var client = _factory.AnonymousClient();

        using var response = await client.PostAsync("/admin/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Username"] = username, ["Password"] = ConsoleSignIn.Password,
        }));

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Login_IsRefused_WhenTheAccountIsDisabled()
    {
        var admin = await _factory.AddAccountAsync(StaffRole.Admin);
        var username = await _factory.AddAccountAsync(StaffRole.Staff);
        await _factory.Services.GetRequiredService<IStaffAccounts>().SetDisabledAsync(username, true, admin);
        using var client = _factory.AnonymousClient();

        using var response = await client.PostLoginAsync(username, ConsoleSignIn.Password);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        (await client.GetAsync("/admin")).StatusCode.Should().Be(HttpStatusCode.Redirect);
    }

    [Fact]
    public async Task SignIn_Ends_WhenThePasswordIsResetElsewhere()
    {
        var username = await _factory.AddAccountAsync(StaffRole.Staff);
        using var client = _factory.AnonymousClient();
        (await client.PostLoginAsync(username, ConsoleSignIn.Password)).StatusCode.Should().Be(HttpStatusCode.Redirect);
        (await client.GetAsync("/admin")).StatusCode.Should().Be(HttpStatusCode.OK);

        await _factory.Services.GetRequiredService<IStaffAccounts>().SetPasswordAsync(username, "a brand new passphrase", "admin");

        (await client.GetAsync("/admin")).StatusCode.Should().Be(HttpStatusCode.Redirect);
    }

    [Fact]
    public async Task Logout_EndsTheSignIn_WhenPostedWithItsToken()
    {
        using var client = await _factory.SignedInClientAsync(StaffRole.Viewer);
        var token = await ConsoleSignIn.AntiforgeryTokenAsync(client, "/admin");

        using var response = await client.PostAsync("/admin/logout", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));

        response.Headers.Location!.ToString().Should().Be("/admin/login");
        (await client.GetAsync("/admin")).StatusCode.Should().Be(HttpStatusCode.Redirect);
    }
}
