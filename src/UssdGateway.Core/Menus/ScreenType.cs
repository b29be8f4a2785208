namespace UssdGateway.Core.Menus;

/// <summary>The five kinds of screen, in staff words.</summary>
public enum ScreenType
{
    /// <summary>Numbered options, each leading somewhere; options may be hidden by a condition.</summary>
    Menu,

    /// <summary>A free answer checked by validators; too many bad answers end politely.</summary>
    Input,

    /// <summary>Items from a named server list, numbered and paged automatically.</summary>
    List,

    /// <summary>A named server action, not shown; its outcome chooses the next screen.</summary>
    Action,

    /// <summary>A last screen: the session closes.</summary>
    End,
}
