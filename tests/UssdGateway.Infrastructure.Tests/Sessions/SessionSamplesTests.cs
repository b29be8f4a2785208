using System.Reflection;
using UssdGateway.Core.Sessions;

namespace UssdGateway.Infrastructure.Tests.Sessions;

public sealed class SessionSamplesTests
{
    [Fact]
    public void SessionSamples_SetEveryProperty_WhenBuildingTheFullSample()
    {
        Unset(SessionSamples.Full()).Should().BeEmpty("the round-trip test must cover every field");
    }

    [Fact]
    public void SessionSamples_SetEveryPropertyButItsOwnResumable_WhenBuildingTheNestedSession()
    {
        Unset(SessionSamples.Full().Resumable!).Should().Equal(["Resumable"], "the nested session is a full one, one level deep");
    }

    private static IEnumerable<string> Unset(UssdSession sample)
    {
        var fresh = new UssdSession();
        return typeof(UssdSession).GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.CanWrite)
            .Where(p => Equals(p.GetValue(sample), p.GetValue(fresh))
                        || p.GetValue(sample) is System.Collections.ICollection { Count: 0 })
            .Select(p => p.Name);
    }
}
