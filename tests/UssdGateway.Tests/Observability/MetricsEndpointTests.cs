using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using UssdGateway.Core.Sms;
using UssdGateway.Infrastructure.Sms;
using UssdGateway.Testing;
using UssdGateway.Tests.Sms;
using UssdGateway.Tests.Support;

namespace UssdGateway.Tests.Observability;

/// <summary><c>/metrics</c>: hidden without a token, refused without the right one, and serving every name the alert rules use.</summary>
[Collection(ObservabilityCollection.Name)]
public sealed partial class MetricsEndpointTests(RedisServerFixture redis) : IClassFixture<RedisServerFixture>
{
    private const string Token = "scrape-token-7f3a";

    [Fact]
    public async Task Metrics_AreNotServed_WhenNoTokenIsConfigured()
    {
        await using var gateway = new ObservedGateway();
        using var client = gateway.Factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Token);

        using var response = await client.GetAsync("/metrics");

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("Bearer wrong-token")]
    [InlineData("Basic " + Token)]
    public async Task Metrics_AreRefused_WithoutTheBearerToken(string? authorization)
    {
        await using var gateway = new ObservedGateway(new Dictionary<string, string?> { ["Metrics:Token"] = Token });
        using var client = gateway.Factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/metrics");
        if (authorization is not null) request.Headers.TryAddWithoutValidation("Authorization", authorization);

        using var response = await client.SendAsync(request);

        response.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        response.Headers.WwwAuthenticate.ToString().Should().Be("Bearer");
        (await response.Content.ReadAsStringAsync()).Should().BeEmpty();
    }

    [Fact]
    public async Task Metrics_ServeEveryMetricTheAlertRulesUse_WithTheToken()
    {
        await using var provider = await FakeAfricasTalking.StartAsync();
        await using var gateway = new ObservedGateway(new Dictionary<string, string?>
        {
            ["Metrics:Token"] = Token,
            ["Metrics:BacklogRefreshSeconds"] = "0",
            ["Jobs:RunServer"] = "false", // the test dispatches itself
            ["Sessions:KeyPrefix"] = redis.NewKeyPrefix(),
            ["Sms:AfricasTalking:Username"] = "renapess",
            ["Sms:AfricasTalking:ApiKey"] = "at-key-123",
            ["Sms:AfricasTalking:BaseUrl"] = provider.BaseUrl,
        }, redis.ConnectionString);
        using var client = gateway.Factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Token);
        await new UssdPhone(client, TestPhones.Next()).DialAsync();
        var services = gateway.Factory.Services;
        await services.GetRequiredService<ISmsOutbox>().EnqueueAsync(
            new OutgoingSms("+22376123456", "Merci Awa!", "obs:scrape:" + Guid.NewGuid().ToString("N")));

        var before = await ScrapeAsync(client);
        Sample(before, "ussdgw_sms_outbox_backlog").Should().Be("1", "one message is due and not yet sent");

        provider.Script(FakeAfricasTalking.Accepted(405, "InsufficientBalance"));
        await services.GetRequiredService<SmsDispatcher>().DispatchDueAsync();
        var after = await ScrapeAsync(client);

        var names = AlertRuleMetricNames();
        names.Should().Contain(["ussdgw_hops_total", "ussdgw_redis_up", "ussdgw_sms_provider_errors_total"]);
        foreach (var name in names)
            Regex.IsMatch(after, "^" + Regex.Escape(name) + "[{ ]", RegexOptions.Multiline).Should().BeTrue($"the alert rules use {name}");
        Sample(after, "ussdgw_redis_up").Should().Be("1");
        Sample(after, "ussdgw_sms_outbox_backlog").Should().Be("0");
        after.Should().MatchRegex("(?m)^ussdgw_sms_provider_errors_total\\{[^}]*code=\"405\"[^}]*provider=\"africastalking\"[^}]*\\} 1");
        after.Should().MatchRegex("(?m)^ussdgw_sms_sent_total\\{[^}]*outcome=\"failed\"[^}]*provider=\"africastalking\"[^}]*\\} 1");
    }

    private static async Task<string> ScrapeAsync(HttpClient client)
    {
        using var response = await client.GetAsync("/metrics");
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be("text/plain");
        return await response.Content.ReadAsStringAsync();
    }

    /// <summary>The value of the metric's single sample (labels ignored).</summary>
    private static string Sample(string scrape, string name) =>
        Regex.Match(scrape, "^" + Regex.Escape(name) + "(?:\\{[^}]*\\})? (\\S+)", RegexOptions.Multiline).Groups[1].Value;

    /// <summary>Every <c>ussdgw_…</c> name in the shipped alert rules, read from the file so rules and metrics cannot drift.</summary>
    private static IReadOnlyList<string> AlertRuleMetricNames()
    {
        var rules = File.ReadAllText(Path.Combine(RepositoryRoot.Path, "deploy", "prometheus", "ussdgateway-alerts.yaml"));
        return [.. MetricName().Matches(rules).Select(m => m.Value).Distinct()];
    }

    [GeneratedRegex(@"\bussdgw_[a-z0-9_]+")]
    private static partial Regex MetricName();
}
