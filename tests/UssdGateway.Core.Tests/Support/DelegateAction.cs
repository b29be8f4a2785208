using UssdGateway.Core.Engine;

namespace UssdGateway.Core.Tests.Support;

/// <summary>A menu action doing what the test says, counting its calls.</summary>
internal sealed class DelegateAction(string name, Func<ActionContext, Task<ActionResult>> run) : IMenuAction
{
    public DelegateAction(string name, ActionResult result)
        : this(name, _ => Task.FromResult(result))
    {
    }

    public string Name => name;

    public int Calls { get; private set; }

    public Task<ActionResult> RunAsync(ActionContext context, CancellationToken cancellationToken)
    {
        Calls++;
        return run(context);
    }
}
