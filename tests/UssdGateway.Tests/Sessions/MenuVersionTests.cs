using Microsoft.Extensions.DependencyInjection;
using UssdGateway.Infrastructure.Menus;
using UssdGateway.Testing;
using UssdGateway.Tests.Support;

namespace UssdGateway.Tests.Sessions;

/// <summary>Menu versions through the real host: live edits, refused edits, and instances sharing one Redis.</summary>
public sealed class MenuVersionTests(RedisServerFixture redis) : IClassFixture<RedisServerFixture>
{
    private static readonly string Shipped = File.ReadAllText(Path.Combine(RepositoryRoot.Menus, "renapess.yaml"));

    [Fact]
    public async Task Edit_ServesNewSessionsAndKeepsRunningOnesOnTheirVersion()
    {
        using var menus = new TempDirectory("ussdgw-menus");
        menus.WriteFile("renapess.yaml", Shipped);
        await using var factory = new GatewayFactory { MenusPath = menus.Path, Settings = { ["Menus:ReloadSeconds"] = "0" } };
        using var client = factory.CreateClient();
        var running = new UssdPhone(client, TestPhones.Next());
        await running.DialAsync();
        await running.SendAsync("1");

        menus.WriteFile("renapess.yaml", Shipped.Replace("Votre nom complet (prénom et nom):", "Votre prénom et votre nom:"));
        var result = await factory.Services.GetRequiredService<LiveMenuCatalog>().ReloadAsync();

        result.IsValid.Should().BeTrue();
        (await running.SendAllAsync("1", "1")).Should().Be("CON Votre nom complet (prénom et nom):", "a running session keeps its version");
        var fresh = new UssdPhone(client, TestPhones.Next());
        await fresh.DialAsync();
        (await fresh.SendAllAsync("1", "1", "1")).Should().Be("CON Votre prénom et votre nom:", "new sessions get the edit");
    }

    [Fact]
    public async Task Edit_IsRefusedAndThePreviousVersionKeepsServing_WhenItDoesNotValidate()
    {
        using var menus = new TempDirectory("ussdgw-menus");
        menus.WriteFile("renapess.yaml", Shipped);
        await using var factory = new GatewayFactory { MenusPath = menus.Path, Settings = { ["Menus:ReloadSeconds"] = "0" } };
        using var client = factory.CreateClient();

        menus.WriteFile("renapess.yaml", Shipped.Replace("next: ask_gender", "next: ask_gendr"));
        var result = await factory.Services.GetRequiredService<LiveMenuCatalog>().ReloadAsync();

        result.Errors.Should().ContainSingle().Which.ToString().Should().Contain("no screen is called 'ask_gendr'");
        var phone = new UssdPhone(client, TestPhones.Next());
        await phone.DialAsync();
        (await phone.SendAllAsync("1", "1", "1", "Awa Traoré")).Should().StartWith("CON Vous êtes:", "the previous version still serves");
    }

    [Fact]
    public async Task Hop_IsServedByAnInstanceThatNeverLoadedTheSessionsVersion_WhenBothShareRedis()
    {
        using var newer = new TempDirectory("ussdgw-menus-a");
        using var older = new TempDirectory("ussdgw-menus-b");
        newer.WriteFile("renapess.yaml", Shipped.Replace("Votre nom complet (prénom et nom):", "Votre nom, s'il vous plait:"));
        older.WriteFile("renapess.yaml", Shipped);
        var prefix = redis.NewKeyPrefix();
        await using var a = new GatewayFactory { MenusPath = newer.Path, RedisConnectionString = redis.ConnectionString, Settings = { ["Sessions:KeyPrefix"] = prefix } };
        await using var b = new GatewayFactory { MenusPath = older.Path, RedisConnectionString = redis.ConnectionString, Settings = { ["Sessions:KeyPrefix"] = prefix } };
        using var clientA = a.CreateClient();
        using var clientB = b.CreateClient();
        var number = TestPhones.Next();
        var onA = new UssdPhone(clientA, number);
        await onA.DialAsync();
        await onA.SendAllAsync("1", "1");

        var onB = new UssdPhone(clientB, number);
        onB.Continue(onA);
        var reply = await onB.SendAsync("1");

        reply.Should().Be("CON Votre nom, s'il vous plait:", "instance B compiled A's version from the source A stored in Redis");
    }
}
