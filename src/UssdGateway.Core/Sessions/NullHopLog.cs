namespace UssdGateway.Core.Sessions;

/// <summary>A hop log that keeps nothing (tools and tests that do not look at hops).</summary>
public sealed class NullHopLog : IHopLog
{
    public static readonly NullHopLog Instance = new();

    public void Record(HopRecord hop)
    {
    }
}
