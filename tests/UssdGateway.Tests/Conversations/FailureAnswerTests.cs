using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using UssdGateway.Core.Sessions;
using UssdGateway.Tests.Support;

namespace UssdGateway.Tests.Conversations;

/// <summary>When a part fails, the caller still gets a polite END in their language, never an error page.</summary>
public sealed class FailureAnswerTests
{
    [Fact]
    public async Task Hop_AnswersAnApologyInFrench_WhenTheSessionStoreIsDown()
    {
        await using var factory = new GatewayFactory { ConfigureTestServices = s => s.Replace(ServiceDescriptor.Singleton<ISessionStore>(new FailingSessionStore())) };
        using var client = factory.CreateClient();

        var reply = await new UssdPhone(client, TestPhones.Next()).DialAsync();

        reply.Should().Be("END Service indisponible pour le moment. Merci de réessayer plus tard.");
    }

    [Fact]
    public async Task Hop_AnswersAnApologyInTheCallersLanguage_WhenSavingTheSessionFails()
    {
        var store = new FailingSessionStore { FailGets = false };
        await using var factory = new GatewayFactory { ConfigureTestServices = s => s.Replace(ServiceDescriptor.Singleton<ISessionStore>(store)) };
        using var client = factory.CreateClient();
        var phone = new UssdPhone(client, TestPhones.Next());
        store.FailSaves = false;
        await phone.DialAsync();
        store.FailSaves = true;

        var reply = await phone.SendAsync("2");

        reply.Should().Be("END Hakɛ to, baara tɛ sé ka kɛ sisan. I ka segin kɔfɛ.");
    }

    [Fact]
    public async Task Hop_AnswersAnApologyWithinTheHopTimeout_WhenTheStoreHangs()
    {
        var store = new FailingSessionStore { Hang = true };
        await using var factory = new GatewayFactory
        {
            ConfigureTestServices = s => s.Replace(ServiceDescriptor.Singleton<ISessionStore>(store)),
            Settings = new Dictionary<string, string?> { ["Ussd:HopTimeoutMilliseconds"] = "300" },
        };
        using var client = factory.CreateClient();

        var reply = await new UssdPhone(client, TestPhones.Next()).DialAsync();

        reply.Should().StartWith("END Service indisponible");
    }

    /// <summary>A session store that is down (throws), or hangs, as told.</summary>
    private sealed class FailingSessionStore : ISessionStore
    {
        private readonly Dictionary<string, byte[]> _sessions = [];

        public bool FailGets { get; init; } = true;
        public bool FailSaves { get; set; } = true;
        public bool Hang { get; init; }

        public async ValueTask<UssdSession?> GetAsync(string key, CancellationToken cancellationToken = default)
        {
            if (Hang) await Task.Delay(Timeout.Infinite, cancellationToken);
            if (FailGets) throw new TimeoutException("store down");
            lock (_sessions) return _sessions.TryGetValue(key, out var bytes) ? SessionSerializer.Deserialize(bytes) : null;
        }

        public ValueTask<bool> TrySaveAsync(UssdSession session, SessionWrite write, CancellationToken cancellationToken = default)
        {
            if (FailSaves) throw new TimeoutException("store down");
            lock (_sessions) _sessions[session.Key] = SessionSerializer.Serialize(session);
            return ValueTask.FromResult(true);
        }

        public ValueTask<UssdSession?> GetResumeAsync(string resumeKey, CancellationToken cancellationToken = default) =>
            ValueTask.FromResult<UssdSession?>(null);

        public ValueTask DeleteResumeAsync(string resumeKey, CancellationToken cancellationToken = default) => ValueTask.CompletedTask;

        public ValueTask DeleteAsync(string key, CancellationToken cancellationToken = default) => ValueTask.CompletedTask;

        public ValueTask<bool> PingAsync(CancellationToken cancellationToken = default) => ValueTask.FromResult(false);
    }
}
