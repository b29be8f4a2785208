using System.Collections.Concurrent;
using Stateless.Graph;
using UssdGateway.Core.Menus;
using UssdGateway.Core.Sessions;

namespace UssdGateway.Core.Engine;

/// <summary>
/// A menu version ready to serve: its definition and a pool of configured Stateless machines,
/// so a hop borrows a machine instead of configuring the whole menu.
/// </summary>
public sealed class CompiledMenu
{
    private const int MaxPooled = 64;
    private readonly ConcurrentBag<MenuMachine> _pool = [];

    public CompiledMenu(MenuDefinition definition)
    {
        Definition = definition;
        _pool.Add(new MenuMachine(definition)); // configuring once here surfaces any problem at load
    }

    public MenuDefinition Definition { get; }

    internal MenuMachine Rent(UssdSession session)
    {
        if (!_pool.TryTake(out var machine)) machine = new MenuMachine(Definition);
        machine.Session = session;
        return machine;
    }

    internal void Return(MenuMachine machine)
    {
        machine.Session = null;
        if (_pool.Count < MaxPooled) _pool.Add(machine);
    }

    /// <summary>The menu as a Graphviz DOT diagram, option labels on the edges.</summary>
    public string ToDot() => WithMachine(m => UmlDotGraph.Format(m.GetInfo()));

    /// <summary>The menu as a Mermaid state diagram.</summary>
    public string ToMermaid() => WithMachine(m => MermaidGraph.Format(m.GetInfo()));

    private string WithMachine(Func<MenuMachine, string> use)
    {
        var machine = Rent(new UssdSession { Screen = Definition.Start });
        try
        {
            return use(machine);
        }
        finally
        {
            Return(machine);
        }
    }
}
