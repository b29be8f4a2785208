namespace UssdGateway.Core.Menus;

/// <summary>One problem found in a menu file, written the way staff read it:
/// <c>renapess.yaml:42 › ask_name › validate.min_length: must be a whole number</c>.</summary>
/// <param name="Rule">Which check found it (one of <see cref="MenuRules"/>), for machines and the staff guide.</param>
public sealed record MenuError(string File, int Line, string? Screen, string Field, string Message, bool IsWarning = false, string? Rule = null)
{
    public override string ToString() =>
        $"{File}:{Line} › {(Screen is null ? "" : Screen + " › ")}{Field}: {Message}";
}
