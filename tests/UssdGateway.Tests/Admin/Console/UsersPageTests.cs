using System.Net;
using Microsoft.Extensions.DependencyInjection;
using UssdGateway.Core.Accounts;
using UssdGateway.Tests.Support;

namespace UssdGateway.Tests.Admin.Console;

/// <summary><c>/admin/users</c>: admins change accounts through anti-forgery protected forms; other roles get 403.</summary>
public sealed class UsersPageTests : IDisposable
{
    private readonly GatewayFactory _factory = new() { EnvironmentName = "Production" };

    public void Dispose() => _factory.Dispose();

    private IStaffAccounts Accounts => _factory.Services.GetRequiredService<IStaffAccounts>();

    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, string handler, Dictionary<string, string> fields, string tokenFrom = "/admin/users")
    {
        fields["__RequestVerificationToken"] = await ConsoleSignIn.AntiforgeryTokenAsync(client, tokenFrom);
        return await client.PostAsync("/admin/users?handler=" + handler, new FormUrlEncodedContent(fields));
    }

    [Fact]
    public async Task UsersPage_ResetsAPassword_WhenAnAdminPostsTheForm()
    {
        using var admin = await _factory.SignedInClientAsync(StaffRole.Admin);
        var staff = await _factory.AddAccountAsync(StaffRole.Staff);

        using var response = await PostAsync(admin, "Password", new() { ["username"] = staff, ["password"] = "a reset passphrase" });

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).Should().Contain($"Mot de passe de {staff} réinitialisé");
        (await Accounts.SignInAsync(staff, "a reset passphrase")).Should().NotBeNull();
    }

    [Fact]
    public async Task UsersPage_ChangesARoleAndDisables_WhenAnAdminPostsTheForms()
    {
        using var admin = await _factory.SignedInClientAsync(StaffRole.Admin);
        var user = await _factory.AddAccountAsync(StaffRole.Viewer);

        (await PostAsync(admin, "Role", new() { ["username"] = user, ["role"] = "staff" })).StatusCode.Should().Be(HttpStatusCode.OK);
        (await PostAsync(admin, "Disabled", new() { ["username"] = user, ["disabled"] = "true" })).StatusCode.Should().Be(HttpStatusCode.OK);

        (await Accounts.FindAsync(user)).Should().BeEquivalentTo(new { Role = StaffRole.Staff, Disabled = true });
    }

    [Fact]
    public async Task UsersPage_CreatesAnAccount_WhenAnAdminPostsTheForm()
    {
        using var admin = await _factory.SignedInClientAsync(StaffRole.Admin);

        (await PostAsync(admin, "Add", new() { ["username"] = "bintou", ["role"] = "viewer", ["password"] = "a long passphrase" }))
            .StatusCode.Should().Be(HttpStatusCode.OK);

        (await Accounts.FindAsync("bintou"))!.Role.Should().Be(StaffRole.Viewer);
    }

    [Fact]
    public async Task UsersPage_RefusesToDisableTheLastAdmin_WhenOnlyOneIsLeft()
    {
        var username = await _factory.AddAccountAsync(StaffRole.Admin);
        using var admin = _factory.AnonymousClient();
        await admin.PostLoginAsync(username, ConsoleSignIn.Password);

        using var response = await PostAsync(admin, "Disabled", new() { ["username"] = username, ["disabled"] = "true" });

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync()).Should().Contain("il doit rester au moins un administrateur actif");
        (await Accounts.FindAsync(username))!.Disabled.Should().BeFalse();
    }

    [Fact]
    public async Task UsersPage_Answers400_WhenAnAdminPostsWithoutTheAntiforgeryToken()
    {
        using var admin = await _factory.SignedInClientAsync(StaffRole.Admin);
        var user = await _factory.AddAccountAsync(StaffRole.Viewer);

        using var response = await admin.PostAsync("/admin/users?handler=Role",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["username"] = user, ["role"] = "admin" }));

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await Accounts.FindAsync(user))!.Role.Should().Be(StaffRole.Viewer);
    }

    [Theory]
    [InlineData(StaffRole.Viewer)]
    [InlineData(StaffRole.Staff)]
    public async Task UsersPage_Answers403_WhenANonAdminPostsWithAValidToken(StaffRole role)
    {
        using var client = await _factory.SignedInClientAsync(role);
        var user = await _factory.AddAccountAsync(StaffRole.Viewer);

        using var response = await PostAsync(client, "Role", new() { ["username"] = user, ["role"] = "admin" }, tokenFrom: "/admin");

        response.StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await Accounts.FindAsync(user))!.Role.Should().Be(StaffRole.Viewer);
    }
}
