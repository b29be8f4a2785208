namespace UssdGateway.Core.Simulation;

/// <summary>One step of a conversation.</summary>
/// <param name="Value">What is dialled (empty: the menu's own code) or sent; unused by an expectation.</param>
/// <param name="Expectation">What the last reply must be, for <see cref="ConversationStepKind.Expect"/>.</param>
/// <param name="Line">Line of the step in its file.</param>
public sealed record ConversationStep(ConversationStepKind Kind, string Value, ReplyExpectation? Expectation, int Line)
{
    public override string ToString() => Kind switch
    {
        ConversationStepKind.Dial => Value.Length == 0 ? "dial" : $"dial \"{Value}\"",
        ConversationStepKind.Send => $"send \"{Value}\"",
        ConversationStepKind.SmsRegistration => $"sms_registration \"{Value}\"",
        _ => "expect " + Expectation,
    };
}
