namespace UssdGateway.Core.Menus.Validation;

/// <summary><c>min_length</c> / <c>max_length</c>: characters typed, spaces at the ends not counted.</summary>
public sealed class LengthRule(int? min, int? max) : IInputRule
{
    public int? Min { get; } = min;
    public int? Max { get; } = max;

    public string Name => "length";

    public bool TryAccept(string value, InputRuleContext context, out string normalised)
    {
        normalised = value;
        return (Min is null || value.Length >= Min) && (Max is null || value.Length <= Max);
    }
}
