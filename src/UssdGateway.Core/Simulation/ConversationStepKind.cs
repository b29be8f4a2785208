namespace UssdGateway.Core.Simulation;

public enum ConversationStepKind
{
    /// <summary>Dial the menu's code (or the given dial string): a new call.</summary>
    Dial,

    /// <summary>Type an answer and send it.</summary>
    Send,

    /// <summary>Check the last reply.</summary>
    Expect,

    /// <summary>The phone registers by SMS with only a name (<c>INSCRIPTION name</c>): the other profile fields are not given.</summary>
    SmsRegistration,
}
