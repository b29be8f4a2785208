namespace UssdGateway.Core.Sessions;

public enum HopOutcome
{
    /// <summary>CON: the session goes on.</summary>
    Continue,

    /// <summary>END with the menu's last screen.</summary>
    End,

    /// <summary>END because of too many rejected answers.</summary>
    TooManyAttempts,

    /// <summary>END with the apology: something failed or took too long.</summary>
    Failed,
}
