namespace UssdGateway.Core.Simulation;

/// <summary>One scripted call (or several calls from one phone): its steps in order.</summary>
/// <param name="Language">Answers the language question that opens a call from a new number, when asked; null: the script answers it.</param>
/// <param name="Phone">The caller's number; null: a fresh test number.</param>
/// <param name="Line">Line of the conversation in its file.</param>
public sealed record Conversation(string Name, string? Language, string? Phone, IReadOnlyList<ConversationStep> Steps, int Line);
