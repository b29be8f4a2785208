using System.Net;
using UssdGateway.Channels.Security;

namespace UssdGateway.Tests.Channels.Security;

public sealed class IpAllowListTests
{
    [Theory]
    [InlineData("196.201.214.10", "196.201.214.10", true)]
    [InlineData("196.201.214.10", "196.201.214.11", false)]
    [InlineData("196.201.214.0/24", "196.201.214.200", true)]
    [InlineData("196.201.214.0/24", "196.201.215.1", false)]
    [InlineData("196.201.214.7/24", "196.201.214.99", true)]
    [InlineData("196.201.214.10", "::ffff:196.201.214.10", true)]
    [InlineData("2001:db8::/32", "2001:db8:1::5", true)]
    [InlineData("2001:db8::/32", "2001:db9::5", false)]
    [InlineData("10.0.0.1, 10.0.0.2", "10.0.0.2", true)]
    [InlineData("0.0.0.0/0", "8.8.8.8", true)]
    public void Allows_JudgesTheAddress_AgainstAddressesAndNetworks(string entries, string address, bool allowed)
    {
        IpAllowList.TryParse([entries], out var list, out _).Should().BeTrue();

        list.Allows(IPAddress.Parse(address)).Should().Be(allowed);
    }

    [Fact]
    public void Allows_AcceptsAnyAddress_WhenTheListIsEmpty()
    {
        IpAllowList.TryParse([], out var list, out _).Should().BeTrue();

        list.AllowsAll.Should().BeTrue();
        list.Allows(IPAddress.Parse("203.0.113.9")).Should().BeTrue();
        list.Allows(null).Should().BeTrue();
    }

    [Fact]
    public void Allows_RefusesAnUnknownAddress_WhenTheListIsNotEmpty()
    {
        IpAllowList.TryParse(["10.0.0.1"], out var list, out _).Should().BeTrue();

        list.Allows(null).Should().BeFalse();
    }

    [Theory]
    [InlineData("10")]
    [InlineData("10.0.0")]
    [InlineData("example.org")]
    [InlineData("10.0.0.0/33")]
    [InlineData("10.0.0.0/-1")]
    [InlineData("10.0.0.0/abc")]
    public void TryParse_NamesTheEntry_WhenItIsNeitherAnAddressNorANetwork(string entry)
    {
        IpAllowList.TryParse(["10.0.0.1", entry], out _, out var invalid).Should().BeFalse();

        invalid.Should().Be(entry);
    }
}
