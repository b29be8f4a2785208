using System.Reflection;
using UssdGateway.Core.Sessions;

namespace UssdGateway.Infrastructure.Tests.Sessions;

public sealed class SessionSamplesTests
{
    [Fact]
    public void SessionSamples_SetEveryProperty_WhenBuildingTheFullSample()
    {
        var sample = SessionSamples.Full();
        var fresh = new UssdSession();
        var unset = typeof(UssdSession).GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.CanWrite)
            .Where(p => Equals(p.GetValue(sample), p.GetValue(fresh))
                        || p.GetValue(sample) is System.Collections.ICollection { Count: 0 })
            .Select(p => p.Name);
        unset.Should().BeEmpty("the round-trip test must cover every field");
    }
}
