using UssdGateway.Core.Engine;

namespace UssdGateway.Core.Tests.Engine;

public sealed class UssdOptionsTests
{
    [Fact]
    public void Validate_FindsNothing_ForTheDefaults()
    {
        var options = new UssdOptions();

        options.Validate().Should().BeEmpty();
        options.Budget.Should().Be(new UssdGateway.Core.Text.ScreenBudget(160, 80));
    }

    [Fact]
    public void Validate_NamesEverySetting_WhenOutOfRange()
    {
        var options = new UssdOptions { Gsm7Budget = 183, Ucs2Budget = 10, SessionTtlSeconds = 5, HopTimeoutMilliseconds = 20000 };

        options.Validate().Should().Equal(
            "Ussd:Gsm7Budget must be between 40 and 182",
            "Ussd:Ucs2Budget must be between 20 and 91",
            "Ussd:SessionTtlSeconds must be between 10 and 3600",
            "Ussd:HopTimeoutMilliseconds must be between 100 and 15000");
    }
}
