namespace UssdGateway.Core.Programme;

public enum RegistrationOutcome
{
    /// <summary>A new beneficiary row was written (or this same session wrote it on an earlier try of the hop).</summary>
    Registered,

    /// <summary>The same person (same number, same name) was already registered; nothing written.</summary>
    AlreadyRegistered,

    /// <summary>The number already carries the most people a family may share on one phone.</summary>
    NumberFull,
}
