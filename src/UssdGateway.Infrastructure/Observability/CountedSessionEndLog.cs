using UssdGateway.Core.Sessions;
using UssdGateway.Core.Telemetry;

namespace UssdGateway.Infrastructure.Observability;

/// <summary>Counts each telco end-of-session notification once (a repeated one is not counted again).</summary>
internal sealed class CountedSessionEndLog(ISessionEndLog inner, GatewayTelemetry telemetry) : ISessionEndLog
{
    public async Task<bool> RecordAsync(SessionEnd end, CancellationToken cancellationToken = default)
    {
        var recorded = await inner.RecordAsync(end, cancellationToken).ConfigureAwait(false);
        if (recorded) telemetry.RecordSessionEnded(end);
        return recorded;
    }
}
