using System.Collections.Concurrent;
using UssdGateway.Core.Sessions;

namespace UssdGateway.Core.Tests.Support;

/// <summary>Keeps every hop recorded, for assertions.</summary>
internal sealed class RecordingHopLog : IHopLog
{
    public ConcurrentQueue<HopRecord> Hops { get; } = new();

    public void Record(HopRecord hop) => Hops.Enqueue(hop);
}
