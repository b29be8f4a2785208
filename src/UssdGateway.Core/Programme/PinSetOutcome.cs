namespace UssdGateway.Core.Programme;

public enum PinSetOutcome
{
    /// <summary>The PIN is stored (hashed).</summary>
    Set,

    /// <summary>A PIN already exists; it changes only after a staff reset.</summary>
    AlreadySet,

    /// <summary>Not four digits; nothing stored.</summary>
    Invalid,

    /// <summary>No such beneficiary.</summary>
    BeneficiaryNotFound,
}
