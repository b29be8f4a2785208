using UssdGateway.Core.Menus.Validation;

namespace UssdGateway.Core.Menus;

public sealed class InputScreen(
    string id, int line, LocalizedText text, string saveAs, IReadOnlyList<IInputRule> rules,
    LocalizedText? error, int maxAttempts, string next)
    : ScreenDefinition(id, line, text)
{
    public override ScreenType Type => ScreenType.Input;

    public string SaveAs { get; } = saveAs;

    public IReadOnlyList<IInputRule> Rules { get; } = rules;

    /// <summary>Shown above the question after a rejected answer.</summary>
    public LocalizedText? Error { get; } = error;

    public int MaxAttempts { get; } = maxAttempts;

    public string Next { get; } = next;

    public override IEnumerable<string> Targets => [Next];

    /// <summary>Runs every rule on the answer (spaces trimmed and collapsed); the value to store (normalised) when all accept.</summary>
    public bool TryAccept(string input, InputRuleContext context, out string value)
    {
        value = string.Join(' ', input.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (value.Length == 0) return false;
        foreach (var rule in Rules)
        {
            if (!rule.TryAccept(value, context, out var normalised)) return false;
            value = normalised;
        }
        return true;
    }
}
