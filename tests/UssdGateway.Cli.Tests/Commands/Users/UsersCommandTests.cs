using UssdGateway.Core.Accounts;
using UssdGateway.Infrastructure.Accounts;

namespace UssdGateway.Cli.Tests.Commands.Users;

/// <summary><c>ussdgw users add | reset-password | list</c> on a new SQLite file.</summary>
public sealed class UsersCommandTests : IDisposable
{
    private readonly AccountCli _cli = new();

    public void Dispose() => _cli.Dispose();

    private StaffAccounts Accounts => new(_cli.Connections, TimeProvider.System);

    [Fact]
    public async Task UsersAdd_CreatesAnAdminWhoseStdinPasswordSignsIn_WhenTheDatabaseIsNew()
    {
        var run = await _cli.RunAsync("a long passphrase\n", "users", "add", "--username", "Awa", "--role", "admin", "--password-stdin");

        run.ExitCode.Should().Be(0, run.Error);
        run.Output.Should().Contain("user awa created with role admin");
        (await Accounts.SignInAsync("awa", "a long passphrase"))!.Role.Should().Be(StaffRole.Admin);
        (await Accounts.SignInAsync("awa", "another passphrase")).Should().BeNull();
    }

    [Fact]
    public async Task UsersAdd_WarnsButWorks_WhenThePasswordIsGivenInArgv()
    {
        var run = await _cli.RunAsync("", "users", "add", "--username", "moussa", "--role", "staff", "--password", "a long passphrase");

        run.ExitCode.Should().Be(0, run.Error);
        run.Error.Should().Contain("warning: --password leaves the password in the shell history");
        (await Accounts.FindAsync("moussa"))!.Role.Should().Be(StaffRole.Staff);
    }

    [Theory]
    [InlineData("x", "admin", "a long passphrase", "user name must be")]
    [InlineData("awa", "boss", "a long passphrase", "'boss' is not a role")]
    [InlineData("awa", "admin", "short", "the password must be 10 to 200 characters")]
    public async Task UsersAdd_RefusesWithOneLine_WhenAnInputIsInvalid(string username, string role, string password, string message)
    {
        var run = await _cli.RunAsync(password + "\n", "users", "add", "--username", username, "--role", role, "--password-stdin");

        run.ExitCode.Should().Be(1);
        run.Error.Should().StartWith("error: ").And.Contain(message);
    }

    [Fact]
    public async Task UsersAdd_Refuses_WhenTheUserExists()
    {
        await _cli.RunAsync("a long passphrase\n", "users", "add", "--username", "awa", "--role", "admin", "--password-stdin");

        var again = await _cli.RunAsync("another passphrase\n", "users", "add", "--username", "AWA", "--role", "viewer", "--password-stdin");

        again.ExitCode.Should().Be(1);
        again.Error.Should().Contain("user awa already exists").And.Contain("reset-password");
    }

    [Fact]
    public async Task UsersResetPassword_ReplacesThePasswordAndTheStamp_WhenTheUserExists()
    {
        await _cli.RunAsync("a long passphrase\n", "users", "add", "--username", "awa", "--role", "admin", "--password-stdin");
        var stamp = (await Accounts.FindAsync("awa"))!.SecurityStamp;

        var run = await _cli.RunAsync("a new passphrase\n", "users", "reset-password", "--username", "awa", "--password-stdin");

        run.ExitCode.Should().Be(0, run.Error);
        run.Output.Should().Contain("password of awa reset");
        (await Accounts.SignInAsync("awa", "a long passphrase")).Should().BeNull();
        (await Accounts.SignInAsync("awa", "a new passphrase"))!.SecurityStamp.Should().NotBe(stamp);
    }

    [Fact]
    public async Task UsersResetPassword_Fails_WhenTheUserDoesNotExist()
    {
        var run = await _cli.RunAsync("a new passphrase\n", "users", "reset-password", "--username", "nobody", "--password-stdin");

        run.ExitCode.Should().Be(1);
        run.Error.Should().Contain("no user nobody");
    }

    [Fact]
    public async Task UsersList_ShowsEveryAccountWithoutItsPassword_WhenAccountsExist()
    {
        await _cli.RunAsync("a long passphrase\n", "users", "add", "--username", "awa", "--role", "admin", "--password-stdin");
        await _cli.RunAsync("a long passphrase\n", "users", "add", "--username", "bintou", "--role", "viewer", "--password-stdin");

        var run = await _cli.RunAsync("", "users", "list");

        run.ExitCode.Should().Be(0, run.Error);
        run.Output.Should().MatchRegex(@"awa\s+admin\s+active\s+last sign-in never").And.MatchRegex(@"bintou\s+viewer").And.NotContain("passphrase");
    }

    [Fact]
    public async Task UsersList_SaysHowToCreateTheFirstAdmin_WhenThereIsNoAccount()
    {
        var run = await _cli.RunAsync("", "users", "list");

        run.Output.Should().Contain("ussdgw users add --username NAME --role admin");
    }
}
