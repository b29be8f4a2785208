using System.CommandLine;

namespace UssdGateway.Cli.Commands.Menus;

/// <summary><c>ussdgw menus …</c>: tools for the staff who edit the menu files.</summary>
internal sealed class MenusCommand : Command
{
    public MenusCommand(CliContext context)
        : base("menus", "Menu files: check them, draw them, try them, run their scripted conversations.")
    {
        Add(new MenusLintCommand(context));
        Add(new MenusGraphCommand(context));
        Add(new MenusSimulateCommand(context));
        Add(new MenusTestCommand(context));
    }
}
