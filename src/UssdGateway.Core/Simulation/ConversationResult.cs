namespace UssdGateway.Core.Simulation;

/// <summary>How a conversation went: passed, or the step that failed and why, with the replies seen.</summary>
/// <param name="FailedStep">The step that failed (null when passed or when the conversation could not start).</param>
/// <param name="Failure">Why it failed, for the person who wrote the script.</param>
/// <param name="LastReply">The reply the failing step looked at, as sent (<c>CON …</c>).</param>
public sealed record ConversationResult(
    Conversation Conversation, bool Passed, ConversationStep? FailedStep, string? Failure, string? LastReply, int StepsRun);
