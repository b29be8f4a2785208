using UssdGateway.Core.Engine;
using UssdGateway.Core.Menus;
using UssdGateway.Core.Sessions;

namespace UssdGateway.Core.Simulation;

/// <summary>
/// A feature phone talking straight to the engine the way Africa's Talking relays a call: one session id per call,
/// the cumulative <c>text</c> of everything typed, every request flagged as a test (<see cref="UssdRequest.IsTest"/>).
/// </summary>
public sealed class SimulatedPhone
{
    public const string Provider = "simulator";

    private readonly UssdEngine _engine;
    private readonly ISessionStore _store;
    private readonly Func<string> _newSessionId;
    private readonly List<string> _typed = [];

    public SimulatedPhone(UssdEngine engine, ISessionStore store, string phone, Func<string>? newSessionId = null)
    {
        _engine = engine;
        _store = store;
        Phone = phone;
        _newSessionId = newSessionId ?? (() => "sim-" + Guid.NewGuid().ToString("N"));
    }

    public string Phone { get; }

    public string SessionId { get; private set; } = "";

    public string ServiceCode { get; private set; } = "";

    /// <summary>The last reply's END closed the call (or no call was made yet).</summary>
    public bool Ended { get; private set; } = true;

    /// <summary>Dials a code (or a dial string such as <c>*384*123*1#</c>): a new session, nothing typed.</summary>
    public Task<UssdReply> DialAsync(string serviceCode, CancellationToken cancellationToken = default)
    {
        SessionId = _newSessionId();
        ServiceCode = serviceCode;
        _typed.Clear();
        return HopAsync(cancellationToken);
    }

    /// <summary>Types one answer and sends it.</summary>
    public Task<UssdReply> SendAsync(string input, CancellationToken cancellationToken = default)
    {
        if (SessionId.Length == 0) throw new InvalidOperationException("dial first");
        _typed.Add(input);
        return HopAsync(cancellationToken);
    }

    /// <summary>True when the call stands on the built-in language question.</summary>
    public async Task<bool> IsAskingLanguageAsync(CancellationToken cancellationToken = default)
    {
        if (SessionId.Length == 0 || Ended) return false;
        var session = await _store.GetAsync(UssdSession.KeyFor(Provider, SessionId), cancellationToken).ConfigureAwait(false);
        return session?.Screen == MenuDefinition.LanguageScreen;
    }

    private async Task<UssdReply> HopAsync(CancellationToken cancellationToken)
    {
        var request = new UssdRequest(Provider, SessionId, Phone, ServiceCode, "simulator", string.Join('*', _typed), IsTest: true);
        var reply = await _engine.HandleAsync(request, cancellationToken).ConfigureAwait(false);
        Ended = reply.End;
        return reply;
    }
}
