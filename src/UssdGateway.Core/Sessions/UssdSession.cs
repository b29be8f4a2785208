namespace UssdGateway.Core.Sessions;

/// <summary>
/// Everything the engine needs between two hops of one USSD session. Plain data, serialised
/// whole by <see cref="SessionSerializer"/>; one session store key per session.
/// </summary>
public sealed class UssdSession
{
    /// <summary>Channel that carries the session, e.g. <c>africastalking</c>.</summary>
    public string Provider { get; set; } = "";

    /// <summary>The telco's session id.</summary>
    public string SessionId { get; set; } = "";

    /// <summary>Caller's number in E.164 (+223XXXXXXXX).</summary>
    public string Phone { get; set; } = "";

    public string ServiceCode { get; set; } = "";
    public string? Network { get; set; }
    public string MenuId { get; set; } = "";

    /// <summary>Hash of the menu file the session started on; the session stays on it.</summary>
    public string MenuVersion { get; set; } = "";

    public string Language { get; set; } = "";

    /// <summary>Current screen id (the Stateless state).</summary>
    public string Screen { get; set; } = "";

    /// <summary>Zero-based page of the current screen when it is paged.</summary>
    public int Page { get; set; }

    /// <summary>Screens visited before the current one, for the back key.</summary>
    public List<string> History { get; set; } = [];

    /// <summary>Answers collected and action results, by variable name.</summary>
    public Dictionary<string, string> Vars { get; set; } = new(StringComparer.Ordinal);

    /// <summary>Items of the current list screen, fetched once when the screen is entered.</summary>
    public List<SessionListItem>? Items { get; set; }

    /// <summary>Rejected answers on the current input screen.</summary>
    public int Attempts { get; set; }

    /// <summary>How many '*'-separated segments of the cumulative text have been applied.</summary>
    public int Consumed { get; set; }

    /// <summary>The cumulative text of the last request served, to recognise a telco retry.</summary>
    public string? LastText { get; set; }

    /// <summary>The last reply sent, returned again to a retry.</summary>
    public string? LastReply { get; set; }

    public bool LastReplyEnds { get; set; }
    public bool Ended { get; set; }
    public int Hops { get; set; }
    public DateTimeOffset StartedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>Write version of the stored session (optimistic concurrency).</summary>
    public long Version { get; set; }

    /// <summary>True for sessions from the simulator or tests: their records are flagged.</summary>
    public bool IsTest { get; set; }

    /// <summary>The store key of a session: <c>{provider}:{sessionId}</c>.</summary>
    public static string KeyFor(string provider, string sessionId) => provider + ":" + sessionId;

    public string Key => KeyFor(Provider, SessionId);

    /// <summary>The store key of a phone's resume snapshot for a menu: <c>{phone}:{menuId}</c>.</summary>
    public static string ResumeKeyFor(string phone, string menuId) => phone + ":" + menuId;

    /// <summary>Where this session stood before a resume was offered (the resume choice screen is built in).</summary>
    public UssdSession? Resumable { get; set; }
}
