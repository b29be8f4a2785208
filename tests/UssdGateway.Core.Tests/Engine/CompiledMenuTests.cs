using UssdGateway.Core.Engine;
using UssdGateway.Core.Menus;
using UssdGateway.Core.Tests.Support;
using UssdGateway.Core.Text;

namespace UssdGateway.Core.Tests.Engine;

public sealed class CompiledMenuTests
{
    private static readonly CompiledMenu Renapess = new(
        MenuLoader.LoadFolder(RepositoryPaths.Menus, ScreenBudget.Default).Menus.Single(m => m.Id == "renapess"));

    [Fact]
    public void ToDot_ShowsScreensAndOptionLabels_ForTheShippedMenu()
    {
        var dot = Renapess.ToDot();

        dot.Should().StartWith("digraph");
        dot.Should().Contain("welcome").And.Contain("ask_name").And.Contain("registered");
        dot.Should().Contain("Confirmer").And.Contain("Recommencer").And.Contain("Une femme").And.Contain("Hors de Bamako");
        dot.Should().Contain("not registered", "a hidden option's condition is shown with its label");
        dot.Should().Contain("already_registered", "action outcomes label their edges");
    }

    [Fact]
    public void ToMermaid_ShowsScreensAndOptionLabels_ForTheShippedMenu()
    {
        var mermaid = Renapess.ToMermaid();

        mermaid.Should().StartWith("stateDiagram-v2");
        mermaid.Should().Contain("confirm").And.Contain("Confirmer").And.Contain("Recommencer").And.Contain("Entreprise collective");
    }

    [Fact]
    public void ToDot_IsTheSame_WhenCalledTwice()
    {
        Renapess.ToDot().Should().Be(Renapess.ToDot());
    }
}
