namespace UssdGateway.Core.Simulation;

public enum ConversationStepKind
{
    /// <summary>Dial the menu's code (or the given dial string): a new call.</summary>
    Dial,

    /// <summary>Type an answer and send it.</summary>
    Send,

    /// <summary>Check the last reply.</summary>
    Expect,
}
