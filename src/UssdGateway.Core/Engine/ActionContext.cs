using UssdGateway.Core.Menus;
using UssdGateway.Core.Sessions;

namespace UssdGateway.Core.Engine;

/// <summary>What an action may read: the caller, their answers so far, the menu, the time.</summary>
public sealed class ActionContext(UssdSession session, MenuDefinition menu, DateTimeOffset now)
{
    public UssdSession Session { get; } = session;

    public MenuDefinition Menu { get; } = menu;

    public DateTimeOffset Now { get; } = now;

    public string Phone => Session.Phone;

    public string Language => Session.Language;

    public bool IsTest => Session.IsTest;

    public IReadOnlyDictionary<string, string> Vars => Session.Vars;

    public string? Var(string name) => Session.Vars.TryGetValue(name, out var value) ? value : null;
}
