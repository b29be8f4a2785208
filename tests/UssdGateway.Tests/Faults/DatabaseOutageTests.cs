using System.Diagnostics;
using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using UssdGateway.Infrastructure.Data;
using UssdGateway.Tests.Support;
using Xunit.Abstractions;

namespace UssdGateway.Tests.Faults;

/// <summary>
/// The database cannot be opened while the host runs: callers get a polite END at once, and an inbound SMS is answered
/// 503 so the provider sends it again (nothing acknowledged that was not stored).
/// </summary>
[Collection(TimedFaultsCollection.Name)]
public sealed class DatabaseOutageTests(ITestOutputHelper output)
{
    private static readonly TimeSpan PoliteEndBudget = TimeSpan.FromSeconds(1);

    private static GatewayFactory Gateway(UnavailableDatabase database) => new()
    {
        Settings = new Dictionary<string, string?>(InboundSmsPost.AfricasTalkingSettings) { ["Database:MigrateOnStart"] = "false" },
        ConfigureTestServices = s => s.Replace(ServiceDescriptor.Singleton<IDbConnectionFactory>(database)),
    };

    [Fact]
    public async Task Hop_AnswersAPoliteEndWithinASecond_WhenTheDatabaseIsUnavailable()
    {
        var database = new UnavailableDatabase();
        await using var factory = Gateway(database);
        using var client = factory.CreateClient();

        var clock = Stopwatch.StartNew();
        var reply = await new UssdPhone(client, TestPhones.Next()).DialAsync();
        output.WriteLine($"database unavailable: a dial answered in {clock.Elapsed.TotalMilliseconds:0} ms");

        reply.Should().Be("END Service indisponible pour le moment. Merci de réessayer plus tard.");
        clock.Elapsed.Should().BeLessThan(PoliteEndBudget);
        database.Attempts.Should().BePositive("the hop did try the database");
    }

    [Fact]
    public async Task InboundSms_IsAnswered503SoTheProviderRetries_WhenTheDatabaseIsUnavailable()
    {
        var database = new UnavailableDatabase();
        await using var factory = Gateway(database);
        using var client = factory.CreateClient();

        using var response = await client.PostAsync(InboundSmsPost.Path, InboundSmsPost.Form(TestPhones.Next(), "ATXid_" + Guid.NewGuid().ToString("N")));

        response.StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable);
        (await response.Content.ReadAsStringAsync()).Should().Be("not stored; please retry");
    }
}
