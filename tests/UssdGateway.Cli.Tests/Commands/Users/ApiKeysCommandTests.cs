using UssdGateway.Core.Accounts;
using UssdGateway.Infrastructure.Accounts;

namespace UssdGateway.Cli.Tests.Commands.Users;

/// <summary><c>ussdgw apikeys add | revoke | list</c> on a new SQLite file.</summary>
public sealed class ApiKeysCommandTests : IDisposable
{
    private readonly AccountCli _cli = new();

    public void Dispose() => _cli.Dispose();

    private ApiKeys Keys => new(_cli.Connections, TimeProvider.System);

    [Fact]
    public async Task ApiKeysAdd_PrintsAKeyOnceThatAuthenticatesWithItsRole_WhenCreated()
    {
        var run = await _cli.RunAsync("", "apikeys", "add", "--name", "kobo", "--role", "staff");

        run.ExitCode.Should().Be(0, run.Error);
        var key = run.Output.Trim();
        key.Should().StartWith("ugw_").And.HaveLength(4 + 8 + 1 + 43);
        run.Error.Should().Contain("not shown again");
        (await Keys.AuthenticateAsync(key))!.Should().BeEquivalentTo(new { Name = "kobo", Role = StaffRole.Staff, Prefix = key[..12] });
        (await Keys.AuthenticateAsync(key[..^1] + (key[^1] == 'A' ? 'B' : 'A'))).Should().BeNull();
        var list = await _cli.RunAsync("", "apikeys", "list");
        list.Output.Should().Contain("kobo").And.Contain(key[..12]).And.NotContain(key);
    }

    [Fact]
    public async Task ApiKeysRevoke_StopsTheKey_WhenItWasActive()
    {
        var key = (await _cli.RunAsync("", "apikeys", "add", "--name", "kobo", "--role", "viewer")).Output.Trim();

        var run = await _cli.RunAsync("", "apikeys", "revoke", "--name", "kobo");

        run.ExitCode.Should().Be(0, run.Error);
        (await Keys.AuthenticateAsync(key)).Should().BeNull();
        (await _cli.RunAsync("", "apikeys", "list")).Output.Should().Contain("revoked");
        (await _cli.RunAsync("", "apikeys", "revoke", "--name", "kobo")).ExitCode.Should().Be(1);
    }

    [Fact]
    public async Task ApiKeysAdd_Refuses_WhenAnActiveKeyHasTheName()
    {
        await _cli.RunAsync("", "apikeys", "add", "--name", "kobo", "--role", "viewer");

        var again = await _cli.RunAsync("", "apikeys", "add", "--name", "kobo", "--role", "viewer");

        again.ExitCode.Should().Be(1);
        again.Error.Should().Contain("already named kobo");
    }
}
