using UssdGateway.Core.Menus;

namespace UssdGateway.Core.Tests.Menus;

public sealed class ServiceCodesTests
{
    [Theory]
    [InlineData("*384*123#", "*384*123")]
    [InlineData("*384*123", "*384*123")]
    [InlineData(" *384 * 123 # ", "*384*123")]
    [InlineData("*384*123*1*2#", "*384*123*1*2")]
    public void Normalize_DropsSpacesAndTheClosingHash_WhenPresent(string code, string expected)
    {
        ServiceCodes.Normalize(code).Should().Be(expected);
    }
}
