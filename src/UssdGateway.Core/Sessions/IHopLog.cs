namespace UssdGateway.Core.Sessions;

/// <summary>Receives every hop, off the hot path: never blocks and never throws (records are buffered and written in batches).</summary>
public interface IHopLog
{
    void Record(HopRecord hop);
}
