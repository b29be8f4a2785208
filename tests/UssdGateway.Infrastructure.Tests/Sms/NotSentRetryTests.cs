using System.Net;
using System.Text;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using UssdGateway.Core.Sms;
using UssdGateway.Infrastructure.Sms;
using UssdGateway.Testing;

namespace UssdGateway.Infrastructure.Tests.Sms;

/// <summary>
/// The senders' HTTP resilience as registered: a connection that never opened is tried again at once; an answer, a
/// 5xx or a timeout after sending is not (the dispatcher decides: failover, backoff, or unknown).
/// </summary>
public sealed class NotSentRetryTests : IDisposable
{
    private readonly TempDirectory _folder = new("retry");

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task ARefusedConnection_IsTriedAgain_AndTheMessageIsAccepted()
    {
        var handler = new ScriptedHandler(
            _ => throw new HttpRequestException(HttpRequestError.ConnectionError, "Connection refused"),
            _ => Task.FromResult(Accepted()));
        using var services = Services(handler);

        var result = await services.GetRequiredService<AfricasTalkingSmsSender>().SendAsync("+22376123456", "Rappel");

        result.Outcome.Should().Be(SmsSendOutcome.Accepted);
        handler.Calls.Should().Be(2);
    }

    [Fact]
    public async Task AServerError_IsNotTriedAgainHere()
    {
        var handler = new ScriptedHandler(_ => Task.FromResult(new HttpResponseMessage(HttpStatusCode.InternalServerError)));
        using var services = Services(handler);

        var result = await services.GetRequiredService<AfricasTalkingSmsSender>().SendAsync("+22376123456", "Rappel");

        result.Outcome.Should().NotBe(SmsSendOutcome.Accepted);
        handler.Calls.Should().Be(1, "the dispatcher fails over or requeues with backoff");
    }

    [Fact]
    public async Task ATimeoutAfterSending_IsNeverTriedAgain_AndIsUnknown()
    {
        var handler = new ScriptedHandler(async cancellationToken =>
        {
            await Task.Delay(Timeout.InfiniteTimeSpan, cancellationToken); // accepted the request, never answers
            return Accepted();
        });
        using var services = Services(handler, ("Sms:AfricasTalking:Timeout", "00:00:00.300"));

        var result = await services.GetRequiredService<AfricasTalkingSmsSender>().SendAsync("+22376123456", "Rappel");

        result.Outcome.Should().Be(SmsSendOutcome.Unknown, "it may have been sent");
        handler.Calls.Should().Be(1);
    }

    private ServiceProvider Services(ScriptedHandler handler, params (string Key, string Value)[] extra)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Paths:Root"] = _folder.Path,
            ["Menus:Path"] = RepositoryRoot.Menus,
            ["Sms:AfricasTalking:Username"] = "sandbox",
            ["Sms:AfricasTalking:ApiKey"] = "key",
            ["Sms:AfricasTalking:BaseUrl"] = "http://127.0.0.1:9",
        };
        foreach (var (key, value) in extra) settings[key] = value;
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection().AddLogging();
        services.AddUssdGatewayInfrastructure(configuration).AddSmsGateway(configuration);
        services.AddHttpClient<AfricasTalkingSmsSender>().ConfigurePrimaryHttpMessageHandler(() => handler);
        return services.BuildServiceProvider();
    }

    private static HttpResponseMessage Accepted() => new(HttpStatusCode.Created)
    {
        Content = new StringContent(
            """{"SMSMessageData":{"Message":"Sent to 1/1","Recipients":[{"statusCode":101,"number":"+22376123456","status":"Success","cost":"XOF 25.0000","messageId":"ATXid_1"}]}}""",
            Encoding.UTF8, "application/json"),
    };

    /// <summary>Answers each call with the next step (the last repeats) and counts the calls.</summary>
    private sealed class ScriptedHandler(params Func<CancellationToken, Task<HttpResponseMessage>>[] steps) : HttpMessageHandler
    {
        private int _calls;

        public int Calls => _calls;

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var call = Interlocked.Increment(ref _calls);
            return steps[Math.Min(call, steps.Length) - 1](cancellationToken);
        }
    }
}
