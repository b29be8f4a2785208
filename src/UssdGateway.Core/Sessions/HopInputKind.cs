namespace UssdGateway.Core.Sessions;

/// <summary>What the caller sent on a hop, as a kind: never the text itself.</summary>
public enum HopInputKind
{
    /// <summary>The first hop of a session (dialled).</summary>
    Dial,

    /// <summary>An option or list item chosen.</summary>
    Choice,

    /// <summary>An answer accepted by an input screen.</summary>
    Answer,

    /// <summary>Back, home or more.</summary>
    Navigation,

    /// <summary>An answer or choice refused.</summary>
    Rejected,

    /// <summary>A telco retry answered from the stored reply.</summary>
    Retry,

    /// <summary>Several inputs in one request (a dial string).</summary>
    Several,
}
