namespace UssdGateway.Core.Programme;

public enum PinState
{
    /// <summary>No PIN yet: the caller chooses one at first use.</summary>
    NotSet,

    /// <summary>A PIN is set and may be tried.</summary>
    Active,

    /// <summary>Too many wrong PINs today: locked until the Bamako day ends.</summary>
    Locked,
}
