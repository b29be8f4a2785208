using System.Net;
using UssdGateway.Core.Accounts;
using UssdGateway.Tests.Support;
using UssdGateway.Testing;

namespace UssdGateway.Tests.Admin.Console;

/// <summary>Two instances on one Redis and one database: a console sign-in made on one is good on the other.</summary>
public sealed class SharedSignInTests(RedisServerFixture redis) : IClassFixture<RedisServerFixture>
{
    [Fact]
    public async Task ASignInOnOneInstance_IsAcceptedByAnother_WhenTheyShareRedis()
    {
        using var root = new TempDirectory("ussdgw-shared-keys");
        var prefix = "keys-" + Guid.NewGuid().ToString("N")[..8] + ":";
        using var first = Instance(root, prefix);
        using var second = Instance(root, prefix);
        var username = await first.AddAccountAsync(StaffRole.Viewer);
        using var firstClient = first.AnonymousClient();

        using var login = await firstClient.PostLoginAsync(username, ConsoleSignIn.Password);
        login.StatusCode.Should().Be(HttpStatusCode.Redirect);
        var cookie = string.Join("; ", login.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]));
        using var secondClient = second.AnonymousClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/admin");
        request.Headers.Add("Cookie", cookie);
        using var page = await secondClient.SendAsync(request);

        page.StatusCode.Should().Be(HttpStatusCode.OK, "the second instance reads the cookie with the keys kept in Redis");
    }

    private GatewayFactory Instance(TempDirectory root, string prefix) => new()
    {
        RedisConnectionString = redis.ConnectionString,
        Settings = new Dictionary<string, string?>
        {
            ["Sessions:KeyPrefix"] = prefix,
            ["Database:Path"] = root.Combine("data", "gateway.db"),
            ["Jobs:RunServer"] = "false",
        },
    };
}
