using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using UssdGateway.Core.Accounts;

namespace UssdGateway.Tests.Support;

/// <summary>Staff accounts for tests, and clients signed in through the real <c>/admin/login</c> form.</summary>
public static partial class ConsoleSignIn
{
    public const string Password = "a long passphrase";

    /// <summary>Creates an account with <paramref name="role"/> (a unique name unless given) and returns its name.</summary>
    public static async Task<string> AddAccountAsync(this GatewayFactory factory, StaffRole role, string? username = null)
    {
        username ??= role.Code() + "-" + Guid.NewGuid().ToString("N")[..8];
        var outcome = await factory.Services.GetRequiredService<IStaffAccounts>().AddAsync(username, Password, role, "test");
        outcome.Should().Be(StaffAccountOutcome.Done);
        return username;
    }

    /// <summary>A client that keeps cookies, follows no redirect, not signed in.</summary>
    public static HttpClient AnonymousClient(this GatewayFactory factory) =>
        factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    /// <summary>A client signed in as a new account with <paramref name="role"/>.</summary>
    public static async Task<HttpClient> SignedInClientAsync(this GatewayFactory factory, StaffRole role)
    {
        var username = await factory.AddAccountAsync(role);
        var client = factory.AnonymousClient();
        using var response = await client.PostLoginAsync(username, Password);
        response.StatusCode.Should().Be(HttpStatusCode.Redirect, "the sign-in of {0} should succeed", username);
        return client;
    }

    /// <summary>Posts the login form with the anti-forgery token of a freshly loaded login page.</summary>
    public static async Task<HttpResponseMessage> PostLoginAsync(this HttpClient client, string username, string password, string? returnUrl = null)
    {
        var token = await AntiforgeryTokenAsync(client, "/admin/login");
        var url = returnUrl is null ? "/admin/login" : "/admin/login?ReturnUrl=" + Uri.EscapeDataString(returnUrl);
        return await client.PostAsync(url, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Username"] = username,
            ["Password"] = password,
            ["__RequestVerificationToken"] = token,
        }));
    }

    /// <summary>The anti-forgery token of the first form on <paramref name="path"/> (its cookie is kept by the client).</summary>
    public static async Task<string> AntiforgeryTokenAsync(HttpClient client, string path)
    {
        var html = await client.GetStringAsync(path);
        return TokenField().Match(html) is { Success: true } match
            ? WebUtility.HtmlDecode(match.Groups[1].Value)
            : throw new InvalidOperationException($"{path} has no anti-forgery token");
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenField();
}
