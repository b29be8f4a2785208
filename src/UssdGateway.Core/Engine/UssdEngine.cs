using Microsoft.Extensions.Logging;
using UssdGateway.Core.Menus;
using UssdGateway.Core.Programme;
using UssdGateway.Core.Sessions;
using UssdGateway.Core.Telemetry;

namespace UssdGateway.Core.Engine;

/// <summary>
/// Serves one hop: load the session (one store round trip), apply each new input through the menu's
/// state machine, run actions, render, save (one round trip). Whatever fails, the caller gets a polite
/// END in their language within <see cref="UssdOptions.HopTimeoutMilliseconds"/>, never an error page.
/// </summary>
public sealed partial class UssdEngine(
    IMenuCatalog catalog,
    ISessionStore store,
    ICallerPreferences preferences,
    MenuActionRegistry registry,
    IHopLog hopLog,
    UssdOptions options,
    TimeProvider time,
    ILogger<UssdEngine> logger,
    GatewayTelemetry? telemetry = null)
{
    internal IMenuCatalog Catalog => catalog;
    internal ISessionStore Store => store;
    internal ICallerPreferences Preferences => preferences;
    internal MenuActionRegistry Registry => registry;
    internal UssdOptions Options => options;
    internal TimeProvider Time => time;
    internal ILogger Logger => logger;

    public async Task<UssdReply> HandleAsync(UssdRequest request, CancellationToken cancellationToken = default)
    {
        var started = time.GetTimestamp();
        var hop = new UssdHop(this, request);
        using var activity = HopTelemetry.Start(request);
        var failed = false;
        var timedOut = false;
        try
        {
            return await hop.RunAsync(cancellationToken)
                .WaitAsync(TimeSpan.FromMilliseconds(options.HopTimeoutMilliseconds), time, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (TimeoutException)
        {
            failed = true;
            timedOut = true;
            LogHopTimedOut(logger, request.Provider, request.SessionId, options.HopTimeoutMilliseconds);
            return await HopApology.ForAsync(this, hop, request);
        }
        catch (Exception e)
        {
            failed = true;
            LogHopFailed(logger, e, request.Provider, request.SessionId);
            return await HopApology.ForAsync(this, hop, request);
        }
        finally
        {
            var latency = time.GetElapsedTime(started);
            Log(request, hop, failed, latency);
            HopTelemetry.Finish(telemetry, activity, request, hop, failed, latency, timedOut);
        }
    }

    private void Log(UssdRequest request, UssdHop hop, bool failed, TimeSpan latency)
    {
        if (hop.Result is not { MenuId.Length: > 0 } session) return; // no menu answered (unknown code) or failed before loading
        hopLog.Record(new HopRecord(
            time.GetUtcNow(), request.Provider, request.SessionId, session.MenuId, session.MenuVersion, session.Screen,
            hop.InputKind, failed ? HopOutcome.Failed : hop.Outcome, latency.TotalMilliseconds, session.IsTest));
    }

    /// <summary>The END a caller gets when something failed, in <paramref name="language"/> when known.</summary>
    public static UssdReply ApologyFor(MenuDefinition? menu, string? language)
    {
        var lang = language ?? menu?.DefaultLanguage ?? "fr";
        var text = menu is not null
            ? menu.Message(BuiltInMessages.Error, lang)
            : BuiltInMessages.Defaults[BuiltInMessages.Error].GetValueOrDefault(lang) ?? BuiltInMessages.Defaults[BuiltInMessages.Error]["fr"];
        return new UssdReply(text, End: true);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "USSD hop {Provider}:{SessionId} took longer than {TimeoutMs} ms; answered with an apology")]
    private static partial void LogHopTimedOut(ILogger logger, string provider, string sessionId, int timeoutMs);

    [LoggerMessage(Level = LogLevel.Error, Message = "USSD hop {Provider}:{SessionId} failed; answered with an apology")]
    private static partial void LogHopFailed(ILogger logger, Exception exception, string provider, string sessionId);
}
