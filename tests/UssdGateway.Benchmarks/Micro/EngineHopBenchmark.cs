using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.Logging.Abstractions;
using UssdGateway.Core.Engine;
using UssdGateway.Core.Programme;
using UssdGateway.Core.Programme.Actions;
using UssdGateway.Core.Sessions;
using UssdGateway.Infrastructure.Sessions;

namespace UssdGateway.Benchmarks.Micro;

/// <summary>
/// Hops through the engine with the in-process session store: one invocation walks a whole registration
/// (6 hops, a new session each time), reported per hop.
/// </summary>
[MemoryDiagnoser]
public class EngineHopBenchmark
{
    private static readonly string[] Texts = ["", "1", "1*Awa Traore", "1*Awa Traore*3", "1*Awa Traore*3*2", "1*Awa Traore*3*2*1"];
    private UssdEngine _engine = null!;
    private int _session;

    [GlobalSetup]
    public void Setup()
    {
        var menu = BenchMenu.Load();
        var registrations = new NoOpBeneficiaries();
        _engine = new UssdEngine(
            new MenuCatalog([menu]), new InMemorySessionStore(TimeProvider.System), new NoPreferences(),
            new MenuActionRegistry([new RegisterBeneficiaryAction(registrations, UssdGateway.Core.Sms.NoConfirmationSms.Instance)], []), NullHopLog.Instance,
            new UssdOptions(), TimeProvider.System, NullLogger<UssdEngine>.Instance);
    }

    [Benchmark(OperationsPerInvoke = 6, Description = "engine hop (registration walk, in-process store)")]
    public async Task<UssdReply> Hop()
    {
        var id = "s" + _session++;
        UssdReply reply = null!;
        foreach (var text in Texts)
            reply = await _engine.HandleAsync(new UssdRequest("africastalking", id, "+22376123456", "*384*999#", "61002", text));
        return reply;
    }

    private sealed class NoPreferences : ICallerPreferences
    {
        public Task<string?> GetLanguageAsync(string phone, CancellationToken cancellationToken = default) => Task.FromResult<string?>(null);

        public Task SetLanguageAsync(string phone, string language, CancellationToken cancellationToken = default) => Task.CompletedTask;
    }

    private sealed class NoOpBeneficiaries : IBeneficiaryRepository
    {
        private static readonly Task<RegistrationResult> Registered = Task.FromResult(new RegistrationResult(RegistrationOutcome.Registered, 1));

        public Task<RegistrationResult> RegisterAsync(BeneficiaryRegistration registration, CancellationToken cancellationToken = default) => Registered;

        public Task<IReadOnlyList<Beneficiary>> FindByPhoneAsync(string phone, CancellationToken cancellationToken = default) =>
            Task.FromResult<IReadOnlyList<Beneficiary>>([]);

        public Task<int> CountByPhoneAsync(string phone, CancellationToken cancellationToken = default) => Task.FromResult(0);

        public Task<ProfileCompletionResult> CompleteProfileAsync(long beneficiaryId, ProfileCompletion completion, ProgrammeActor actor, CancellationToken cancellationToken = default) =>
            Task.FromResult(new ProfileCompletionResult(ProfileCompletionOutcome.BeneficiaryNotFound, []));
    }
}
