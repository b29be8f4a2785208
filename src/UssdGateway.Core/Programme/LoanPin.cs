namespace UssdGateway.Core.Programme;

/// <summary>The rules of the 4-digit PIN that guards a youth's loan details.</summary>
public static class LoanPin
{
    public const int Length = 4;

    /// <summary>Wrong PINs allowed in one Bamako day; the last one locks the PIN until the day ends.</summary>
    public const int MaxAttempts = 3;

    /// <summary>Exactly four ASCII digits.</summary>
    public static bool IsWellFormed(string? pin) => pin is { Length: Length } && pin.All(c => c is >= '0' and <= '9');
}
