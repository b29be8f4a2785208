using UssdGateway.Core.Simulation;
using UssdGateway.Core.Text;

namespace UssdGateway.Core.Tests.Simulation;

public sealed class ScreenSizeTests
{
    [Fact]
    public void Describe_GivesSeptetsOfTheGsm7Budget_WhenTheTextIsGsm7()
    {
        ScreenSize.Describe("Votre nom [complet]:", ScreenBudget.Default).Should().Be("[GSM-7 · 22/160 septets]");
    }

    [Fact]
    public void Describe_GivesCharactersOfTheUcs2Budget_WhenOneCharacterIsNotGsm7()
    {
        ScreenSize.Describe("I tɔgɔ sɛbɛn", new ScreenBudget(182, 91)).Should().Be("[UCS-2 · 12/91]");
    }
}
