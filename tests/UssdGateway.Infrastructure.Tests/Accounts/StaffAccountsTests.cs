using Dapper;
using Microsoft.Extensions.Time.Testing;
using UssdGateway.Core.Accounts;
using UssdGateway.Infrastructure.Accounts;
using UssdGateway.Infrastructure.Data;
using UssdGateway.Infrastructure.Tests.Data;

namespace UssdGateway.Infrastructure.Tests.Accounts;

/// <summary>Staff accounts and API keys on a migrated SQLite file.</summary>
public sealed class StaffAccountsTests : IAsyncLifetime
{
    private const string Password = "a long passphrase";
    private readonly SqliteTestDatabase _database = new();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 29, 9, 0, 0, TimeSpan.Zero));
    private StaffAccounts _accounts = null!;
    private ApiKeys _keys = null!;

    public async Task InitializeAsync()
    {
        await new DatabaseMigrator(_database.Connections).MigrateAsync();
        _accounts = new StaffAccounts(_database.Connections, _time);
        _keys = new ApiKeys(_database.Connections, _time);
    }

    public Task DisposeAsync()
    {
        _database.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task AddAsync_StoresAHashAndAnAuditLine_NeverThePassword()
    {
        (await _accounts.AddAsync(" Awa ", Password, StaffRole.Admin, "cli:root")).Should().Be(StaffAccountOutcome.Done);

        await using var connection = await _database.Connections.OpenAsync();
        var hash = await connection.QuerySingleAsync<string>("SELECT password_hash FROM staff_users WHERE username = 'awa'");
        hash.Should().NotContain(Password).And.HaveLength(84, "Identity's v3 format: 1 + 4 + 4 + 4 + 16 salt + 32 subkey bytes, base64");
        var audit = await connection.QuerySingleAsync<(string Actor, string Action, string Details)>(
            "SELECT actor, action, details FROM audit_trail WHERE entity = 'staff_user' AND entity_id = 'awa'");
        audit.Should().Be(("cli:root", "user.add", """{"role":"admin"}"""));
        (await _accounts.FindAsync("AWA"))!.CreatedAt.Should().Be(_time.GetUtcNow());
    }

    [Fact]
    public async Task SignInAsync_RecordsTheLogin_WhenThePasswordIsRight()
    {
        await _accounts.AddAsync("awa", Password, StaffRole.Staff, "test");
        _time.Advance(TimeSpan.FromHours(1));

        var user = await _accounts.SignInAsync("Awa", Password);

        user!.LastLoginAt.Should().Be(_time.GetUtcNow());
        (await _accounts.FindAsync("awa"))!.LastLoginAt.Should().Be(_time.GetUtcNow());
        (await _accounts.SignInAsync("awa", "wrong passphrase")).Should().BeNull();
        (await _accounts.SignInAsync("nobody", Password)).Should().BeNull();
    }

    [Fact]
    public async Task SignInAsync_RefusesTheRightPassword_WhenTheAccountIsDisabled()
    {
        await _accounts.AddAsync("admin", Password, StaffRole.Admin, "test");
        await _accounts.AddAsync("awa", Password, StaffRole.Staff, "test");

        (await _accounts.SetDisabledAsync("awa", true, "admin")).Should().Be(StaffAccountOutcome.Done);

        (await _accounts.SignInAsync("awa", Password)).Should().BeNull();
    }

    [Fact]
    public async Task LastAdmin_CannotBeDemotedOrDisabled_WhileNoOtherAdminIsEnabled()
    {
        await _accounts.AddAsync("awa", Password, StaffRole.Admin, "test");

        (await _accounts.SetRoleAsync("awa", StaffRole.Staff, "awa")).Should().Be(StaffAccountOutcome.LastAdmin);
        (await _accounts.SetDisabledAsync("awa", true, "awa")).Should().Be(StaffAccountOutcome.LastAdmin);

        await _accounts.AddAsync("moussa", Password, StaffRole.Admin, "awa");
        (await _accounts.SetRoleAsync("awa", StaffRole.Viewer, "moussa")).Should().Be(StaffAccountOutcome.Done);
        (await _accounts.SetDisabledAsync("moussa", true, "moussa")).Should().Be(StaffAccountOutcome.LastAdmin);
    }

    [Fact]
    public async Task Changes_RenewTheSecurityStamp_WhenPasswordOrRoleChanges()
    {
        await _accounts.AddAsync("admin", Password, StaffRole.Admin, "test");
        await _accounts.AddAsync("awa", Password, StaffRole.Viewer, "test");
        var first = (await _accounts.FindAsync("awa"))!.SecurityStamp;

        await _accounts.SetRoleAsync("awa", StaffRole.Staff, "admin");
        var second = (await _accounts.FindAsync("awa"))!.SecurityStamp;
        await _accounts.SetPasswordAsync("awa", "another passphrase", "admin");

        new[] { first, second, (await _accounts.FindAsync("awa"))!.SecurityStamp }.Should().OnlyHaveUniqueItems();
    }

    [Theory]
    [InlineData("ab", Password, StaffAccountOutcome.InvalidUsername)]
    [InlineData("awa traoré", Password, StaffAccountOutcome.InvalidUsername)]
    [InlineData("awa", "too short", StaffAccountOutcome.InvalidPassword)]
    public async Task AddAsync_Refuses_WhenTheNameOrPasswordBreaksTheRule(string username, string password, StaffAccountOutcome expected)
    {
        (await _accounts.AddAsync(username, password, StaffRole.Viewer, "test")).Should().Be(expected);
        (await _accounts.CountAsync()).Should().Be(0);
    }

    [Fact]
    public async Task ApiKeyName_CanBeReused_OnlyAfterTheKeyIsRevoked()
    {
        var first = await _keys.CreateAsync("kobo", StaffRole.Staff, "test");
        (await _keys.CreateAsync("kobo", StaffRole.Staff, "test")).Should().BeNull();

        (await _keys.RevokeAsync("kobo", "test")).Should().BeTrue();
        var second = await _keys.CreateAsync("kobo", StaffRole.Viewer, "test");

        second.Should().NotBeNull();
        (await _keys.AuthenticateAsync(first!.Key)).Should().BeNull();
        (await _keys.AuthenticateAsync(second!.Key))!.Role.Should().Be(StaffRole.Viewer);
        (await _keys.ListAsync()).Select(k => (k.Name, k.IsRevoked)).Should().Equal(("kobo", false), ("kobo", true));
        await using var connection = await _database.Connections.OpenAsync();
        (await connection.QueryAsync<string>("SELECT key_hash FROM api_keys")).Should().NotContain([first.Key, second.Key]);
    }
}
