namespace UssdGateway.Core.Engine;

/// <summary>
/// Implemented by an <see cref="IMenuAction"/> or <see cref="IListSource"/> that says which variables it sets,
/// so the menu linter can tell a <c>{variable}</c> nothing sets from one an action fills.
/// </summary>
public interface IDeclaresVariables
{
    /// <summary>Names of the variables the action (or list) may set for the screens that follow.</summary>
    IReadOnlyCollection<string> SetsVariables { get; }
}
