namespace UssdGateway.Core.Simulation;

/// <summary>A file of scripted conversations with one menu (<c>menus/tests/*.yaml</c>).</summary>
public sealed record ConversationScript(string FileName, string MenuId, IReadOnlyList<Conversation> Conversations);
