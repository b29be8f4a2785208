namespace UssdGateway.Core.Menus.Validation;

/// <summary>One check of a typed answer; may normalise it (spaces removed, number in E.164...).</summary>
public interface IInputRule
{
    /// <summary>The rule's key in the menu file (<c>min_length</c>, <c>year</c>...).</summary>
    string Name { get; }

    bool TryAccept(string value, InputRuleContext context, out string normalised);
}
