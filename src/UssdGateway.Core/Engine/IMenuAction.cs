namespace UssdGateway.Core.Engine;

/// <summary>A named server action an <c>action</c> screen runs (register, book a slot...).</summary>
public interface IMenuAction
{
    /// <summary>The name menu files use in <c>action:</c>.</summary>
    string Name { get; }

    /// <summary>Runs the action. Outcomes other than success and failure are routed by the screen's <c>outcomes</c>.</summary>
    Task<ActionResult> RunAsync(ActionContext context, CancellationToken cancellationToken);
}
