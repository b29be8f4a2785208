using System.Net;
using UssdGateway.Deploy.Tests.Support;

namespace UssdGateway.Deploy.Tests.Nginx;

/// <summary>
/// The shipped compose site and proxy.conf run by a real nginx in front of two stand-in instances on loopback
/// ports (the upstream file is the only substitute, as in a scale-out test).
/// </summary>
public sealed class NginxProxyBehaviourTests
{
    private const string UssdPath = "/webhooks/africastalking/ussd";

    [ToolFact("nginx", "apt-get install nginx")]
    public async Task Webhooks_AlternateBetweenTheTwoInstances_RoundRobin()
    {
        using var a = new FakeInstance("a");
        using var b = new FakeInstance("b");
        await using var proxy = await StartAsync(a.Port, b.Port);

        var answers = new List<string>();
        for (var i = 0; i < 4; i++) answers.Add(await (await proxy.Client.PostAsync(UssdPath, Form())).Content.ReadAsStringAsync());

        answers.Should().Contain("END a").And.Contain("END b");
        a.Requests.Should().HaveCount(2);
        b.Requests.Should().HaveCount(2);
    }

    [ToolFact("nginx", "apt-get install nginx")]
    public async Task Webhook_IsAnsweredByTheOtherInstance_WhenOneRefusesConnections()
    {
        using var live = new FakeInstance("live");
        var dead = NginxSandbox.FreePort();
        await using var proxy = await StartAsync(dead, live.Port);

        for (var i = 0; i < 4; i++)
        {
            var response = await proxy.Client.PostAsync(UssdPath, Form());

            response.StatusCode.Should().Be(HttpStatusCode.OK);
            (await response.Content.ReadAsStringAsync()).Should().Be("END live");
        }
    }

    [ToolFact("nginx", "apt-get install nginx")]
    public async Task Instance_ReceivesTheForwardedHeaders()
    {
        using var a = new FakeInstance("a");
        await using var proxy = await StartAsync(a.Port);

        await proxy.Client.PostAsync(UssdPath, Form());

        var headers = a.Requests.Should().ContainSingle().Subject.Headers;
        headers["X-Forwarded-For"].Should().Be("127.0.0.1");
        headers["X-Real-IP"].Should().Be("127.0.0.1");
        headers["X-Forwarded-Proto"].Should().Be("http");
        headers["X-Forwarded-Host"].Should().Be("127.0.0.1");
    }

    [ToolFact("nginx", "apt-get install nginx")]
    public async Task Metrics_AreForbidden_AndNeverReachAnInstance()
    {
        using var a = new FakeInstance("a");
        await using var proxy = await StartAsync(a.Port);

        var response = await proxy.Client.GetAsync("/metrics");

        response.StatusCode.Should().Be(HttpStatusCode.Forbidden);
        a.Requests.Should().BeEmpty();
    }

    [ToolFact("nginx", "apt-get install nginx")]
    public async Task Webhook_IsRefusedWith413_WhenItsBodyIsOver64Kilobytes()
    {
        using var a = new FakeInstance("a");
        await using var proxy = await StartAsync(a.Port);

        var response = await proxy.Client.PostAsync(UssdPath, new StringContent(new string('x', 65 * 1024)));

        response.StatusCode.Should().Be(HttpStatusCode.RequestEntityTooLarge);
        a.Requests.Should().BeEmpty();
    }

    [ToolFact("nginx", "apt-get install nginx")]
    public async Task Health_IsServed_ToThisMachine()
    {
        using var a = new FakeInstance("a");
        await using var proxy = await StartAsync(a.Port);

        var response = await proxy.Client.GetAsync("/health/ready");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    private static FormUrlEncodedContent Form() => new(new Dictionary<string, string>
    {
        ["sessionId"] = "s1", ["serviceCode"] = "*384*123#", ["phoneNumber"] = "+22376123456", ["text"] = "",
    });

    private static async Task<Proxy> StartAsync(params int[] instancePorts)
    {
        var sandbox = new NginxSandbox();
        var port = NginxSandbox.FreePort();
        sandbox.Install("site-compose.conf", NginxSandbox.LoopbackUpstream(instancePorts), listenPort: port);
        var nginx = await RunningNginx.StartAsync(sandbox, port);
        return new Proxy(sandbox, nginx, new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") });
    }

    private sealed class Proxy(NginxSandbox sandbox, RunningNginx nginx, HttpClient client) : IAsyncDisposable
    {
        public HttpClient Client { get; } = client;

        public async ValueTask DisposeAsync()
        {
            Client.Dispose();
            await nginx.DisposeAsync();
            sandbox.Dispose();
        }
    }
}
